/**
 * The scan benchmark's in-page bundle: built to an IIFE by `test/bench/bundle.ts` from the same
 * modules the content script uses, injected into each generated page, exposed as `window.__ncBench`.
 * Every timing is taken here with `performance.now()` and ends with a forced style/layout read
 * (`offsetHeight`), so a method that edits the DOM (mark.js) pays for the relayout it causes.
 */
import type { TopicPack } from '@/core/pack/types';
import { runSteps, type Steps } from '@/core/steps';
import { createHighlighter, type Highlighter } from '@/platform/highlighter';
import { createPageScan } from '@/platform/page-scan';
import {
  BENCH_GLOBAL,
  type BenchApi,
  type FloorResult,
  type FullScanResult,
  type MarkResult,
  type MarkSpec,
} from './api';
import { analysePartOf, computeReport, createEngine, paintRangesOf, type Engine } from './pipeline';
import { runSlicedScan } from './sliced';

/** The slice of mark.js's API used here. */
interface MarkInstance {
  mark(keywords: string[], options: object): void;
  markRegExp(regexp: RegExp, options: object): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

let engine: Engine | null = null;
let highlighter: Highlighter | null = null;

function settleLayout(): void {
  void document.body.offsetHeight;
}

function requireEngine(): { engine: Engine; highlighter: Highlighter } {
  if (!engine || !highlighter) throw new Error('call usePack(pack) first');
  return { engine, highlighter };
}

function floor(): FloorResult {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let textNodes = 0;
  while (walker.nextNode()) {
    chars += (walker.currentNode as Text).data.length;
    textNodes += 1;
  }
  settleLayout();
  return { ms: performance.now() - start, chars, textNodes };
}

/** Runs `steps` as they are, adding the time spent inside them to `spent.ms`. */
function* timed<T>(steps: Steps<T>, spent: { ms: number }): Steps<T> {
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    spent.ms += performance.now() - start;
    if (step.done === true) return step.value;
    yield;
  }
}

function fullScan(): FullScanResult {
  const { engine: e, highlighter: h } = requireEngine();
  const analysed = { ms: 0 };
  const analyse = analysePartOf(e);
  const t0 = performance.now();
  const scan = createPageScan(
    document,
    e.matcher,
    (page, found) => timed(analyse(page, found), analysed),
    () => undefined,
  );
  runSteps(scan.scan(document.body));
  const t1 = performance.now();
  const report = computeReport(e, scan);
  const t2 = performance.now();
  const ranges = paintRangesOf(e, scan.runs());
  h.clear();
  h.paint(ranges);
  settleLayout();
  const t3 = performance.now();
  return {
    ms: t3 - t0,
    collectMatchMs: t1 - t0 - analysed.ms,
    reportMs: t2 - t1 + analysed.ms,
    paintMs: t3 - t2,
    mentions: report.mentionCount,
    ranges: ranges.length,
    verdict: report.verdict,
  };
}

function markjs(spec: MarkSpec): Promise<MarkResult> {
  const Mark = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) return Promise.reject(new Error('mark.js is not injected'));
  return new Promise((resolve) => {
    const start = performance.now();
    const done = (matches: number): void => {
      settleLayout();
      resolve({ ms: performance.now() - start, matches });
    };
    const marker = new Mark(document.body);
    if (spec.mode === 'keywords') marker.mark(spec.keywords, { ...spec.options, done });
    else marker.markRegExp(new RegExp(spec.source, spec.flags), { ...spec.options, done });
  });
}

const api: BenchApi = {
  usePack(pack: TopicPack) {
    const start = performance.now();
    engine = createEngine(pack);
    const ms = performance.now() - start;
    highlighter ??= createHighlighter(document);
    return { ms, aliases: pack.entities.reduce((n, entity) => n + entity.aliases.length, 0) };
  },
  floor,
  fullScan,
  slicedScan: () => runSlicedScan(requireEngine().engine, requireEngine().highlighter),
  markjs,
};

Reflect.set(window, BENCH_GLOBAL, api);
