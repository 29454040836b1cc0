/**
 * Records a Chromium trace of one page over CDP: start it, do something, stop it and get the events.
 * The bench (script start-up, script CPU time) and the robustness suite (long tasks) read their own
 * numbers from the events.
 */
import type { Page } from 'playwright-core';

/** A running trace of one page. */
export interface PageTraceRecording<E> {
  /** Ends the trace and returns every event it collected. */
  stop(): Promise<E[]>;
}

/** Starts tracing `page` with the given trace categories. */
export async function recordTrace<E>(page: Page, categories: readonly string[]): Promise<PageTraceRecording<E>> {
  const cdp = await page.context().newCDPSession(page);
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', (batch) => events.push(...(batch.value as unknown as E[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}
