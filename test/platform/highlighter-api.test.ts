// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectPageText } from '../../platform/page-text';
import {
  createHighlighter,
  detectHighlightApi,
  HIGHLIGHT_NAMES,
  type Highlighter,
  type PaintRange,
} from '../../platform/highlighter';
import { occurrences, setBody } from './dom-fixtures';

/** A minimal stand-in for the CSS Custom Highlight API, which happy-dom lacks. */
class FakeHighlight {
  readonly ranges = new Set<AbstractRange>();
  priority = 0;
  add(range: AbstractRange): this {
    this.ranges.add(range);
    return this;
  }
  delete(range: AbstractRange): boolean {
    return this.ranges.delete(range);
  }
  clear(): void {
    this.ranges.clear();
  }
}

let registry: Map<string, FakeHighlight>;
let highlighter: Highlighter;

function mentionsOf(word: string, kind: PaintRange['kind'] = 'plain', root: Node = document.body) {
  const page = collectPageText(root);
  return occurrences(page.text, word).flatMap(([start, end]) =>
    page.toRanges(start, end).map((range) => ({ range, kind, id: `${word}@${start}` })),
  );
}

function rectList(x: number, y: number, width: number, height: number): DOMRectList {
  return [new DOMRect(x, y, width, height)] as unknown as DOMRectList;
}

/** Gives the document a `caretPositionFromPoint` (happy-dom has none) and recreates the highlighter. */
function installCaret(position: { offsetNode: Node; offset: number }): void {
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: () => position,
  });
  highlighter.destroy();
  highlighter = createHighlighter(document);
}

function layerTexts(name: string): string[] {
  return [...(registry.get(name)?.ranges ?? [])].map((r) => (r as Range).toString());
}

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  document.adoptedStyleSheets = [];
  highlighter = createHighlighter(document);
});

