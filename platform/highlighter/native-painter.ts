/**
 * Paints with the CSS Custom Highlight API: three registered highlights (plain, figure, focus) hold
 * the ranges; the page's DOM, selection and editors are never touched (STYLE.md §1).
 */
import { isShadowRoot } from '../page-text/tree';
import type { HighlightApi, HighlightLike } from './highlight-api';
import { createHintSheet, type HintSheet } from './hint-sheet';
import { HIGHLIGHT_NAMES, HINT_LAYERS, hintCss, type HintLayer, type HintStyle } from './hint-styles';
import type { PaintRange, Painter } from './painter';
import { createRangeHitTester, type RangeHitTester } from './range-hit-test';

/** The focused mention paints over the others (Highlight priorities default to 0). */
const FOCUS_PRIORITY = 1;

/**
 * Firefox (checked in ESR 140.12) ignores `text-decoration` in `::highlight()`, so underline hints
 * would not show; WXT builds Firefox separately, so this is a build-time constant, not UA sniffing.
 * TODO [2027-06-01]: check whether Firefox paints `::highlight()` text decorations yet.
 */
const PAINTS_DECORATIONS = !import.meta.env.FIREFOX;

/** The tree that must adopt the hint sheet for `range` to be styled: `doc`, or an open shadow root in it. */
function styledRootOf(range: Range, doc: Document): DocumentOrShadowRoot | null {
  try {
    const root = range.startContainer.getRootNode();
    return root === doc ? doc : isShadowRoot(root) ? root : null;
  } catch {
    return null;
  }
}

class NativePainter implements Painter {
  private readonly layers: Record<HintLayer, HighlightLike>;
  private readonly sheet: HintSheet | null;
  private readonly entries = new Map<string, PaintRange[]>();
  private readonly hits: RangeHitTester;
  private focused: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly api: HighlightApi,
    style: HintStyle,
  ) {
    this.layers = {
      plain: api.createHighlight(),
      figure: api.createHighlight(),
      focus: api.createHighlight(),
    };
    this.layers.focus.priority = FOCUS_PRIORITY;
    for (const layer of HINT_LAYERS) api.set(HIGHLIGHT_NAMES[layer], this.layers[layer]);
    this.sheet = createHintSheet(doc);
    this.sheet?.setCss(hintCss(style, PAINTS_DECORATIONS));
    // The sheet is adopted by the first root that gets a range, not now: adopting restyles the whole
    // document, which most pages (nothing to paint) should never pay for.
    this.hits = createRangeHitTester(doc);
  }

  paint(ranges: readonly PaintRange[]): void {
    for (const entry of ranges) this.add(entry);
    this.hits.invalidate();
  }

  unpaint(ids: ReadonlySet<string>): void {
    for (const id of ids) this.remove(id);
    this.hits.invalidate();
  }

  idsWithin(root: Node): string[] {
    const within = (r: PaintRange): boolean => root.contains(r.range.startContainer);
    return [...this.entries].filter(([, list]) => list.some(within)).map(([id]) => id);
  }

  setStyle(style: HintStyle): void {
    this.sheet?.setCss(hintCss(style, PAINTS_DECORATIONS));
  }

  focus(id: string | null): void {
    this.layers.focus.clear();
    this.focused = id;
    const painted = id === null ? [] : (this.entries.get(id) ?? []);
    for (const { range } of painted) this.layers.focus.add(range);
  }

  hitTest(x: number, y: number): string | null {
    return this.hits.hitTest(x, y, this.entries);
  }

  clear(): void {
    for (const layer of HINT_LAYERS) this.layers[layer].clear();
    this.entries.clear();
    this.hits.invalidate();
  }

  destroy(): void {
    this.clear();
    for (const layer of HINT_LAYERS) {
      // Only unregister what is still ours: never delete a highlight someone else registered since.
      const name = HIGHLIGHT_NAMES[layer];
      if (this.api.get(name) === this.layers[layer]) this.api.delete(name);
    }
    this.sheet?.detach();
    this.hits.destroy();
  }

  private add(entry: PaintRange): void {
    const list = this.entries.get(entry.id) ?? [];
    list.push(entry);
    this.entries.set(entry.id, list);
    this.layers[entry.kind].add(entry.range);
    if (entry.id === this.focused) this.layers.focus.add(entry.range);
    const root = styledRootOf(entry.range, this.doc);
    if (root) this.sheet?.adopt(root);
  }

  private remove(id: string): void {
    for (const { range, kind } of this.entries.get(id) ?? []) {
      this.layers[kind].delete(range);
      this.layers.focus.delete(range);
    }
    this.entries.delete(id);
  }
}

/** Creates a painter drawing through `api` on `doc`, styled as `style`. */
export function createNativePainter(doc: Document, api: HighlightApi, style: HintStyle): Painter {
  return new NativePainter(doc, api, style);
}
