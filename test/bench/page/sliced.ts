/**
 * The time-sliced scan as the content script runs it: the real scan scheduler (10 ms slices,
 * `scheduler.yield()` between them), then a report task and a paint task after the scan
 * (`setTimeout 0`, as `analysis.ts` schedules them). Records every slice's length and any `longtask` entries.
 */
import type { Highlighter } from '@/platform/highlighter';
import { createPageScan, type PageScan } from '@/platform/page-scan';
import { createScanScheduler } from '@/platform/scan-scheduler';
import { createHostYield } from '@/platform/scan-scheduler/time-slicer';
import type { SlicedResult } from './api';
import { analysePartOf, computeReport, paintRangesOf, type Engine } from './pipeline';

/** Wait after the scan so the last `longtask` entry is delivered, ms. */
const LONG_TASK_SETTLE_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects `longtask` durations until `stop()`. */
function observeLongTasks(): { stop(): number[] } {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      for (const entry of observer.takeRecords()) seen.push(entry.duration);
      observer.disconnect();
      return seen;
    },
  };
}

/** Records how long each run of scan work lasts between two yields to the host. */
function sliceRecorder(): { yieldToHost(): Promise<void>; finish(): number[]; close(): void } {
  const host = createHostYield(window);
  const slices: number[] = [];
  let sliceStart = performance.now();
  return {
    async yieldToHost() {
      slices.push(performance.now() - sliceStart);
      await host.yield();
      sliceStart = performance.now();
    },
    finish() {
      slices.push(performance.now() - sliceStart);
      return slices;
    },
    close: () => host.close(),
  };
}

/** The report, then the paint, each in a task of its own after a finished root, as `analysis.ts` does. */
function reportTask(engine: Engine, highlighter: Highlighter, scan: () => PageScan) {
  const state = { pending: false, longestMs: 0, paintedAt: performance.now(), ranges: 0 };
  const schedule = (): void => {
    if (state.pending) return;
    state.pending = true;
    setTimeout(() => {
      state.pending = false;
      const start = performance.now();
      computeReport(engine, scan());
      state.longestMs = Math.max(state.longestMs, performance.now() - start);
      setTimeout(() => {
        const paintStart = performance.now();
        const paint = paintRangesOf(engine, scan().runs());
        highlighter.clear();
        highlighter.paint(paint);
        state.ranges = paint.length;
        state.paintedAt = performance.now();
        state.longestMs = Math.max(state.longestMs, state.paintedAt - paintStart);
      }, 0);
    }, 0);
  };
  return { state, schedule };
}

/** Scans the page in time slices through the real scheduler, then reports and paints. */
export async function runSlicedScan(engine: Engine, highlighter: Highlighter): Promise<SlicedResult> {
  const longTasks = observeLongTasks();
  const start = performance.now();
  const recorder = sliceRecorder();
  const report = reportTask(engine, highlighter, () => scan);
  const scan = createPageScan(document, engine.matcher, analysePartOf(engine), report.schedule);
  const scheduler = createScanScheduler(
    { doc: document, win: window, now: () => performance.now(), yieldToHost: () => recorder.yieldToHost() },
    { scan: (root) => scan.scan(root) },
  );
  scheduler.start();
  await scheduler.whenIdle();
  const slices = recorder.finish();
  while (report.state.pending) await sleep(0);
  scheduler.stop();
  recorder.close();
  await sleep(LONG_TASK_SETTLE_MS);
  return {
    ms: report.state.paintedAt - start,
    slices: slices.length,
    longestSliceMs: Math.max(...slices),
    reportTaskMs: report.state.longestMs,
    longTasksMs: longTasks.stop(),
    ranges: report.state.ranges,
  };
}
