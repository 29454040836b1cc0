/**
 * In-page probes for the extension benchmarks. They run in the page's main world and read the
 * painted hints from `CSS.highlights`, which the content script's isolated world shares with it.
 */
import type { Page } from 'playwright-core';
import { HIGHLIGHT_NAMES } from '../harness/reader';

/** Records every `longtask` from document start (`buffered: true`) into `window.__ncLongTasks`. */
export const LONG_TASK_INIT = `
  window.__ncLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__ncLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** One long task: start and duration, ms. */
export interface LongTask {
  start: number;
  duration: number;
}

/** When hints appeared and settled, in the page's `performance.now()` ms. */
export interface HintWatch {
  count: number;
  /** First time the painted range count changed (from `since`). */
  firstChangeAt: number;
  /** Last time it changed before staying put for `quietMs`. */
  lastChangeAt: number;
  startedAt: number;
}

/**
 * The in-page poller, as source: functions passed to `page.evaluate` must not declare named inner
 * functions when run through tsx (esbuild's keepNames wraps them in a `__name` helper the page lacks).
 */
const WATCH_HINTS = `(names, quiet, timeout, html) => new Promise((resolve) => {
  const count = () => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0);
  let last = html ? count() : 0;
  if (html) document.querySelector('article').insertAdjacentHTML('beforeend', html);
  const startedAt = performance.now();
  let firstChangeAt = NaN;
  let lastChangeAt = NaN;
  const poll = () => {
    const now = performance.now();
    const current = count();
    if (current !== last) {
      last = current;
      lastChangeAt = now;
      if (Number.isNaN(firstChangeAt)) firstChangeAt = now;
    }
    const settled = !Number.isNaN(lastChangeAt) && now - lastChangeAt >= quiet;
    if (settled || now - startedAt > timeout) resolve({ count: last, firstChangeAt, lastChangeAt, startedAt });
    else setTimeout(poll, 0);
  };
  poll();
})`;

/**
 * Polls the painted range count (every ~4 ms) until it has changed and then stayed put for `quietMs`:
 * with `appendHtml`, after appending it to the `<article>` (one mutation); without, from zero.
 */
export function watchHints(page: Page, quietMs: number, timeoutMs: number, appendHtml?: string): Promise<HintWatch> {
  const args = [HIGHLIGHT_NAMES, quietMs, timeoutMs, appendHtml ?? ''];
  return page.evaluate(`(${WATCH_HINTS})(...${JSON.stringify(args)})`) as Promise<HintWatch>;
}

/** Long tasks recorded by `LONG_TASK_INIT`, and when DOMContentLoaded ended (parsing done). */
export function readLongTasks(page: Page): Promise<{ tasks: LongTask[]; dclEnd: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const tasks = (Reflect.get(window, '__ncLongTasks') as LongTask[] | undefined) ?? [];
    return { tasks, dclEnd: nav?.domContentLoadedEventEnd ?? 0 };
  });
}

/** V8 heap in use for the page's isolate (main world and content-script worlds), after a full GC. */
export async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