afterEach(() => {
  highlighter.destroy();
  Reflect.deleteProperty(document, 'caretPositionFromPoint');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createHighlighter', () => {
  it('uses the Highlight API when the window has it', () => {
    expect(highlighter.mode).toBe('highlight-api');
  });

  it('registers one highlight per layer under the names of its style', () => {
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES.highlight).sort());
  });

  it('paints ranges into the layer of their kind without touching the DOM', () => {
    setBody('<p>North <b>Korea</b> and Kursk</p>');
    const before = document.body.innerHTML;
    highlighter.paint([...mentionsOf('North Korea'), ...mentionsOf('Kursk', 'figure')]);
    const layers = [layerTexts('news-context'), layerTexts('news-context-figure')];
    expect([layers, document.body.innerHTML]).toEqual([[['North Korea'], ['Kursk']], before]);
  });

  it('adds the focused mention to the focus layer, which paints on top', () => {
    setBody('<p>Kursk Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    highlighter.focus('Kursk@6');
    const focus = registry.get('news-context-focus');
    expect([focus?.ranges.size, focus?.priority]).toEqual([1, 1]);
  });

  it('empties the focus layer when focus is cleared', () => {
    setBody('<p>Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    highlighter.focus('Kursk@0');
    highlighter.focus(null);
    expect(registry.get('news-context-focus')?.ranges.size).toBe(0);
  });

  it('removes the ranges of unpainted mentions', () => {
    setBody('<p>Kursk Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    highlighter.unpaint(['Kursk@0']);
    expect(registry.get('news-context')?.ranges.size).toBe(1);
  });

  it('removes and reports the mentions inside a root', () => {
    setBody('<p id="a">Kursk</p><p>Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    expect(highlighter.unpaintWithin(document.querySelector('#a') as Element)).toEqual(['Kursk@0']);
  });

  it("never adds a stylesheet to the page's document (the browser injects the rules)", () => {
    setBody('<p>Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    highlighter.setStyle('underline');
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('switches style by registering the same highlights under the style’s names', () => {
    setBody('<p>Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    const plain = registry.get(HIGHLIGHT_NAMES.highlight.plain);
    highlighter.setStyle('underline');
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES.underline).sort());
    expect(registry.get(HIGHLIGHT_NAMES.underline.plain)).toBe(plain);
    highlighter.setStyle('none');
    expect(registry.size).toBe(0);
    highlighter.setStyle('highlight');
    expect(layerTexts(HIGHLIGHT_NAMES.highlight.plain)).toEqual(['Kursk']);
  });

  it('adopts the stylesheet into a shadow root that holds painted ranges', () => {
    const host = setBody('<div></div>').firstChild as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('near Kursk');
    highlighter.paint(mentionsOf('Kursk', 'plain', shadow));
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
  });

  it('removes only its own stylesheet and highlights on destroy', () => {
    const host = setBody('<div></div>').firstChild as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('near Kursk');
    const pageSheet = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [pageSheet];
    highlighter.paint(mentionsOf('Kursk', 'plain', shadow));
    highlighter.destroy();
    expect([shadow.adoptedStyleSheets, registry.size]).toEqual([[pageSheet], 0]);
  });

  it('leaves a highlight registered by someone else under its name', () => {
    const other = new FakeHighlight();
    registry.set('news-context', other);
    highlighter.destroy();
    expect(registry.get('news-context')).toBe(other);
  });

  it('hit-tests the range under the caret whose rects contain the point', () => {
    const text = setBody('<p>near Kursk</p>').querySelector('p')?.firstChild as Text;
    installCaret({ offsetNode: text, offset: 7 });
    highlighter.paint(mentionsOf('Kursk'));
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(rectList(40, 0, 40, 20));
    expect([highlighter.hitTest(50, 10), highlighter.hitTest(90, 10)]).toEqual(['Kursk@5', null]);
  });

  it('measures nothing when the caret is outside every range', () => {
    const text = setBody('<p>near Kursk</p>').querySelector('p')?.firstChild as Text;
    installCaret({ offsetNode: text, offset: 1 });
    highlighter.paint(mentionsOf('Kursk'));
    const rects = vi.spyOn(Range.prototype, 'getClientRects');
    expect([highlighter.hitTest(5, 10), rects.mock.calls.length]).toEqual([null, 0]);
  });

  it('measures a range once until the page scrolls', () => {
    setBody('<p>near Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(rectList(0, 0, 0, 0));
    highlighter.hitTest(1, 1);
    highlighter.hitTest(2, 2);
    window.dispatchEvent(new Event('scroll'));
    highlighter.hitTest(3, 3);
    expect(rects).toHaveBeenCalledTimes(2);
  });

  it('measures again when the page scrolled without telling it (document.open erased the listener)', () => {
    setBody('<p>near Kursk</p>');
    highlighter.paint(mentionsOf('Kursk'));
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(rectList(0, 0, 0, 0));
    highlighter.hitTest(1, 1);
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(400);
    highlighter.hitTest(2, 2);
    expect(rects).toHaveBeenCalledTimes(2);
  });
});

describe('detectHighlightApi', () => {
  it('returns null when CSS.highlights is missing', () => {
    expect(detectHighlightApi({ CSS: {}, Highlight: FakeHighlight })).toBeNull();
  });

  it('returns null when the Highlight constructor is missing', () => {
    expect(detectHighlightApi({ CSS: { highlights: new Map() } })).toBeNull();
  });

  it('returns null when CSS is not an object', () => {
    expect(detectHighlightApi({ CSS: 42, Highlight: FakeHighlight })).toBeNull();
  });

  it('keeps using the registry methods it captured after the page replaces them', () => {
    const highlights = new Map<string, unknown>();
    const api = detectHighlightApi({ CSS: { highlights }, Highlight: FakeHighlight });
    highlights.set = () => {
      throw new Error('patched by the page');
    };
    api?.set('x', new FakeHighlight());
    expect(highlights.has('x')).toBe(true);
  });
});
