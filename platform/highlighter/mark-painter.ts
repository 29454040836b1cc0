/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each range's text pieces in
 * `<mark data-news-context>` and restores the page exactly on removal (see `split-ledger.ts`).
 *
 * All pieces are resolved before the DOM changes, then wrapped per text node from right to left, so
 * offsets still to be wrapped stay valid and no live Range is relied on. Overlapping pieces keep the
 * first (earliest, then longest); text already inside one of our marks is not wrapped again.
 * The Ranges passed to `paint` are kept on the same characters through paint, unpaint and clear (the
 * DOM would otherwise collapse them when their text moves into a mark), so a caller can clear and
 * repaint the same mentions. Other live Ranges into painted text may be collapsed by these edits.
 * Edits run through `asOwnEdit`, so a running scan scheduler does not rescan because of them.
 * Marks carry inline `!important` styles over `all: unset`, so page rules for `mark` cannot restyle them.
 */
import { isText } from '../page-text/tree';
import { asOwnEdit } from '../scan-scheduler/own-edits';
import { hintDeclarations, type HintStyle } from './hint-styles';
import { planJobs, type MarkJob } from './mark-plan';
import type { MentionKind, PaintRange, Painter } from './painter';
import { createSplitLedger, type StaticPoint } from './split-ledger';
import type { TextPiece } from './text-pieces';

/** Attribute marking our wrapper elements. */
export const MARK_ATTRIBUTE = 'data-news-context';

interface MarkRecord {
  readonly mark: HTMLElement;
  readonly id: string;
  readonly kind: MentionKind;
}

interface TrackedSpan {
  readonly start: StaticPoint;
  readonly end: StaticPoint;
}

class MarkPainter implements Painter {
  private readonly ledger = createSplitLedger();
  private readonly byMark = new Map<Node, MarkRecord>();
  private readonly tracked = new Map<Range, TrackedSpan>();
  private focused: string | null = null;

  constructor(
    private readonly doc: Document,
    private style: HintStyle,
  ) {}

  paint(ranges: readonly PaintRange[]): void {
    const isPainted = (node: Text): boolean => !!node.parentNode && this.byMark.has(node.parentNode);
    const track = (range: Range, pieces: readonly TextPiece[]): void => this.track(range, pieces);
    const jobs = planJobs(ranges, isPainted, track);
    asOwnEdit(this.doc, () => {
      for (const job of jobs) {
        try {
          this.wrap(job);
        } catch {
          // One odd node (detached mid-paint, foreign namespace) must not stop the rest.
        }
      }
    });
    this.restoreRanges();
  }

  unpaint(ids: ReadonlySet<string>): void {
    this.unpaintWhere((record) => ids.has(record.id));
  }

  idsWithin(root: Node): string[] {
    const ids = [...this.byMark.values()].filter((r) => root.contains(r.mark)).map((r) => r.id);
    return [...new Set(ids)];
  }

  setStyle(style: HintStyle): void {
    this.style = style;
    for (const record of this.byMark.values()) this.restyle(record);
  }

  focus(id: string | null): void {
    const previous = this.focused;
    this.focused = id;
    for (const record of this.byMark.values()) {
      if (record.id === previous || record.id === id) this.restyle(record);
    }
  }

  hitTest(x: number, y: number): string | null {
    const el = this.doc.elementFromPoint(x, y);
    return (el && this.byMark.get(el)?.id) ?? null;
  }

  clear(): void {
    this.unpaintWhere(() => true);
    this.tracked.clear();
    this.ledger.reset();
  }

  destroy(): void {
    this.clear();
  }

  private track(range: Range, pieces: readonly TextPiece[]): void {
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) return;
    const start = this.ledger.toStatic(first.node, first.start);
    this.tracked.set(range, { start, end: this.ledger.toStatic(last.node, last.end) });
  }

  /** Puts every tracked Range back on its characters after text nodes were split, moved or merged. */
  private restoreRanges(): void {
    for (const [range, { start, end }] of this.tracked) {
      try {
        const from = this.ledger.toLive(start, false);
        const to = this.ledger.toLive(end, true);
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        this.tracked.delete(range);
      }
    }
  }

  private restyle({ mark, id, kind }: MarkRecord): void {
    mark.style.cssText = 'all: unset';
    for (const [property, value] of hintDeclarations(this.style, id === this.focused ? 'focus' : kind)) {
      mark.style.setProperty(property, value, 'important');
    }
  }

  private wrap({ node, start, end, id, kind }: MarkJob): void {
    if (end < node.length) this.ledger.split(node, end);
    const target = start > 0 ? this.ledger.split(node, start) : node;
    const mark = this.doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    target.parentNode?.insertBefore(mark, target);
    mark.appendChild(target);
    const record = { mark, id, kind };
    this.byMark.set(mark, record);
    this.restyle(record);
  }

  private unwrap({ mark }: MarkRecord): void {
    this.byMark.delete(mark);
    const parent = mark.parentNode;
    if (!parent) return;
    const moved = Array.from(mark.childNodes);
    for (const child of moved) parent.insertBefore(child, mark);
    parent.removeChild(mark);
    for (const child of moved) if (isText(child)) this.ledger.mergeAround(child);
  }

  private unpaintWhere(test: (record: MarkRecord) => boolean): void {
    const records = [...this.byMark.values()].reverse().filter(test);
    asOwnEdit(this.doc, () => {
      for (const record of records) {
        try {
          this.unwrap(record);
        } catch {
          // The page moved or removed the mark meanwhile: leave that spot as the page made it.
        }
      }
    });
    this.restoreRanges();
  }
}

/** Creates the fallback painter for `doc`. */
export function createMarkPainter(doc: Document, style: HintStyle): Painter {
  return new MarkPainter(doc, style);
}
