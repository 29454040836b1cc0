/**
 * Resolves which block a text node belongs to. Memoised per element, so a page costs O(elements)
 * however deep it nests, instead of O(text nodes × depth).
 */
import { isBlockElement, isHeadingElement } from './element-rules';
import { isElement, parentAcrossShadow } from './tree';

/** One block of the page; identity tells blocks apart, `kind` is what the matcher sees. */
export interface BlockScope {
  readonly kind: 'heading' | 'body';
}

function classify(el: Element, outer: BlockScope): BlockScope {
  try {
    if (!isBlockElement(el)) return outer;
    return { kind: outer.kind === 'heading' || isHeadingElement(el) ? 'heading' : 'body' };
  } catch {
    return outer;
  }
}

/** Returns a resolver from a node to its nearest block (the page root counts as one 'body' block). */
export function createBlockResolver(): (node: Node) => BlockScope {
  const rootBlock: BlockScope = { kind: 'body' };
  const memo = new Map<Node, BlockScope>();
  return (node) => {
    const path: Element[] = [];
    let found = rootBlock;
    for (let cur = parentAcrossShadow(node); cur; cur = parentAcrossShadow(cur)) {
      const known = memo.get(cur);
      if (known) {
        found = known;
        break;
      }
      if (isElement(cur)) path.push(cur);
    }
    for (const el of path.reverse()) {
      found = classify(el, found);
      memo.set(el, found);
    }
    return found;
  };
}
