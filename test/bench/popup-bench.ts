/**
 * Popup first paint: `popup.html` opened as a tab of the extension (`openExtensionPage`), fresh each
 * run; reads the `first-paint` and `first-contentful-paint` entries, ms from navigation start.
 */
import type { ExtensionBrowser } from '../harness/launch';
import { summarize, type Summary } from './stats';

/** Longest wait for a paint entry, ms. */
const PAINT_TIMEOUT_MS = 10_000;

/** Waits for `first-contentful-paint` and returns the paint entries by name (source: see `ext-page.ts`). */
const READ_PAINTS = `(timeout) => new Promise((resolve) => {
  const read = () => Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
  const started = performance.now();
  const poll = () => {
    const found = read();
    if ('first-contentful-paint' in found || performance.now() - started > timeout) resolve(found);
    else setTimeout(poll, 20);
  };
  poll();
})`;

/** First paint and first contentful paint over the runs. */
export interface PopupPaint {
  runs: number;
  firstPaint: Summary;
  firstContentfulPaint: Summary;
}

/** Opens the popup page `runs` times and summarises its paint timings. */
export async function benchPopupPaint(ext: ExtensionBrowser, runs: number): Promise<PopupPaint> {
  const fp: number[] = [];
  const fcp: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await ext.openExtensionPage('popup.html');
    try {
      const paint = (await page.evaluate(`(${READ_PAINTS})(${PAINT_TIMEOUT_MS})`)) as Record<string, number>;
      fp.push(paint['first-paint'] ?? Number.NaN);
      fcp.push(paint['first-contentful-paint'] ?? Number.NaN);
    } finally {
      await page.close();
    }
  }
  return { runs, firstPaint: summarize(fp), firstContentfulPaint: summarize(fcp) };
}
