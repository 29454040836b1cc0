/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each range's text pieces in
 * `<mark data-news-context>` and restores the page exactly on removal (see `split-ledger.ts`).
 *
 * All pieces are resolved before the DOM changes, then wrapped per text node from right to left, so
 * offsets still to be wrapped stay valid and no live Range is relied on. Overlapping pieces keep the
 * first (earliest, then longest); text already inside one of our marks is not wrapped again.
 * Marks carry inline `!important` styles over `all: unset`, so page rules for `mark` cannot restyle them.
 */
import { createElementFilter } from '../page-text/element-rules';
import { isText } from '../page-text/tree';
import { hintDeclarations, type HintStyle } from './hint-styles';
import type { MentionKind, PaintRange, Painter } from './painter';
import { createSplitLedger } from './split-ledger';
import { textPiecesOf, type TextPiece } from './text-pieces';

/** Attribute marking our wrapper elements. */
export const MARK_ATTRIBUTE = 'data-news-context';

interface MarkJob extends TextPiece {
  readonly id: string;
  readonly kind: MentionKind;
}

interface MarkRecord {
  readonly mark: HTMLElement;
  readonly id: string;
  readonly kind: MentionKind;
}

/** Keeps the first of overlapping pieces and orders them right to left. */
function rightToLeft(pieces: MarkJob[]): MarkJob[] {
  pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MarkJob[] = [];
  let reach = 0;
  for (const piece of pieces) {
    if (piece.start < reach) continue;
    kept.push(piece);
    reach = piece.end;
  }
  return kept.reverse();
}

function planJobs(ranges: readonly PaintRange[], isPainted: (node: Text) => boolean): MarkJob[] {
  const filter = createElementFilter(null);
  const byNode = new Map<Text, MarkJob[]>();
  for (const { range, id, kind } of ranges) {
    let pieces: TextPiece[];
    try {
      pieces = textPiecesOf(range, filter);
    } catch {
      continue;
    }
    for (const piece of pieces) {
      if (isPainted(piece.node) || !piece.node.parentNode) continue;
      const list = byNode.get(piece.node) ?? [];
      list.push({ ...piece, id, kind });
      byNode.set(piece.node, list);
    }
  }
  return [...byNode.values()].flatMap(rightToLeft);
}

class MarkPainter implements Painter {
  private readonly ledger = createSplitLedger();
  private readonly byMark = new Map<Node, MarkRecord>();
  private focused: string | null = null;

  constructor(
    private readonly doc: Document,
    private style: HintStyle,
  ) {}

  paint(ranges: readonly PaintRange[]): void {
    const isPainted = (node: Text): boolean => !!node.parentNode && this.byMark.has(node.parentNode);
    for (const job of planJobs(ranges, isPainted)) {
      try {
        this.wrap(job);
      } catch {
        // One odd node (detached mid-paint, foreign namespace) must not stop the rest.
      }
    }
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
    this.ledger.reset();
  }

  destroy(): void {
    this.clear();
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
    for (const record of [...this.byMark.values()].reverse()) {
      if (!test(record)) continue;
      try {
        this.unwrap(record);
      } catch {
        // The page moved or removed the mark meanwhile: leave that spot as the page made it.
      }
    }
  }
}

/** Creates the fallback painter for `doc`. */
export function createMarkPainter(doc: Document, style: HintStyle): Painter {
  return new MarkPainter(doc, style);
}
