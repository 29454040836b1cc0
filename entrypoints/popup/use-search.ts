/**
 * The corpus search, loaded after the popup's first paint: fuse.js and core/search come in a separate
 * chunk, and the index is built once (~30 ms for the real pack), so opening the popup never waits for it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TopicPack } from '@/core/pack/types';
import type { SearchIndex, SearchResults } from '@/core/search/search-corpus';

interface Engine {
  index: SearchIndex;
  search: (index: SearchIndex, query: string) => SearchResults;
}

/** Results for `query`; `null` while the engine loads or when the query is blank. */
export function useSearch(pack: TopicPack, query: string): SearchResults | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let isLive = true;
    void import('@/core/search/search-corpus').then(({ buildSearchIndex, searchCorpus }) => {
      if (isLive) setEngine({ index: buildSearchIndex(pack), search: searchCorpus });
    });
    return () => {
      isLive = false;
    };
  }, [pack]);
  return useMemo(
    () => (engine === null || query.trim() === '' ? null : engine.search(engine.index, query)),
    [engine, query],
  );
}
