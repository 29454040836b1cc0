import { describe, expect, it } from 'vitest';
import { addWindows, isLetterOrNumber, isSeparator, reachFor, type Reach } from '@/core/figures/number-windows';
import { foldWord } from '@/core/figures/tokens';
import { foldCode, isCombining } from '@/core/match/normalize';
import type { Span } from '@/core/match/sentences';
import { seededRandom } from '../../bench/gen/random';

const REACH: Reach = reachFor(3);

/** The windows of a whole text, scanned in pieces of `piece` characters. */
function windowsOf(text: string, piece = text.length, reach = REACH): Span[] {
  const range = { start: 0, end: text.length };
  const windows: Span[] = [];
  for (let from = 0; from < text.length; from += piece) {
    addWindows(text, range, from, Math.min(from + piece, text.length), reach, windows);
  }
  return windows;
}

/** The windows as the text they cover. */
function covered(text: string, reach?: Reach): string[] {
  return windowsOf(text, text.length, reach).map(({ start, end }) => text.slice(start, end));
}

/**
 * Whether the anchor pattern can do without `unit`: a letter must fold (`foldWord`) to its own lower
 * case, since the pattern reads lower-cased text; anything else must fold to no letter, since the
 * words the parser starts numbers with are all letters.
 */
function isPlain(unit: number): boolean {
  const char = String.fromCharCode(unit);
  if ((unit >= 0xd800 && unit <= 0xdfff) || isCombining(unit)) return false;
  if (/[\p{L}\p{M}]/u.test(char)) return foldCode(unit) >= 0 && foldWord(char) === char.toLowerCase();
  return !/\p{L}/u.test(foldWord(char));
}

describe('addWindows', () => {
  it('makes an anchor of every unit whose fold the anchor pattern would not see', () => {
    const missed: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (windowsOf(String.fromCharCode(unit)).length === 0 && !isPlain(unit)) missed.push(unit.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it.each(['😀', '𝐚', 'Ё', 'ｍ', 'ª', 'ſ', 'İ', 'thou\u034fsands'])('makes %j an anchor', (text) => {
    expect(covered(`some words ${text} and more`)).toEqual([`some words ${text} and more`]);
  });

  it.each([
    ['11,000', true],
    ['$', true],
    ['수천', true],
    ['THOUSANDS', true],
    ['Tausende', true],
    ['Тысячами', true],
    ['A Million', true],
    ['three\u00a0million', true],
    ['만', true],
    ['수도', false],
    ['a mile', false],
    ['thousand', false],
    ['troops', false],
  ])('finds an anchor in %j: %s', (word, expected) => {
    expect(windowsOf(`They said ${word} here`).length > 0).toBe(expected);
  });

  it('reaches whole chunks around an anchor, counting only chunks with a letter or digit', () => {
    const text = 'a b c d e f g h i j — 5 — k l m n o p q r s t u v w x y z';
    expect(covered(text, { before: 2, after: 3 })).toEqual(['i j — 5 — k l m']);
  });

  it('keeps windows inside the range', () => {
    const text = 'far before. 5 troops. far after';
    const windows: Span[] = [];
    addWindows(text, { start: 12, end: 21 }, 12, 21, REACH, windows);
    expect(windows).toEqual([{ start: 12, end: 21 }]);
  });

  it('merges windows that overlap and keeps apart those that do not', () => {
    const filler = Array(30).fill('word').join(' ');
    const text = `${filler} 1 2 ${filler} 3 ${filler}`;
    const windows = windowsOf(text, text.length, { before: 1, after: 1 });
    expect(windows.map(({ start, end }) => text.slice(start, end))).toEqual(['word 1 2 word', 'word 3 word']);
  });

  it('finds in pieces at least the windows it finds in one go', () => {
    const random = seededRandom(5);
    const words = ['troops', '11,000', 'a', 'million', 'тысяч', '수천', '명', 'Thousands', '—', '$5', 'İ', '😀'];
    const text = Array.from({ length: 3000 }, () => random.pick(words)).join(random.pick([' ', '  ', '\n']));
    const whole = windowsOf(text);
    for (const piece of [7, 64, 1000]) {
      const pieces = windowsOf(text, piece);
      for (const window of whole) {
        expect(pieces.some(({ start, end }) => start <= window.start && window.end <= end)).toBe(true);
      }
    }
  });
});

describe('isSeparator', () => {
  it('agrees with \\s on every UTF-16 unit', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (isSeparator(unit) !== /\s/.test(String.fromCharCode(unit))) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('isLetterOrNumber', () => {
  it('agrees with [\\p{L}\\p{N}] on every UTF-16 unit', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      if (isLetterOrNumber(unit) !== /[\p{L}\p{N}]/u.test(String.fromCharCode(unit))) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
