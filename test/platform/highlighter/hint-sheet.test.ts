// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createHintSheet, type HintSheet } from '../../../platform/highlighter/hint-sheet';

/** Firefox's own message when a page object is handed an array built in the content script. */
const PERMISSION_DENIED = 'Permission denied to access property Symbol.iterator';

/**
 * A root as a Firefox content script sees it: the Xray view's `adoptedStyleSheets` is an opaque,
 * non-iterable object, and the page's view (`wrappedJSObject`) holds the real list but refuses arrays
 * assigned from the content script.
 */
function xrayRoot(pageList: CSSStyleSheet[]): DocumentOrShadowRoot {
  const pageView = {};
  Object.defineProperty(pageView, 'adoptedStyleSheets', {
    get: () => pageList,
    set: () => {
      throw new Error(PERMISSION_DENIED);
    },
  });
  const xray = { wrappedJSObject: pageView };
  Object.defineProperty(xray, 'adoptedStyleSheets', {
    get: () => ({}),
    set: () => {
      throw new TypeError('document.adoptedStyleSheets is not iterable');
    },
  });
  return xray as unknown as DocumentOrShadowRoot;
}

function sheetFor(doc: Document): HintSheet {
  const sheet = createHintSheet(doc);
  if (sheet === null) throw new Error('happy-dom has constructable stylesheets');
  return sheet;
}

describe('createHintSheet', () => {
  it('adopts its sheet into the document and detaches only that sheet', () => {
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const hints = sheetFor(document);
    hints.adopt(document);
    const adopted = document.adoptedStyleSheets.length;
    hints.detach();
    expect([adopted, [...document.adoptedStyleSheets]]).toEqual([2, [pageSheet]]);
  });

  it("edits the page's own list in place when the content script sees it through an Xray", () => {
    const pageSheet = new CSSStyleSheet();
    const pageList = [pageSheet];
    const hints = sheetFor(document);
    hints.adopt(xrayRoot(pageList));
    const adopted = pageList.length;
    hints.detach();
    expect([adopted, pageList]).toEqual([2, [pageSheet]]);
  });

  it('leaves the sheet alone when the same CSS is set again (replacing it restyles the page)', () => {
    const hints = sheetFor(document);
    const replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    hints.setCss('::highlight(a) { color: red; }');
    hints.setCss('::highlight(a) { color: red; }');
    hints.setCss('::highlight(a) { color: blue; }');
    expect(replaced).toHaveBeenCalledTimes(2);
    replaced.mockRestore();
  });
});
