/**
 * Scan benchmark in Chromium without the extension, on generated pages of three sizes, each method
 * on a fresh page per run, interleaved so load on the machine hits all methods alike:
 * - floor: a bare TreeWalker pass reading every text node's `data`;
 * - ours: the content script's modules (`page/entry.ts`), synchronous: collect + match, then
 *   judge/figures/rank, then paint with the CSS Custom Highlight API;
 * - sliced: the same through the real scan scheduler (10 ms slices), for the longest task;
 * - mark.js: `markRegExp` with one alternation (see `marks.ts`), capped per run.
 */
import type { Browser } from 'playwright-core';
import type { TopicPack } from '@/core/pack/types';
import type { FixtureServer } from '../harness/serve';
import { callBench, openBenchPage } from './browser';
import { generateArticle } from './gen/article';
import { runMarkJs, type MarkRun } from './mark-run';
import { markRegExpSpec } from './marks';
import type { FloorResult, FullScanResult, SlicedResult } from './page/api';
import { summarize, type Summary } from './stats';

/** Everything the scan benchmarks share. */
export interface ScanBenchEnv {
  browser: Browser;
  server: FixtureServer;
  bundle: string;
  markJs: string;
  pack: TopicPack;
}

/** One generated page size and how often to measure it. */
export interface PageSpec {
  label: string;
  chars: number;
  runs: number;
  /** Runs of mark.js (it is slow) and the cap per run, ms. */
  markRuns: number;
  markCapMs: number;
}

/** The three page sizes of the brief. */
export const PAGE_SIZES: readonly PageSpec[] = [
  { label: '100 KB', chars: 100_000, runs: 5, markRuns: 5, markCapMs: 20_000 },
  { label: '1 MB', chars: 1_000_000, runs: 5, markRuns: 2, markCapMs: 20_000 },
  { label: '5 MB', chars: 5_000_000, runs: 3, markRuns: 1, markCapMs: 15_000 },
];

/** Seed of every generated article. */
export const ARTICLE_SEED = 2024;

/** Results for one page size. */
export interface ScanSizeResult {
  label: string;
  textChars: number;
  textNodes: number;
  floor: Summary;
  ours: Summary;
  oursPhases: { collectMatch: number; report: number; paint: number };
  oursMentions: number;
  oursRanges: number;
  sliced: Summary;
  slicedLongestSliceMs: number;
  slicedReportTaskMs: number;
  slicedLongTasks: number;
  mark: Summary;
  markMatches: number;
  markCapped: boolean;
}

/** The route a page size is served at. */
export function articlePath(spec: Pick<PageSpec, 'chars'>): string {
  return `/article-${spec.chars}.html`;
}

function medianOf(values: readonly number[]): number {
  return summarize(values).median;
}

function collect(
  spec: PageSpec,
  floors: FloorResult[],
  scans: FullScanResult[],
  sliced: SlicedResult[],
  marks: MarkRun[],
): ScanSizeResult {
  const last = scans[scans.length - 1];
  return {
    label: spec.label,
    textChars: floors[0]?.chars ?? 0,
    textNodes: floors[0]?.textNodes ?? 0,
    floor: summarize(floors.map((r) => r.ms)),
    ours: summarize(scans.map((r) => r.ms)),
    oursPhases: {
      collectMatch: medianOf(scans.map((r) => r.collectMatchMs)),
      report: medianOf(scans.map((r) => r.reportMs)),
      paint: medianOf(scans.map((r) => r.paintMs)),
    },
    oursMentions: last?.mentions ?? 0,
    oursRanges: last?.ranges ?? 0,
    sliced: summarize(sliced.map((r) => r.ms)),
    slicedLongestSliceMs: Math.max(...sliced.map((r) => r.longestSliceMs)),
    slicedReportTaskMs: Math.max(...sliced.map((r) => r.reportTaskMs)),
    slicedLongTasks: Math.max(...sliced.map((r) => r.longTasksMs.length)),
    mark: summarize(marks.map((r) => r.ms)),
    markMatches: marks.find((r) => !r.capped)?.matches ?? 0,
    markCapped: marks.some((r) => r.capped),
  };
}

async function measure<T>(env: ScanBenchEnv, url: string, method: 'floor' | 'fullScan' | 'slicedScan'): Promise<T> {
  const { page } = await openBenchPage(env.browser, url, { bundle: env.bundle, pack: env.pack });
  try {
    return (await callBench(page, method)) as T;
  } finally {
    await page.close();
  }
}

/** Measures one page size: every method `spec.runs` times (mark.js `spec.markRuns`), fresh pages. */
export async function benchPageSize(env: ScanBenchEnv, spec: PageSpec): Promise<ScanSizeResult> {
  env.server.route(articlePath(spec), { body: generateArticle(env.pack, spec.chars, ARTICLE_SEED).html });
  const url = env.server.url(articlePath(spec));
  const floors: FloorResult[] = [];
  const scans: FullScanResult[] = [];
  const sliced: SlicedResult[] = [];
  const marks: MarkRun[] = [];
  const markSpec = markRegExpSpec(env.pack);
  for (let run = 0; run < spec.runs; run += 1) {
    floors.push(await measure<FloorResult>(env, url, 'floor'));
    scans.push(await measure<FullScanResult>(env, url, 'fullScan'));
    sliced.push(await measure<SlicedResult>(env, url, 'slicedScan'));
    if (run < spec.markRuns && !marks.some((m) => m.capped)) {
      marks.push(await runMarkJs(env.browser, url, env, markSpec, spec.markCapMs));
    }
  }
  return collect(spec, floors, scans, sliced, marks);
}
