/**
 * The core tests' mini pack with the war flag on its entities of the war theatre (Russia, Ukraine,
 * Kursk, Putin), which `mini-pack.ts` predates, plus one third party (South Korea) that is context
 * but not war. Relevance reads the flag; other modules ignore it.
 */
import type { Entity, TopicPack } from '@/core/pack/types';
import { miniPack } from '../fixtures/mini-pack';

/** Ids of the mini pack's entities that are war context. */
const WAR_IDS: ReadonlySet<string> = new Set(['russia', 'ukraine', 'kursk', 'putin']);

/** A third party: context, never war context. */
const southKorea: Entity = {
  id: 'south-korea',
  name: 'South Korea',
  type: 'state',
  description: 'The Republic of Korea.',
  role: 'context',
  aliases: [
    { text: 'South Korea', lang: 'en' },
    { text: 'Seoul', lang: 'en' },
  ],
};

/** The mini pack, with `war: true` on Russia, Ukraine, Kursk and Putin, and South Korea added. */
export const warMiniPack: TopicPack = {
  ...miniPack,
  entities: [
    ...miniPack.entities.map((entity) => (WAR_IDS.has(entity.id) ? { ...entity, war: true } : entity)),
    southKorea,
  ],
};
