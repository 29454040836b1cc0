/**
 * Paints with the CSS Custom Highlight API: three registered highlights (plain, figure, focus) hold
 * the ranges; the page's DOM, selection and editors are never touched (STYLE.md §1).
 *
 * The document's `::highlight()` rules come from the stylesheet the browser injects before the page
 * is parsed (wxt.config.ts), because adding a stylesheet later restyles the whole document (300 to
 * 700 ms on the benchmark's 5 MB page). The style is chosen by the names the highlights are
 * registered under. Document rules do not reach into shadow trees, so an open shadow root that holds
 * a hint adopts a sheet with the same rules.
 */
import { isShadowRoot } from '../page-text/tree';
import type { HighlightApi, HighlightLike } from './highlight-api';
import { createHintSheet, type HintSheet } from './hint-sheet';
import {
  HIGHLIGHT_NAMES,
  HINT_LAYERS,
  hintCss,
  type HintLayer,
  type HintStyle,
  type PaintedStyle,
} from './hint-styles';
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

/** The open shadow root that must adopt the hint sheet for `range` to be styled, or null (the document has the rules). */
function shadowRootOf(range: Range): ShadowRoot | null {
  try {
    const root = range.startContainer.getRootNode();
    return isShadowRoot(root) ? root : null;
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
  /** The style the layers are registered under; null while the style is 'none'. */
  private registered: PaintedStyle | null = null;

  constructor(
    doc: Document,
    private readonly api: HighlightApi,
    style: HintStyle,
  ) {
    this.layers = {
      plain: api.createHighlight(),
      figure: api.createHighlight(),
      focus: api.createHighlight(),
    };
    this.layers.focus.priority = FOCUS_PRIORITY;
    this.register(style);
    // Adopted only by shadow roots that get a range: adopting restyles the whole shadow tree.
    this.sheet = createHintSheet(doc, hintCss(PAINTS_DECORATIONS));
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
    this.register(style);
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
    this.register('none');
    this.sheet?.detach();
    this.hits.destroy();
  }

  /** Registers the layers under the names of `style` (none for 'none'), unregistering the old ones. */
  private register(style: HintStyle): void {
    const next = style === 'none' ? null : style;
    if (next === this.registered) return;
    for (const layer of HINT_LAYERS) {
      // Only unregister what is still ours: never delete a highlight someone else registered since.
      const old = this.registered === null ? null : HIGHLIGHT_NAMES[this.registered][layer];
      if (old !== null && this.api.get(old) === this.layers[layer]) this.api.delete(old);
      if (next !== null) this.api.set(HIGHLIGHT_NAMES[next][layer], this.layers[layer]);
    }
    this.registered = next;
  }

  private add(entry: PaintRange): void {
    const list = this.entries.get(entry.id) ?? [];
    list.push(entry);
    this.entries.set(entry.id, list);
    this.layers[entry.kind].add(entry.range);
    if (entry.id === this.focused) this.layers.focus.add(entry.range);
    const root = shadowRootOf(entry.range);
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
