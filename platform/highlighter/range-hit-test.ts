/**
 * Which painted range is under a point, for the Highlight API path (no elements to receive events).
 * A caret lookup (`caretPositionFromPoint`, else WebKit's `caretRangeFromPoint`) narrows candidates to
 * ranges containing the caret; client rects then confirm the point is on the text, not just nearest
 * to it. Rects are cached per range and dropped on scroll and resize, so a mousemove costs a caret
 * lookup plus a few comparisons. Without a caret API every range's cached rects are checked. The cache
 * is also keyed by the window's scroll position and size: `document.open()` erases our scroll and
 * resize listeners, and stale rects would then miss every hint the reader points at.
 */
import type { PaintRange } from './painter';

/** Finds the mention id under a viewport point. */
export interface RangeHitTester {
  hitTest(x: number, y: number, entries: ReadonlyMap<string, readonly PaintRange[]>): string | null;
  invalidate(): void;
  destroy(): void;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretLookup = (x: number, y: number) => CaretPoint | null;

function caretLookupFor(doc: Document): CaretLookup | null {
  const byPosition = doc.caretPositionFromPoint as Document['caretPositionFromPoint'] | undefined;
  if (typeof byPosition === 'function') {
    return (x, y) => {
      const p = byPosition.call(doc, x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    };
  }
  const byRange = doc.caretRangeFromPoint as Document['caretRangeFromPoint'] | undefined;
  if (typeof byRange === 'function') {
    return (x, y) => {
      const r = byRange.call(doc, x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    };
  }
  return null;
}

function containsPoint(range: Range, point: CaretPoint): boolean {
  try {
    return range.isPointInRange(point.node, point.offset);
  } catch {
    return false;
  }
}

class CachedRangeHitTester implements RangeHitTester {
  private readonly rects = new Map<Range, DOMRect[]>();
  private readonly caretAt: CaretLookup | null;
  private readonly win: Window | null;
  private viewportKey = '';
  readonly invalidate = (): void => this.rects.clear();

  constructor(doc: Document) {
    this.caretAt = caretLookupFor(doc);
    this.win = doc.defaultView;
    this.win?.addEventListener('scroll', this.invalidate, { capture: true, passive: true });
    this.win?.addEventListener('resize', this.invalidate, { passive: true });
  }

  hitTest(x: number, y: number, entries: ReadonlyMap<string, readonly PaintRange[]>): string | null {
    this.dropRectsIfViewportMoved();
    const caret = this.caretUnder(x, y);
    if (caret === null) return null;
    for (const [id, painted] of entries) {
      for (const { range } of painted) {
        if (caret && !containsPoint(range, caret)) continue;
        if (this.isUnder(range, x, y)) return id;
      }
    }
    return null;
  }

  destroy(): void {
    this.win?.removeEventListener('scroll', this.invalidate, { capture: true });
    this.win?.removeEventListener('resize', this.invalidate);
    this.rects.clear();
  }

  private dropRectsIfViewportMoved(): void {
    const win = this.win;
    const key = win ? `${win.scrollX},${win.scrollY},${win.innerWidth},${win.innerHeight}` : '';
    if (key !== this.viewportKey) this.rects.clear();
    this.viewportKey = key;
  }

  /** The caret at (x, y); null when there is none, undefined when there is no caret API to ask. */
  private caretUnder(x: number, y: number): CaretPoint | null | undefined {
    if (!this.caretAt) return undefined;
    try {
      return this.caretAt(x, y);
    } catch {
      return undefined;
    }
  }

  private isUnder(range: Range, x: number, y: number): boolean {
    let list = this.rects.get(range);
    if (!list) {
      try {
        list = Array.from(range.getClientRects());
      } catch {
        list = [];
      }
      this.rects.set(range, list);
    }
    return list.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  }
}

/** Creates a hit tester for ranges in `doc`, listening for scroll/resize to drop cached rects. */
export function createRangeHitTester(doc: Document): RangeHitTester {
  return new CachedRangeHitTester(doc);
}
