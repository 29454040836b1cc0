/**
 * What the popup imports after its first paint (see use-corpus.ts): the topic pack with its lookups,
 * and the search engine (fuse.js and core/search). One dynamic import; Vite fetches its chunks in parallel.
 */
import type { TopicPack } from '@/core/pack/types';
import { indexPack } from '@/components/pack-index';
import pack from '@/data/topic-pack.json';

export { buildSearchIndex, searchCorpus } from '@/core/search/search-corpus';

/** The pack; checked against its schema by the corpus tests, as JSON imports are typed loosely. */
export const topicPack = pack as TopicPack;

/** The pack's records by id, for rendering. */
export const packIndex = indexPack(topicPack);
