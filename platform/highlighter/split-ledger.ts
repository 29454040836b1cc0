/**
 * Records every text node the fallback painter splits off a page text node, so removal merges back
 * exactly those pieces, into the page's original node (its identity survives: frameworks that hold a
 * reference to it keep working). `normalize()` is never called: it would also merge text nodes the
 * page keeps apart on purpose.
 */
import { isText } from '../page-text/tree';

/** Splits text nodes and merges the pieces back. */
export interface SplitLedger {
  /** Splits `node` at `offset` like `splitText`, remembering which page node the new piece came from. */
  split(node: Text, offset: number): Text;
  /** Merges `node` with adjacent sibling pieces split from the same page node. */
  mergeAround(node: Text): void;
  /** Forgets all records. */
  reset(): void;
}

/** Creates an empty ledger. */
export function createSplitLedger(): SplitLedger {
  const originOf = new Map<Text, Text>();
  const origin = (node: Text): Text => originOf.get(node) ?? node;

  function join(left: Text, right: Text): void {
    left.appendData(right.data);
    right.parentNode?.removeChild(right);
    originOf.delete(right);
  }

  function sameOrigin(node: Node | null, as: Text): node is Text {
    return node !== null && isText(node) && origin(node) === origin(as);
  }

  return {
    split(node, offset) {
      const right = node.splitText(offset);
      originOf.set(right, origin(node));
      return right;
    },
    mergeAround(node) {
      let left = node;
      const previous = node.previousSibling;
      if (sameOrigin(previous, node)) {
        join(previous, node);
        left = previous;
      }
      for (let next = left.nextSibling; sameOrigin(next, left); next = left.nextSibling) {
        join(left, next);
      }
    },
    reset: () => originOf.clear(),
  };
}
