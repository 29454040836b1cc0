/**
 * Records every text node the fallback painter splits off a page text node, so removal merges back
 * exactly those pieces, into the page's original node (its identity survives: frameworks that hold a
 * reference to it keep working). `normalize()` is never called: it would also merge text nodes the
 * page keeps apart on purpose.
 *
 * The ledger also knows where each piece sits in its original ("static" points: original node plus
 * offset in its original text), so the painter can keep callers' Ranges on the same characters while
 * nodes are split, moved into marks and merged back, without relying on engines' live-range updates.
 */
import { isText } from '../page-text/tree';

/** A position in a page text node's original text, stable while the node is split and merged. */
export interface StaticPoint {
  readonly origin: Text;
  readonly offset: number;
}

/** Splits text nodes, merges the pieces back, and maps positions across both. */
export interface SplitLedger {
  /** Splits `node` at `offset` like `splitText`, remembering which page node the new piece came from. */
  split(node: Text, offset: number): Text;
  /** Merges `node` with adjacent sibling pieces split from the same page node. */
  mergeAround(node: Text): void;
  /** The static point for `offset` in `node` (a page text node or a piece of one). */
  toStatic(node: Text, offset: number): StaticPoint;
  /** The current node and offset of a static point; `atEnd` prefers the end of the earlier piece at a seam. */
  toLive(point: StaticPoint, atEnd: boolean): { node: Text; offset: number };
  /** Forgets all records. */
  reset(): void;
}

class Ledger implements SplitLedger {
  private readonly originOf = new Map<Text, Text>();
  private readonly startOf = new Map<Text, number>();
  /** Each split page node's current pieces, in text order (the page node first). */
  private readonly chains = new Map<Text, Text[]>();

  split(node: Text, offset: number): Text {
    const right = node.splitText(offset);
    const origin = this.origin(node);
    this.originOf.set(right, origin);
    this.startOf.set(right, this.start(node) + offset);
    const chain = this.chains.get(origin) ?? [origin];
    chain.splice(chain.indexOf(node) + 1, 0, right);
    this.chains.set(origin, chain);
    return right;
  }

  mergeAround(node: Text): void {
    let left = node;
    const previous = node.previousSibling;
    if (this.isSameOrigin(previous, node)) {
      this.join(previous, node);
      left = previous;
    }
    for (let next = left.nextSibling; this.isSameOrigin(next, left); next = left.nextSibling) {
      this.join(left, next);
    }
  }

  toStatic(node: Text, offset: number): StaticPoint {
    return { origin: this.origin(node), offset: this.start(node) + offset };
  }

  toLive({ origin, offset }: StaticPoint, atEnd: boolean): { node: Text; offset: number } {
    const chain = this.chains.get(origin) ?? [origin];
    for (const node of chain) {
      const start = this.start(node);
      const end = start + node.length;
      if (atEnd ? offset > start && offset <= end : offset >= start && offset < end) {
        return { node, offset: offset - start };
      }
    }
    return { node: origin, offset: Math.min(offset, origin.length) };
  }

  reset(): void {
    this.originOf.clear();
    this.startOf.clear();
    this.chains.clear();
  }

  private origin(node: Text): Text {
    return this.originOf.get(node) ?? node;
  }

  private start(node: Text): number {
    return this.startOf.get(node) ?? 0;
  }

  private isSameOrigin(node: Node | null, as: Text): node is Text {
    return node !== null && isText(node) && this.origin(node) === this.origin(as);
  }

  private join(left: Text, right: Text): void {
    left.appendData(right.data);
    right.parentNode?.removeChild(right);
    const origin = this.origin(right);
    const chain = this.chains.get(origin) ?? [];
    const index = chain.indexOf(right);
    if (index >= 0) chain.splice(index, 1);
    if (chain.length <= 1) this.chains.delete(origin);
    this.originOf.delete(right);
    this.startOf.delete(right);
  }
}

/** Creates an empty ledger. */
export function createSplitLedger(): SplitLedger {
  return new Ledger();
}
