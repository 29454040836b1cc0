/** When the popup's first view has reached the screen. */

/**
 * How long to wait for the first paint before going on anyway, ms: a page that is never shown (opened
 * in a background tab) reports no paint.
 */
const PAINT_WAIT_MS = 300;

/** Resolves once the page's first contentful paint has been presented, or after `PAINT_WAIT_MS`. */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, PAINT_WAIT_MS);
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  });
}
