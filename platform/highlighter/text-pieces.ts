/** Resolves a Range into the text-node pieces it covers, for the fallback painter. */
import { isText, ownerDocumentOf, SHOW_ELEMENT, SHOW_TEXT } from '../page-text/tree';

/** Characters [start, end) of one text node. */
export interface TextPiece {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

/**
 * The non-empty text pieces inside `range`, in document order. `filter` (the page-text element filter)
 * keeps text the reader cannot see, such as a `<script>` between two words, out of the result.
 */
export function textPiecesOf(range: Range, filter: (node: Node) => number): TextPiece[] {
  const { startContainer: first, startOffset, endContainer: last, endOffset } = range;
  if (first === last) {
    return isText(first) && startOffset < endOffset ? [{ node: first, start: startOffset, end: endOffset }] : [];
  }
  const root = range.commonAncestorContainer;
  const doc = ownerDocumentOf(root);
  if (!doc) return [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, { acceptNode: filter });
  const pieces: TextPiece[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node)) continue;
    if (node !== first && range.comparePoint(node, 0) > 0) break;
    if (!range.intersectsNode(node)) continue;
    const start = node === first ? startOffset : 0;
    const end = node === last ? endOffset : node.length;
    if (start < end) pieces.push({ node, start, end });
  }
  return pieces;
}
