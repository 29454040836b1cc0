/**
 * One mark.js run on a fresh page, stopped at a time cap: mark.js with `acrossElements` rewrites its
 * node list after every match (quadratic in matches × text nodes), so on large pages one run can
 * take minutes. A capped run is ended with `Runtime.terminateExecution` and reported as a lower bound.
 */
import type { Browser } from 'playwright-core';
import { openBenchPage } from './browser';
import { BENCH_GLOBAL, type BenchApi, type MarkSpec } from './page/api';

/** A mark.js timing; `capped` when it was stopped at `ms` (a lower bound). */
export interface MarkRun {
  ms: number;
  matches: number;
  capped: boolean;
}

/** Runs mark.js per `spec` on a fresh page at `url`, at most `capMs`. */
export async function runMarkJs(
  browser: Browser,
  url: string,
  setup: { bundle: string; markJs: string },
  spec: MarkSpec,
  capMs: number,
): Promise<MarkRun> {
  const { page } = await openBenchPage(browser, url, setup);
  const cdp = await page.context().newCDPSession(page);
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), capMs);
  });
  const run = page.evaluate(([name, s]) => (Reflect.get(window, name) as BenchApi).markjs(s), [
    BENCH_GLOBAL,
    spec,
  ] as const);
  try {
    const result = await Promise.race([run, cap]);
    if (result) return { ...result, capped: false };
    await cdp.send('Runtime.terminateExecution');
    await run.catch(() => undefined);
    return { ms: capMs, matches: 0, capped: true };
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/** mark.js keyword mode on one page: `runs` fresh-page runs, stopping after the first capped one. */
export async function runMarkKeywords(
  browser: Browser,
  url: string,
  setup: { bundle: string; markJs: string },
  spec: MarkSpec,
  options: { runs: number; capMs: number },
): Promise<MarkRun[]> {
  const runs: MarkRun[] = [];
  for (let i = 0; i < options.runs && !runs.some((r) => r.capped); i += 1) {
    runs.push(await runMarkJs(browser, url, setup, spec, options.capMs));
  }
  return runs;
}
