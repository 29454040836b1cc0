import { describe, expect, it } from 'vitest';
import { foldWord, isAdjacent, isDigits, isSpaced, tokenize, tokenizeInto, type Token } from '@/core/figures/tokens';
import { normalize } from '@/core/match/normalize';
import { seededRandom } from '../../bench/gen/random';

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

describe('foldWord', () => {
  it('folds every UTF-16 unit as normalize does', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      if (foldWord(char) !== normalize(char).text) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('folds random words of mixed units as normalize does', () => {
    const random = seededRandom(3);
    const units = [...'aZкЁёß ﬁİſ`’\u0301\u034f\u00ad\u200bＡ１\u1160만수😀ª½  ёЁ'];
    for (let n = 0; n < 5000; n++) {
      const word = Array.from({ length: 1 + random.int(6) }, () => random.pick(units)).join('');
      expect(foldWord(word), JSON.stringify(word)).toBe(normalize(word).text);
    }
  });

  it('returns an already folded word itself', () => {
    const word = 'troops';
    expect(foldWord(word)).toBe(word);
  });
});

describe('tokenizeInto', () => {
  it('stops after about `limit` characters and resumes to the same tokens', () => {
    const text = '11,000 North Korean troops, 1만1000명이 and $540m; thousands of soldiers. ';
    const long = text.repeat(20);
    const tokens: Token[] = [];
    let calls = 0;
    for (let at = 0; at < long.length; calls++) at = tokenizeInto(tokens, long, at, long.length, 50);
    expect(calls).toBeGreaterThanOrEqual(Math.floor(long.length / 60));
    expect(tokens).toEqual(tokenize(long, 0, long.length));
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
