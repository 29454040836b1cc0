/**
 * The page's vertical scrollbar width, kept current without forcing layout. Reading
 * `documentElement.clientWidth` while rendering forced a synchronous style and layout pass of the whole
 * page whenever it had changed since the last frame: about 70 ms on a page of 200,000 text nodes, on
 * every update of the reader UI. A ResizeObserver on the root element reports after the browser's own
 * layout (and before paint), when the same read costs nothing.
 */

/** The window features used (a real `window`, or a fake in tests). */
export interface ScrollbarWindow {
  innerWidth: number;
  document: { documentElement: Element };
  ResizeObserver?: typeof ResizeObserver;
}

/** The tracked width and the root element being watched. */
export interface ScrollbarWidth {
  /** The last measured width, px (0 until the first layout is observed). */
  current(): number;
  /** Watches `root` (again, after `document.open()` replaced the root element). */
  watch(root: Element): void;
  stop(): void;
}

/** Tracks the scrollbar width of `win`'s page; `onChange` runs when it changes. */
export function trackScrollbarWidth(win: ScrollbarWindow, onChange: () => void): ScrollbarWidth {
  let width = 0;
  const measure = (): boolean => {
    const next = Math.max(0, win.innerWidth - win.document.documentElement.clientWidth);
    const changed = next !== width;
    width = next;
    return changed;
  };
  const Observer = win.ResizeObserver;
  if (typeof Observer !== 'function') {
    const current = (): number => {
      measure();
      return width;
    };
    return { current, watch: () => undefined, stop: () => undefined };
  }
  const observer = new Observer(() => {
    if (measure()) onChange();
  });
  observer.observe(win.document.documentElement);
  return {
    current: () => width,
    watch(root) {
      observer.disconnect();
      observer.observe(root);
    },
    stop: () => observer.disconnect(),
  };
}
