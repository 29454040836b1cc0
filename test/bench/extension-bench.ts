/**
 * The real extension (built `.output/chrome-mv3`, loaded with `launchWithExtension`) on generated
 * pages: long tasks while it scans the 5 MB page, heap it adds there, incremental rescans after an
 * append, and the content script's size. Pages without the extension come from a plain Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser } from '../harness/launch';
import { LONG_TASK_INIT, readLongTasks, usedHeap, watchHints, type LongTask } from './ext-page';
import { traceScriptCpu } from './script-cpu';
import { traceScriptStart } from './script-start';
import { summarize, type Summary } from './stats';

/** Page load timeout: a 5 MB page takes seconds to parse and lay out on 2 busy cores. */
const LOAD_TIMEOUT_MS = 90_000;
/** The count of painted ranges must stay put this long for a scan to count as finished, ms. */
const QUIET_MS = 1_000;
/** Longest wait for hints, ms. */
const HINT_TIMEOUT_MS = 60_000;
/** Long-task threshold of the brief (and of the Long Tasks API), ms. */
export const LONG_TASK_MS = 50;

/** Long tasks and the V8 heap for one page load. */
export interface LoadProfile {
  /** Durations of long tasks from the content script's start (without the extension: after DOMContentLoaded). */
  longTasks: number[];
  /** Long tasks before that: the page's own parsing and first layout. */
  pageLongTasks: number[];
  heapBytes: number;
  hints: number;
  /** With the extension: thread time of the content script's longest piece of work after start-up, ms. */
  longestScriptMs?: number;
  /** With the extension: thread time of evaluating the content script, ms. */
  startupMs?: number;
}

/** Incremental rescans: time from append to the last new hint painted, and the hints added. */
export interface IncrementalRow {
  label: string;
  ms: Summary;
  /** CPU time of the content script from the append until the hints settled. */
  scriptCpuMs: Summary;
  addedRanges: number;
}

async function newPage(browser: Browser | ExtensionBrowser): Promise<Page> {
  const page = 'extensionId' in browser ? await browser.context.newPage() : await browser.newPage();
  await page.addInitScript(LONG_TASK_INIT);
  return page;
}

async function openPage(browser: Browser | ExtensionBrowser, url: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  return page;
}

/** Splits long tasks at `from` (page time, ms): the page's own before, ours from then on. */
function splitAt(tasks: readonly LongTask[], from: number): Pick<LoadProfile, 'longTasks' | 'pageLongTasks'> {
  return {
    longTasks: tasks.filter((task) => task.start >= from).map((task) => task.duration),
    pageLongTasks: tasks.filter((task) => task.start < from).map((task) => task.duration),
  };
}

/**
 * Loads `url` with the extension, waits for its hints to settle, reads long tasks (split at the
 * content script's start, from a trace) and heap.
 */
export async function profileWithExtension(ext: ExtensionBrowser, url: string): Promise<LoadProfile> {
  const page = await newPage(ext);
  try {
    const trace = await traceScriptStart(page);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const watch = await watchHints(page, QUIET_MS, HINT_TIMEOUT_MS);
    const { start, longestScriptMs, startupMs } = await trace.finish();
    const { tasks, dclEnd } = await readLongTasks(page);
    const split = splitAt(tasks, start ?? dclEnd);
    return { ...split, heapBytes: await usedHeap(page), hints: watch.count, longestScriptMs, startupMs };
  } finally {
    await page.close();
  }
}

/** The same page without the extension: waits as long, reads long tasks and heap. */
export async function profileWithout(browser: Browser, url: string, waitMs: number): Promise<LoadProfile> {
  const page = await openPage(browser, url);
  try {
    await page.waitForTimeout(waitMs);
    const { tasks, dclEnd } = await readLongTasks(page);
    return { ...splitAt(tasks, dclEnd), heapBytes: await usedHeap(page), hints: 0 };
  } finally {
    await page.close();
  }
}

/**
 * Appends `html` to the article of a fresh page at `url` after the first scan, `runs` times. The
 * page is first scrolled to its end and left to settle, as a reader of an infinite scroll is when
 * more comes in: on a huge page only hints near the viewport are painted (platform/paint-window.ts).
 */
export async function benchIncremental(
  ext: ExtensionBrowser,
  label: string,
  url: string,
  html: string,
  runs: number,
): Promise<IncrementalRow> {
  const times: number[] = [];
  const cpu: number[] = [];
  let addedRanges = 0;
  for (let run = 0; run < runs; run += 1) {
    const page = await openPage(ext, url);
    try {
      await watchHints(page, QUIET_MS, HINT_TIMEOUT_MS);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const before = await watchHints(page, QUIET_MS, HINT_TIMEOUT_MS);
      const trace = await traceScriptCpu(page);
      const after = await watchHints(page, QUIET_MS, HINT_TIMEOUT_MS, html);
      cpu.push(await trace.finish());
      times.push(after.lastChangeAt - after.startedAt);
      addedRanges = after.count - before.count;
    } finally {
      await page.close();
    }
  }
  return { label, ms: summarize(times), scriptCpuMs: summarize(cpu), addedRanges };
}

/** Size of the built content script, raw and gzipped (zlib default level), bytes. */
export function contentScriptSize(): { bytes: number; gzipBytes: number } {
  const code = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  return { bytes: code.length, gzipBytes: gzipSync(code).length };
}
