import { describe, expect, it } from 'vitest';
import { isAdjacent, isDigits, isSpaced, tokenize } from '@/core/figures/tokens';

/** Token texts of a string. */
function texts(text: string): string[] {
  return tokenize(text, 0, text.length).map((token) => token.text);
}

describe('tokenize', () => {
  it.each([
    ['11,000 troops', ['11', ',', '000', 'troops']],
    ['1만1000명이', ['1', '만', '1000', '명이']],
    ['수천 명', ['수', '천', '명']],
    ['$540m', ['$', '540', 'm']],
    ['d’obus', ['d', '’', 'obus']],
    ['수도', ['수도']],
  ])('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('folds each token for matching', () => {
    expect(tokenize('ВОЕННЫХ Ёлки', 0, 12).map((token) => token.lower)).toEqual(['военных', 'елки']);
  });

  it('reads only the given range, in original offsets', () => {
    expect(tokenize('ab cd ef', 3, 5)).toEqual([{ text: 'cd', lower: 'cd', start: 3, end: 5 }]);
  });
});

describe('isDigits', () => {
  it('tells digit runs from other tokens', () => {
    const [digits, word] = tokenize('12 ab', 0, 5);
    expect([isDigits(digits), isDigits(word), isDigits(undefined)]).toEqual([true, false, false]);
  });
});

describe('isAdjacent', () => {
  it('requires the next token to start where the first ends', () => {
    const [a, b, , c] = tokenize('ab, cd', 0, 6);
    expect([isAdjacent(a!, b), isAdjacent(b!, c), isAdjacent(a!, undefined)]).toEqual([true, false, false]);
  });
});

describe('isSpaced', () => {
  it.each([
    ['10 000', true],
    ['10\u00a0000', true],
    ['10  000', false],
    ['10\n000', false],
  ])('in %j says %s', (text, expected) => {
    const [a, b] = tokenize(text, 0, text.length);
    expect(isSpaced(text, a!, b)).toBe(expected);
  });
});
