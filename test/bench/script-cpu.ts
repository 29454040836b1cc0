/**
 * CPU time of the content script while something happens on a page, read from a trace: the thread
 * time of its own script events (`FunctionCall`, `TimerFire`, `EventDispatch`, … whose script is
 * `content-scripts/content.js`), outermost only, so nested calls are not counted twice. A forced
 * layout inside our call counts (we caused it); the browser's own layout and paint of the page do
 * not, nor does the service worker.
 */
import type { Page } from 'playwright-core';
import { recordTrace } from '../harness/trace';

/** The fields of a trace event read here. */
export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

/** Script file of the content script in the built extension. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

function isOurs(event: TraceEvent): boolean {
  const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
  return event.ph === 'X' && url.startsWith('chrome-extension://') && url.endsWith(CONTENT_SCRIPT);
}

/**
 * Thread time of the content script's outermost script events, ms: their sum, the longest after its
 * start-up, and its start-up (evaluating the script).
 */
export function contentScriptTime(events: readonly TraceEvent[]): {
  totalMs: number;
  longestMs: number;
  startupMs: number;
} {
  const ours = events.filter(isOurs).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let longest = 0;
  let startup = 0;
  let coveredUntil = -Infinity;
  for (const event of ours) {
    if (event.ts < coveredUntil) continue;
    total += event.tdur ?? 0;
    if (event.name === 'EvaluateScript') startup = Math.max(startup, event.tdur ?? 0);
    else longest = Math.max(longest, event.tdur ?? 0);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return { totalMs: total / 1000, longestMs: longest / 1000, startupMs: startup / 1000 };
}

/** A running trace; `finish()` ends it and returns the content script's CPU time, ms. */
export interface ScriptCpuTrace {
  finish(): Promise<number>;
}

/** Starts tracing `page`. */
export async function traceScriptCpu(page: Page): Promise<ScriptCpuTrace> {
  const trace = await recordTrace<TraceEvent>(page, ['devtools.timeline', 'disabled-by-default-devtools.timeline']);
  return { finish: async () => contentScriptTime(await trace.stop()).totalMs };
}
