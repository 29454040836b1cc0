/**
 * One constructed stylesheet holding the `::highlight()` rules, adopted by the painted document (and by
 * each open shadow root that holds painted ranges: document rules do not reach into shadow trees).
 * Adopting adds no element to the page's DOM; `detach` removes only our sheet.
 */

/** Our adopted stylesheet. */
export interface HintSheet {
  setCss(css: string): void;
  adopt(root: DocumentOrShadowRoot): void;
  detach(): void;
}

/** Creates the sheet with `doc`'s own constructor (a sheet is only adoptable in its document); null if unsupported. */
export function createHintSheet(doc: Document): HintSheet | null {
  let sheet: CSSStyleSheet;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (typeof Sheet !== 'function') return null;
    sheet = new Sheet();
  } catch {
    return null;
  }
  const roots = new Set<DocumentOrShadowRoot>();
  return {
    setCss(css) {
      try {
        sheet.replaceSync(css);
      } catch {
        // A browser that rejects the rules simply shows no hints.
      }
    },
    adopt(root) {
      if (roots.has(root)) return;
      try {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        roots.add(root);
      } catch {
        // Not adoptable here (e.g. a root from another document): hints there stay unstyled.
      }
    },
    detach() {
      for (const root of roots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // The root is gone or refuses changes; nothing left to undo.
        }
      }
      roots.clear();
    },
  };
}
