/**
 * What the bench bundle (`page/entry.ts`) exposes on `window.__ncBench` inside a page, and the
 * results it returns. Shared by the page side and the Node side, so both agree on the shapes.
 */
import type { TopicPack } from '@/core/pack/types';

/** The global the bundle sets. */
export const BENCH_GLOBAL = '__ncBench';

/** Compiling the matcher and claim index for a pack. */
export interface CompileResult {
  ms: number;
  aliases: number;
}

/** The baseline: a bare TreeWalker pass reading every text node's `data`. */
export interface FloorResult {
  ms: number;
  chars: number;
  textNodes: number;
}

/** One synchronous full scan: collect + match, then the report (weighing, figures, ranking), then paint. */
export interface FullScanResult {
  ms: number;
  collectMatchMs: number;
  reportMs: number;
  paintMs: number;
  mentions: number;
  ranges: number;
  verdict: string;
}

/** The time-sliced scan through the real scan scheduler, as the content script runs it. */
export interface SlicedResult {
  /** From start until the hints are painted. */
  ms: number;
  slices: number;
  /** Longest stretch of scan work between two yields. */
  longestSliceMs: number;
  /** The longer of the report task and the paint task after the scan (as `analysis.ts` → `reader.ts`). */
  reportTaskMs: number;
  /** Durations of `longtask` entries (≥ 50 ms) seen while it ran. */
  longTasksMs: number[];
  ranges: number;
}

/** mark.js over the same page. */
export interface MarkResult {
  ms: number;
  matches: number;
}

/** mark.js's keyword mode: `mark(keywords, options)`, one regular expression and DOM pass per keyword. */
export interface MarkKeywordsSpec {
  mode: 'keywords';
  keywords: string[];
  options: {
    accuracy: { value: 'exactly'; limiters: string[] };
    separateWordSearch: false;
    acrossElements: true;
    diacritics: false;
  };
}

/** mark.js's `markRegExp(new RegExp(source, flags), options)`: one pass with one alternation. */
export interface MarkRegExpSpec {
  mode: 'regexp';
  source: string;
  flags: string;
  options: { acrossElements: true };
}

/** How to run mark.js (see `marks.ts`). */
export type MarkSpec = MarkKeywordsSpec | MarkRegExpSpec;

/** `window.__ncBench`. */
export interface BenchApi {
  /** Compiles the engine for `pack` (outside any timing) and creates the highlighter. */
  usePack(pack: TopicPack): CompileResult;
  floor(): FloorResult;
  fullScan(): FullScanResult;
  slicedScan(): Promise<SlicedResult>;
  /** Runs the injected mark.js (`window.Mark`) over the body. */
  markjs(spec: MarkSpec): Promise<MarkResult>;
}
