import { describe, expect, it } from 'vitest';
import { isGluedToWord, parseNumberAt } from '@/core/figures/parse-number';
import { tokenize } from '@/core/figures/tokens';

/** Parses the number expression at the start of `text`. */
function parse(text: string): ReturnType<typeof parseNumberAt> {
  return parseNumberAt(text, tokenize(text, 0, text.length), 0);
}

describe('parseNumberAt', () => {
  it.each([
    ['11,000', 11000],
    ['12.000', 12000],
    ['10 000', 10000],
    ['10\u202f000', 10000],
    ['1,000,000', 1e6],
    ['3,5', 3.5],
    ['10.5', 10.5],
    ['1,500.5', 1500.5],
    ['0.250', 0.25],
    ['2024', 2024],
    ['1 500 000', 1.5e6],
    ['11,000 000', 11000],
  ])('reads the digits %j as %d', (text, value) => {
    expect(parse(text)?.value).toBe(value);
  });

  it.each([
    ['3 million', 3e6],
    ['1.5 million', 1.5e6],
    ['three million', 3e6],
    ['a million', 1e6],
    ['twenty thousand', 2e4],
    ['2 hundred thousand', 2e5],
    ['11k', 11000],
    ['11 тысяч', 11000],
    ['3 млн', 3e6],
    ['3 миллиона', 3e6],
    ['2 мільйони', 2e6],
    ['1,5 Millionen', 1.5e6],
    ['2 Mrd.', 2e9],
    ['3 millions', 3e6],
    ['2 milliards', 2e9],
  ])('reads the multiplied %j as %d', (text, value) => {
    expect(parse(text)?.value).toBe(value);
  });

  it.each([
    ['1만', 1e4],
    ['1만 1천', 11000],
    ['1만1000', 11000],
    ['1만 1,000', 11000],
    ['300만', 3e6],
    ['5억', 5e8],
    ['1천200', 1200],
    ['2억 3천만', 2.3e8],
  ])('reads the Korean %j as %d', (text, value) => {
    expect(parse(text)?.value).toBe(value);
  });

  it.each([
    ['thousands', 1e3],
    ['tens of thousands', 1e4],
    ['hundreds of thousands', 1e5],
    ['Tausende', 1e3],
    ['Zehntausende', 1e4],
    ['milliers', 1e3],
    ['dizaines de milliers', 1e4],
    ['тысячи', 1e3],
    ['десятки тысяч', 1e4],
    ['сотні', 1e2],
    ['수천', 1e3],
    ['수십만', 1e5],
  ])('reads the open-ended %j as at least %d', (text, value) => {
    expect(parse(text)).toMatchObject({ value, openEnded: true });
  });

  it.each([
    ['$540m', 540e6],
    ['$ 2,000', 2000],
    ['US$1.5bn', 1.5e9],
    ['540 million dollars', 540e6],
    ['5억 달러', 5e8],
    ['5억달러', 5e8],
    ['200 миллионов долларов', 2e8],
  ])('reads %j as %d US dollars', (text, value) => {
    expect(parse(text)).toMatchObject({ value, currency: true });
  });

  it.each(['six-digit', 'one', 'a', 'an hour', 'Kursk', '$ and', '수도', '', 'tense'])(
    'reads no number from %j',
    (text) => {
      expect(parse(text)).toBeNull();
    },
  );

  it('spans the whole expression in original offsets', () => {
    const text = 'US$1.5bn dollars';
    expect(parse(text)).toMatchObject({ start: 0, end: text.length, first: 0 });
  });

  it('marks the token after the expression', () => {
    const text = '11 тыс. военных';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens[parseNumberAt(text, tokens, 0)!.next]?.text).toBe('военных');
  });
});

describe('isGluedToWord', () => {
  it.each([
    ['KN-23', 1, true],
    ['1990s', 4, true],
    ['(23)', 0, false],
    ['1만', 1, false],
    ['x', 5, false],
  ])('in %j at %i says %s', (text, at, expected) => {
    expect(isGluedToWord(text, at)).toBe(expected);
  });
});
