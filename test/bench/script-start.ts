/**
 * When the content script started running, in the page's `performance.now()` time, read from a
 * `devtools.timeline` trace: its first `EvaluateScript` of a `chrome-extension://` URL, placed on
 * the page's clock through the `MarkDOMContent` event (DOMContentLoaded). Long tasks before it are
 * the page's own (parsing, first layout of a 5 MB page), not the extension's.
 */
import type { Page } from 'playwright-core';
import { recordTrace } from '../harness/trace';
import { contentScriptTime, type TraceEvent as ScriptEvent } from './script-cpu';

interface TraceEvent extends ScriptEvent {
  args?: { data?: { url?: string; scriptName?: string; isMainFrame?: boolean } };
}

/** What the trace found: the script's start (null if not seen) and its longest piece of work. */
export interface ScriptStart {
  /** In the page's `performance.now()` time. */
  start: number | null;
  /** Thread time of the content script's longest outermost script event after start-up (one task's worth), ms. */
  longestScriptMs: number;
  /** Thread time of evaluating the content script, ms. */
  startupMs: number;
}

/** A running trace; `finish()` ends it and returns what it found. */
export interface ScriptStartTrace {
  finish(): Promise<ScriptStart>;
}

function scriptStartUs(events: readonly TraceEvent[]): { dcl: number; script: number } | null {
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame !== false);
  const script = events
    .filter((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts)[0];
  return dcl && script ? { dcl: dcl.ts, script: script.ts } : null;
}

/** Starts tracing `page` (call before `goto`). */
export async function traceScriptStart(page: Page): Promise<ScriptStartTrace> {
  const trace = await recordTrace<TraceEvent>(page, ['devtools.timeline']);
  return {
    async finish() {
      const events = await trace.stop();
      const { longestMs, startupMs } = contentScriptTime(events);
      const found = scriptStartUs(events);
      if (!found) return { start: null, longestScriptMs: longestMs, startupMs };
      const dclStart = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return nav?.domContentLoadedEventStart ?? 0;
      });
      return { start: dclStart + (found.script - found.dcl) / 1000, longestScriptMs: longestMs, startupMs };
    },
  };
}
