// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHintSheet, type HintSheet } from '../../../platform/highlighter/hint-sheet';

/** Firefox's own message when a page object is handed an array built in the content script. */
const PERMISSION_DENIED = 'Permission denied to access property Symbol.iterator';

/**
 * A root as a Firefox content script sees it: the Xray view's `adoptedStyleSheets` is an opaque,
 * non-iterable object, and the page's view (`wrappedJSObject`) holds the real list but refuses arrays
 * assigned from the content script. The list's own methods are the page's: here patched to no-ops.
 */
function xrayRoot(pageList: CSSStyleSheet[]): DocumentOrShadowRoot {
  for (const method of ['push', 'indexOf', 'splice']) Object.defineProperty(pageList, method, { value: () => -1 });
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

/** Gives every sheet a stable page view (`wrappedJSObject`), as Firefox does, until `afterEach`. */
function givePageViews(): void {
  const views = new WeakMap<CSSStyleSheet, object>();
  Object.defineProperty(CSSStyleSheet.prototype, 'wrappedJSObject', {
    configurable: true,
    get(this: CSSStyleSheet) {
      const view = views.get(this) ?? { pageViewOf: this };
      views.set(this, view);
      return view;
    },
  });
}

const RULES = '::highlight(a) { color: red; }';

function sheetFor(doc: Document): HintSheet {
  const sheet = createHintSheet(doc, RULES);
  if (sheet === null) throw new Error('happy-dom has constructable stylesheets');
  return sheet;
}

afterEach(() => {
  Reflect.deleteProperty(CSSStyleSheet.prototype, 'wrappedJSObject');
});

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

  it("adds its page view to the page's own list, with this realm's Array methods, under an Xray", () => {
    givePageViews();
    const pageSheet = new CSSStyleSheet();
    const pageList = [pageSheet];
    const hints = sheetFor(document);
    hints.adopt(xrayRoot(pageList));
    const adopted = [...pageList];
    hints.detach();
    expect([adopted, pageList]).toEqual([[pageSheet, { pageViewOf: expect.any(CSSStyleSheet) }], [pageSheet]]);
  });

  it('holds the rules it was created with, set once', () => {
    const replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    sheetFor(document).adopt(document);
    expect(replaced.mock.calls).toEqual([[RULES]]);
    replaced.mockRestore();
  });

  it('is null when the browser rejects the rules', () => {
    const replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(() => {
      throw new DOMException('bad rules');
    });
    expect(createHintSheet(document, RULES)).toBeNull();
    replaced.mockRestore();
  });
});
