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

class Collector implements TextCollector {
  private readonly parts: string[] = [];
  private readonly blocks: TextBlock[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private current: BlockScope | null = null;
  private open: TextBlock | null = null;

  constructor(
    private readonly blockOf: (node: Node) => BlockScope,
    title: string | undefined,
  ) {
    if (title !== undefined && NON_SPACE.test(title)) {
      this.openBlock('title');
      this.append(title);
    }
  }

  text(node: Text, scope: Node): void {
    let data: string;
    let block: BlockScope;
    try {
      data = node.data;
      block = this.blockOf(node);
    } catch {
      return;
    }
    if (data.length === 0) return;
    if (block !== this.current) {
      // Whitespace between blocks (source indentation) is not worth a block of its own.
      if (!NON_SPACE.test(data)) return;
      this.current = block;
      this.openBlock(block.kind);
    }
    this.segments.push({ node, start: this.length, end: this.length + data.length, scope });
    this.append(data);
  }

  lineBreak(): void {
    this.current = null;
  }

  result(): CollectedText {
    return { text: this.parts.join(''), blocks: this.blocks, segments: this.segments };
  }

  private append(data: string): void {
    this.parts.push(data.replace(LINE_TERMINATORS, ' '));
    this.length += data.length;
    if (this.open) this.open.end = this.length;
  }

  private openBlock(kind: TextBlock['kind']): void {
    if (this.blocks.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.open = { start: this.length, end: this.length, kind };
    this.blocks.push(this.open);
  }
}

/** Creates a collector; `title`, when given, becomes the first block (kind 'title', no segments). */
export function createTextCollector(blockOf: (node: Node) => BlockScope, title?: string): TextCollector {
  return new Collector(blockOf, title);
}
