/**
 * Paints mention hints onto the page.
 *
 * With the CSS Custom Highlight API (Chromium 105+, Safari 17.2+, Firefox 140+) ranges are drawn with
 * no new elements; the `::highlight()` rules are a stylesheet the browser injects into the page
 * (wxt.config.ts), because highlight pseudo-elements are styled by the document the ranges are in (a
 * stylesheet in our UI's shadow root would not reach them). Without the API, text is wrapped in
 * `<mark data-news-context>` and restored exactly on removal. The API is detected once, when the
 * highlighter is created.
 */
import { detectHighlightApi, type HighlightApi } from './highlighter/highlight-api';
import type { HintStyle } from './highlighter/hint-styles';
import { createMarkPainter } from './highlighter/mark-painter';
import { createNativePainter } from './highlighter/native-painter';
import type { PaintRange } from './highlighter/painter';

export type { HighlightApi, HighlightLike } from './highlighter/highlight-api';
export { detectHighlightApi } from './highlighter/highlight-api';
export { HIGHLIGHT_NAMES, hintCss, type HintStyle } from './highlighter/hint-styles';
export { MARK_ATTRIBUTE } from './highlighter/mark-painter';
export type { MentionKind, PaintRange } from './highlighter/painter';

/** Options for `createHighlighter`. */
export interface HighlighterOptions {
  /** Initial hint style (default 'highlight'). */
  style?: HintStyle;
  /** The Highlight API to use; null forces the fallback marks; omitted detects it on the document's window. */
  highlightApi?: HighlightApi | null;
}

/** Paints, focuses and hit-tests mention hints on one document. */
export interface Highlighter {
  /** Which painter is in use. */
  readonly mode: 'highlight-api' | 'marks';
  /** Adds hints for `ranges` (several ranges may share a mention id). Already painted text is kept. */
  paint(ranges: readonly PaintRange[]): void;
  /** Removes the hints of these mention ids. */
  unpaint(ids: Iterable<string>): void;
  /** Removes hints that start inside `root` (before rescanning it); returns their ids. */
  unpaintWithin(root: Node): string[];
  /** Switches every hint to `style`. */
  setStyle(style: HintStyle): void;
  /** Emphasises the hints of one mention id (null: none). */
  focus(id: string | null): void;
  /** The mention id painted under viewport point (x, y), or null (always null while style is 'none'). */
  hitTest(x: number, y: number): string | null;
  /** Removes every hint, restoring the page. */
  clear(): void;
  /** Clears and releases everything the highlighter added (stylesheet, highlights, listeners). */
  destroy(): void;
}

/** Creates a highlighter for `doc`. */
export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  let style = options.style ?? 'highlight';
  const api = options.highlightApi === undefined ? detectHighlightApi(doc.defaultView) : options.highlightApi;
  const painter = api ? createNativePainter(doc, api, style) : createMarkPainter(doc, style);
  return {
    mode: api ? 'highlight-api' : 'marks',
    paint: (ranges) => painter.paint(ranges),
    unpaint: (ids) => painter.unpaint(new Set(ids)),
    unpaintWithin(root) {
      const ids = painter.idsWithin(root);
      painter.unpaint(new Set(ids));
      return ids;
    },
    setStyle(next) {
      style = next;
      painter.setStyle(next);
    },
    focus: (id) => painter.focus(id),
    hitTest: (x, y) => (style === 'none' ? null : painter.hitTest(x, y)),
    clear: () => painter.clear(),
    destroy: () => painter.destroy(),
  };
}
