/** Plans the fallback painter's DOM edits: which text pieces to wrap, in a safe order. */
import { createElementFilter } from '../page-text/element-rules';
import type { MentionKind, PaintRange } from './painter';
import { textPiecesOf, type TextPiece } from './text-pieces';

/** One text piece to wrap in a mark for mention `id`. */
export interface MarkJob extends TextPiece {
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

function piecesOf(range: Range, filter: (node: Node) => number): TextPiece[] {
  try {
    return textPiecesOf(range, filter);
  } catch {
    return [];
  }
}

/** Resolves every range to pieces (calling `onPieces` for each range), then orders the wrapping jobs. */
export function planJobs(
  ranges: readonly PaintRange[],
  isPainted: (node: Text) => boolean,
  onPieces: (range: Range, pieces: readonly TextPiece[]) => void,
): MarkJob[] {
  const filter = createElementFilter(null);
  const byNode = new Map<Text, MarkJob[]>();
  for (const { range, id, kind } of ranges) {
    const pieces = piecesOf(range, filter);
    onPieces(range, pieces);
    for (const piece of pieces) {
      if (isPainted(piece.node) || !piece.node.parentNode) continue;
      const list = byNode.get(piece.node) ?? [];
      list.push({ ...piece, id, kind });
      byNode.set(piece.node, list);
    }
  }
  return [...byNode.values()].flatMap(rightToLeft);
}
