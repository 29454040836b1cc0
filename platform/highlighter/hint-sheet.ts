/**
 * One constructed stylesheet holding the `::highlight()` rules, adopted by each open shadow root
 * that holds painted ranges (the document has the rules the browser injects, and they do not reach
 * into shadow trees). Adopting adds no element to the page's DOM; `detach` removes only our sheet.
 */

/**
 * `value` as the page itself sees it. Firefox content scripts see page objects through Xray wrappers,
 * which hide `adoptedStyleSheets` (an ObservableArray) behind an opaque, non-iterable object; the
 * page's own view (`wrappedJSObject`) has the list, and holds our sheet as its page view too.
 * Chromium and the page itself have no `wrappedJSObject`: the value is returned as is.
 */
function pageView<T extends object>(value: T): T {
  const waived: unknown = Reflect.get(value, 'wrappedJSObject');
  return typeof waived === 'object' && waived !== null ? (waived as T) : value;
}

/*
 * The list is edited in place with this realm's Array methods: Firefox's page view refuses arrays
 * built here ("Permission denied"), and the list's own methods are the page's, which it may patch.
 */
const { indexOf, push, splice } = Array.prototype;

/** Our adopted stylesheet. */
export interface HintSheet {
  adopt(root: DocumentOrShadowRoot): void;
  detach(): void;
}

/**
 * Creates the sheet holding `css` with `doc`'s own constructor (a sheet is only adoptable in its
 * document); null if unsupported or the rules are rejected (then hints there stay unstyled).
 */
export function createHintSheet(doc: Document, css: string): HintSheet | null {
  let sheet: CSSStyleSheet;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (typeof Sheet !== 'function') return null;
    sheet = new Sheet();
    sheet.replaceSync(css);
  } catch {
    return null;
  }
  const listed = pageView(sheet);
  const roots = new Set<DocumentOrShadowRoot>();
  return {
    adopt(root) {
      if (roots.has(root)) return;
      try {
        push.call(pageView(root).adoptedStyleSheets, listed);
        roots.add(root);
      } catch {
        // Not adoptable here (e.g. a root from another document): hints there stay unstyled.
      }
    },
    detach() {
      for (const root of roots) {
        try {
          const list = pageView(root).adoptedStyleSheets;
          const index: number = indexOf.call(list, listed);
          if (index >= 0) splice.call(list, index, 1);
        } catch {
          // The root is gone or refuses changes; nothing left to undo.
        }
      }
      roots.clear();
    },
  };
}
