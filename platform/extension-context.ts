/**
 * Notices when this extension is reloaded, updated, disabled or removed while a page keeps its old
 * content script. Chromium leaves that script running in the page but takes its extension APIs away
 * (`browser.runtime.id` becomes undefined) and tells it nothing: no event fires, and the new
 * version's script is injected only into pages loaded afterwards, so WXT's "newer script started"
 * signal never reaches the old one. WXT's `ContentScriptContext` checks `runtime.id` only when one of
 * its own timers fires, so a quiet page kept its stale UI and hints until the reader next moved the
 * pointer. A cheap periodic check closes that gap (the same approach as webext-events'
 * `onContextInvalidated`); a port to the background would be event-driven but would wake the
 * service worker for every open tab each time it idles out.
 *
 * Test URLs: any article with hints; reload the extension at chrome://extensions and watch the
 * launcher and hints go within a second.
 */
import { browser, type ContentScriptContext } from '#imports';

/**
 * How often a page checks that its extension is still there, ms: a stale UI lingers at most this
 * long. One property read per second; Chromium throttles hidden tabs' timers further.
 */
export const UNLOAD_CHECK_MS = 1000;

/** True while this script's extension is loaded; false after it was reloaded, disabled or removed. */
export function isExtensionAlive(): boolean {
  return browser.runtime?.id !== undefined;
}

/** The timer functions used (a real `window`, or a fake in tests). */
export interface IntervalWindow {
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
}

/** Invalidates `ctx` (running its `onInvalidated` teardown) soon after the extension goes away. */
export function invalidateOnUnload(
  ctx: Pick<ContentScriptContext, 'abort' | 'onInvalidated'>,
  isAlive: () => boolean = isExtensionAlive,
  win: IntervalWindow = window,
): void {
  const timer = win.setInterval(() => {
    if (!isAlive()) ctx.abort('extension unloaded');
  }, UNLOAD_CHECK_MS);
  ctx.onInvalidated(() => win.clearInterval(timer));
}
