/**
 * The corpus search. Its index is built once (~30 ms for the real pack) when the corpus has loaded,
 * after the first paint; a query typed before then is kept, and its results show as soon as the index is ready.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchIndex, SearchResults } from '@/core/search/search-corpus';
import type { Corpus } from './use-corpus';

/** Results for `query`; `null` while the corpus loads or its index is built, and when the query is blank. */
export function useSearch(corpus: Corpus | null, query: string): SearchResults | null {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    // In an effect, so the render that shows the pack's names and counts paints before the index is built.
    if (corpus !== null) setIndex(corpus.buildSearchIndex(corpus.topicPack));
  }, [corpus]);
  return useMemo(
    () => (corpus === null || index === null || query.trim() === '' ? null : corpus.searchCorpus(index, query)),
    [corpus, index, query],
  );
}
