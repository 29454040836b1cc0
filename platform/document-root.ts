/**
 * Notices when `document.open()` (or a script) replaces the document's root element. `document.open()`
 * also erases every event listener on the document and its window, the content script's included, so
 * whoever listens there must listen again; a MutationObserver on the document itself survives it.
 */

/** Calls `onReplaced` after the document's root element is replaced; returns a function that stops watching. */
export function watchRootReplacement(doc: Document, onReplaced: () => void): () => void {
  const Observer = doc.defaultView?.MutationObserver;
  if (typeof Observer !== 'function') return () => undefined;
  let root = doc.documentElement;
  const observer = new Observer(() => {
    const next = doc.documentElement;
    if (next === root || next === null) return;
    root = next;
    onReplaced();
  });
  observer.observe(doc, { childList: true });
  return () => observer.disconnect();
}
