/**
 * Turns a batch of MutationRecords into the smallest subtrees worth rescanning.
 *
 * A changed or added node is rescanned together with the inline text it can join ("North " +
 * `<b>Korea</b>`), up to its block; a node whose neighbours are blocks or whitespace is rescanned on
 * its own, so a toast added to an app-wide wrapper `<div>` does not trigger a whole-page rescan.
 * Mutations inside the extension's UI host, and the host's own insertion, are ignored. Removals need
 * no rescan: the scheduler reports removed nodes (`onRemoved`), and what was found in them is dropped.
 */
import { isBlockElement, isLineBreaking } from '../page-text/element-rules';
import { isElement, isText, parentAcrossShadow } from '../page-text/tree';
import { isInsideUiHost, UI_HOST_TAG } from '../ui-host';

const COMMENT_NODE = 8;
const NON_SPACE = /\S/;

/** True when the first meaningful sibling in one direction is text or inline content `node` reads into. */
function joinsSibling(node: Node, forward: boolean): boolean {
  let sibling = forward ? node.nextSibling : node.previousSibling;
  for (; sibling; sibling = forward ? sibling.nextSibling : sibling.previousSibling) {
    if (sibling.nodeType === COMMENT_NODE) continue;
    if (isText(sibling)) {
      if (NON_SPACE.test(sibling.data)) return true;
      continue;
    }
    return isElement(sibling) && !isLineBreaking(sibling);
  }
  return false;
}

function isPageRoot(node: Node): boolean {
  return !isElement(node) || node.localName === 'body' || node.localName === 'html';
}

/** The subtree to rescan after `node` was added or its text changed. */
export function rescanRootFor(node: Node): Node {
  let cur = node;
  for (;;) {
    if (isElement(cur) && isBlockElement(cur)) return cur;
    const parent = parentAcrossShadow(cur);
    if (!parent || isPageRoot(parent)) return cur;
    const joins = joinsSibling(cur, false) || joinsSibling(cur, true);
    if (!joins && isElement(parent) && isBlockElement(parent)) return cur;
    cur = parent;
  }
}

function addRecordRoots(record: MutationRecord, into: Set<Node>): void {
  if (record.type === 'characterData') {
    into.add(rescanRootFor(record.target));
    return;
  }
  if (record.type !== 'childList') return;
  for (const node of Array.from(record.addedNodes)) {
    if (isElement(node) && node.localName === UI_HOST_TAG) continue;
    if (isElement(node) || isText(node)) into.add(rescanRootFor(node));
  }
}

/** Adds to `into` the rescan roots for `records`, skipping mutations inside the UI host. */
export function collectMutationRoots(records: readonly MutationRecord[], into: Set<Node>): void {
  const insideUi = new Map<Node, boolean>();
  for (const record of records) {
    try {
      let ignored = insideUi.get(record.target);
      if (ignored === undefined) {
        ignored = isInsideUiHost(record.target);
        insideUi.set(record.target, ignored);
      }
      if (!ignored) addRecordRoots(record, into);
    } catch {
      // A record about a node the page has made odd must not stop the batch.
    }
  }
}

/** The roots not contained in another root of the set. */
export function outermostRoots(roots: ReadonlySet<Node>): Node[] {
  return [...roots].filter((root) => {
    for (let cur = parentAcrossShadow(root); cur; cur = parentAcrossShadow(cur)) {
      if (roots.has(cur)) return false;
    }
    return true;
  });
}
