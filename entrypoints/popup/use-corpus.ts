/**
 * The corpus, loaded after the popup's first paint. Nothing the popup paints first (header, search box,
 * "On this page", tabs) needs the topic pack; imported up front, its 84 kB sat in the chunk the popup
 * shares with the options page (131 kB, now 47 kB), read and evaluated before the first paint. Its parse
 * was cheap (about 0.5 ms of module evaluation with V8's code cache), so the gain is in what the first
 * paint depends on, not a large saving: see test/bench/popup-bench.ts for what the paint costs.
 */
import { useEffect, useState } from 'preact/hooks';
import type * as CorpusModule from './corpus';

/** The lazily imported corpus module. */
export type Corpus = typeof CorpusModule;

/**
 * The corpus, `null` until it has loaded. The import starts in an effect, and Preact runs effects after
 * the next frame, so the first paint never waits for it.
 */
export function useCorpus(): Corpus | null {
  const [corpus, setCorpus] = useState<Corpus | null>(null);
  useEffect(() => {
    let isLive = true;
    void import('./corpus').then((loaded) => isLive && setCorpus(loaded));
    return () => {
      isLive = false;
    };
  }, []);
  return corpus;
}
