/** DOM tree helpers shared by text collection, painting and mutation batching. */

// Node types and NodeFilter flags as literals, so a page that patches `Node` cannot change them.
/** `Node.ELEMENT_NODE`. */
export const ELEMENT_NODE = 1;
/** `Node.TEXT_NODE`. */
export const TEXT_NODE = 3;
/** `Node.DOCUMENT_NODE`. */
export const DOCUMENT_NODE = 9;
/** `Node.DOCUMENT_FRAGMENT_NODE` (also shadow roots). */
export const DOCUMENT_FRAGMENT_NODE = 11;
/** `NodeFilter.SHOW_ELEMENT`. */
export const SHOW_ELEMENT = 0x1;
/** `NodeFilter.SHOW_TEXT`. */
export const SHOW_TEXT = 0x4;
/** `NodeFilter.FILTER_ACCEPT`. */
export const FILTER_ACCEPT = 1;
/** `NodeFilter.FILTER_REJECT`: skips the node and its whole subtree. */
export const FILTER_REJECT = 2;

/** True for element nodes. */
export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** True for text nodes (CDATA and comments excluded). */
export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

/** True for shadow roots (document fragments with a host). */
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The parent of `node`, stepping from a shadow root to its host. */
export function parentAcrossShadow(node: Node): Node | null {
  if (isShadowRoot(node)) return node.host;
  return node.parentNode;
}

/** The element's open shadow root, or null (closed roots are invisible to us by design). */
export function openShadowRoot(el: Element): ShadowRoot | null {
  try {
    const root = el.shadowRoot;
    return root && root.mode === 'open' ? root : null;
  } catch {
    return null;
  }
}

/** The document that owns `node` (itself for a document). */
export function ownerDocumentOf(node: Node): Document | null {
  return node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
}
