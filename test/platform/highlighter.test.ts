// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectPageText } from '../../platform/page-text';
import { createHighlighter, MARK_ATTRIBUTE, type Highlighter, type PaintRange } from '../../platform/highlighter';
import { occurrences, setBody, snapshot } from './dom-fixtures';

/** Paint ranges for every occurrence of `words` in the body's collected text, ids `word@start`. */
function mentionsOf(words: readonly string[], kind: PaintRange['kind'] = 'plain'): PaintRange[] {
  const page = collectPageText(document.body);
  return words.flatMap((word) =>
    occurrences(page.text, word).flatMap(([start, end]) =>
      page.toRanges(start, end).map((range) => ({ range, kind, id: `${word}@${start}` })),
    ),
  );
}

function marks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`mark[${MARK_ATTRIBUTE}]`));
}

function markTexts(): string[] {
  return marks().map((m) => m.textContent ?? '');
}

let highlighter: Highlighter;

beforeEach(() => {
  highlighter = createHighlighter(document, { highlightApi: null });
});

afterEach(() => {
  highlighter.destroy();
  vi.restoreAllMocks();
});

describe('createHighlighter', () => {
  it('falls back to marks when the Highlight API is missing', () => {
    expect(createHighlighter(document).mode).toBe('marks');
  });

  it('wraps a mention inside one text node in a mark', () => {
    setBody('<p>troops from North Korea arrived</p>');
    highlighter.paint(mentionsOf(['North Korea']));
    expect(markTexts()).toEqual(['North Korea']);
  });

  it('wraps each text-node piece of a mention that spans inline tags', () => {
    setBody('<p>the North <b>Kor<i>ea</i></b>n army</p>');
    highlighter.paint(mentionsOf(['North Korea']));
    expect(markTexts()).toEqual(['North ', 'Kor', 'ea']);
  });

  it.each([
    ['one text node', '<p>troops from North Korea arrived</p>'],
    ['a mention spanning several text nodes', '<p>the North <b>Kor<i>ea</i></b>n army</p>'],
    ['a whole text node', '<p><b>North Korea</b></p>'],
    ['adjacent mentions', '<p>KurskKursk and Kursk</p>'],
    ['mentions at both ends of a node', '<p>Kursk, then Kursk</p>'],
  ])('restores the page exactly on clear for %s', (_label, html) => {
    setBody(html);
    const before = [document.body.innerHTML, snapshot(document.body)];
    highlighter.paint(mentionsOf(['North Korea', 'Kursk']));
    highlighter.clear();
    expect([document.body.innerHTML, snapshot(document.body)]).toEqual(before);
  });

  it('keeps the identity of the page text node it split', () => {
    setBody('<p>troops from North Korea arrived</p>');
    const original = (document.body.firstChild as Element).firstChild;
    highlighter.paint(mentionsOf(['North Korea']));
    highlighter.clear();
    expect((document.body.firstChild as Element).firstChild).toBe(original);
  });

  it("never merges the page's own adjacent text nodes", () => {
    const p = setBody('<p></p>').firstChild as Element;
    p.append(document.createTextNode('near Kursk'), document.createTextNode(' today'));
    const before = snapshot(document.body);
    highlighter.paint(mentionsOf(['Kursk']));
    highlighter.clear();
    expect(snapshot(document.body)).toBe(before);
  });

  it('removes only the unpainted mention and restores its text', () => {
    setBody('<p>Kursk and North Korea</p>');
    highlighter.paint(mentionsOf(['Kursk', 'North Korea']));
    highlighter.unpaint(['Kursk@0']);
    expect(markTexts()).toEqual(['North Korea']);
  });

  it('restores the page exactly whatever order mentions are unpainted in', () => {
    setBody('<p>Kursk, Kursk and Kursk</p>');
    const before = snapshot(document.body);
    highlighter.paint(mentionsOf(['Kursk']));
    highlighter.unpaint(['Kursk@7']);
    highlighter.unpaint(['Kursk@0']);
    highlighter.unpaint(['Kursk@17']);
    expect([snapshot(document.body), marks()]).toEqual([before, []]);
  });

  it('keeps the painted ranges on their text while painted and after clear', () => {
    setBody('<p>near North <b>Kor</b>ea and Kursk, Kursk</p>');
    const mentions = mentionsOf(['North Korea', 'Kursk']);
    highlighter.paint(mentions);
    const painted = mentions.map((m) => m.range.toString());
    highlighter.clear();
    const cleared = mentions.map((m) => m.range.toString());
    expect([painted, cleared]).toEqual([
      ['North Korea', 'Kursk', 'Kursk'],
      ['North Korea', 'Kursk', 'Kursk'],
    ]);
  });

  it('repaints the same ranges after clear', () => {
    setBody('<p>Kursk, Kursk and North <i>Korea</i></p>');
    const mentions = mentionsOf(['Kursk', 'North Korea']);
    highlighter.paint(mentions);
    highlighter.clear();
    highlighter.paint(mentions);
    expect(markTexts()).toEqual(['Kursk', 'Kursk', 'North ', 'Korea']);
  });

  it('keeps an unpainted range on its text while its neighbours are unpainted later', () => {
    setBody('<p>Kursk, Kursk and Kursk</p>');
    const mentions = mentionsOf(['Kursk']);
    highlighter.paint(mentions);
    highlighter.unpaint(['Kursk@7']);
    highlighter.unpaint(['Kursk@0', 'Kursk@17']);
    highlighter.paint(mentions.filter((m) => m.id === 'Kursk@7'));
    expect([markTexts(), mentions.map((m) => m.range.toString())]).toEqual([['Kursk'], ['Kursk', 'Kursk', 'Kursk']]);
  });

  it('keeps the first of two overlapping mentions', () => {
    setBody('<p>North Korea</p>');
    highlighter.paint([...mentionsOf(['North Korea']), ...mentionsOf(['Korea'])]);
    expect(markTexts()).toEqual(['North Korea']);
  });

  it('does not wrap text that is already painted', () => {
    setBody('<p>near Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    highlighter.paint(mentionsOf(['Kursk']));
    expect(marks().map((m) => m.parentElement?.localName)).toEqual(['p']);
  });

  it('leaves text the reader cannot see inside a range unwrapped', () => {
    setBody('<p>North <script>x</script>Korea</p>');
    highlighter.paint(mentionsOf(['North Korea']));
    expect(markTexts()).toEqual(['North ', 'Korea']);
  });

  it('removes and reports the mentions inside a root', () => {
    setBody('<p id="a">Kursk</p><p>Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    const removed = highlighter.unpaintWithin(document.querySelector('#a') as Element);
    expect([removed, markTexts()]).toEqual([['Kursk@0'], ['Kursk']]);
  });

  it('styles marks inline for the chosen style', () => {
    setBody('<p>Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    highlighter.setStyle('underline');
    expect(marks()[0]?.style.getPropertyValue('text-decoration-style')).toBe('dotted');
  });

  it('draws nothing on marks when the style is none', () => {
    setBody('<p>Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    highlighter.setStyle('none');
    expect(marks()[0]?.style.getPropertyValue('background-color')).toBe('');
  });

  it('gives entities with figures their own colour', () => {
    setBody('<p>Kursk Pyongyang</p>');
    highlighter.paint([...mentionsOf(['Kursk']), ...mentionsOf(['Pyongyang'], 'figure')]);
    const [plain, figure] = marks().map((m) => m.style.getPropertyValue('background-color'));
    expect(plain).not.toBe(figure);
  });

  it('emphasises the focused mention and only it', () => {
    setBody('<p>Kursk Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    const plain = marks()[1]?.style.getPropertyValue('background-color');
    highlighter.focus('Kursk@0');
    const [focused, other] = marks().map((m) => m.style.getPropertyValue('background-color'));
    expect([focused !== plain, other]).toEqual([true, plain]);
  });

  it('hit-tests the mark under a point', () => {
    setBody('<p>near Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(marks()[0] ?? null);
    expect(highlighter.hitTest(10, 10)).toBe('Kursk@5');
  });

  it('hit-tests nothing while the style is none', () => {
    setBody('<p>near Kursk</p>');
    highlighter.paint(mentionsOf(['Kursk']));
    highlighter.setStyle('none');
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(marks()[0] ?? null);
    expect(highlighter.hitTest(10, 10)).toBeNull();
  });
});
