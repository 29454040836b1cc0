/** Accumulates visited text nodes into `PageText` (text, blocks) plus the segment list behind the offset map. */
import type { TextBlock } from '../../core/page-text';
import type { BlockScope } from './blocks';

/** One text node's slice of `text`: [start, end), in the tree `scope` (a document or shadow root). */
export interface Segment {
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  readonly scope: Node;
}

/** What the walker reports while visiting a tree in document order. */
export interface TextVisitor {
  text(node: Text, scope: Node): void;
  lineBreak(): void;
}

/** The collected text, its blocks and the segments that map it back to DOM text nodes. */
export interface CollectedText {
  text: string;
  blocks: TextBlock[];
  segments: Segment[];
}

/** A visitor that builds `CollectedText`. */
export interface TextCollector extends TextVisitor {
  result(): CollectedText;
}

/**
 * Line terminators inside a text node read as spaces (same length, so offsets stay exact), keeping
 * "\n" in `text` reserved for block boundaries: `<p>North\nKorea</p>` still reads "North Korea".
 */
const LINE_TERMINATORS = /[\n\r\u2028\u2029]/g;
const NON_SPACE = /\S/;

/** Creates a collector; `title`, when given, becomes the first block (kind 'title', no segments). */
export function createTextCollector(
  blockOf: (node: Node) => BlockScope,
  title?: string,
): TextCollector {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let current: BlockScope | null = null;
  let open: TextBlock | null = null;

  function append(data: string): void {
    parts.push(data.replace(LINE_TERMINATORS, ' '));
    length += data.length;
    if (open) open.end = length;
  }

  function openBlock(kind: TextBlock['kind']): void {
    if (blocks.length > 0) {
      parts.push('\n');
      length += 1;
    }
    open = { start: length, end: length, kind };
    blocks.push(open);
  }

  if (title !== undefined && NON_SPACE.test(title)) {
    openBlock('title');
    append(title);
  }

  return {
    text(node, scope) {
      let data: string;
      let block: BlockScope;
      try {
        data = node.data;
        block = blockOf(node);
      } catch {
        return;
      }
      if (data.length === 0) return;
      if (block !== current) {
        // Whitespace between blocks (source indentation) is not worth a block of its own.
        if (!NON_SPACE.test(data)) return;
        current = block;
        openBlock(block.kind);
      }
      segments.push({ node, start: length, end: length + data.length, scope });
      append(data);
    },
    lineBreak() {
      current = null;
    },
    result: () => ({ text: parts.join(''), blocks, segments }),
  };
}
