import { describe, expect, it } from 'vitest';
import { isSearchableTerm, normalizeQuery, normalizeText, tokenizeTerms } from '@/core/search/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['Kim Jong Un', 'kim jong un'],
    ['Kim Jong‑un', 'kim jong-un'],
    ['KN–23', 'kn-23'],
    ['Korea’s', "korea's"],
    ['Ｋｉｍ', 'kim'],
    ['Pjöngjang', 'pjongjang'],
    ['Зеленський', 'зеленськии'],
    ['КНДР', 'кндр'],
    ['김정은', '김정은'],
  ])('folds %j to %j', (text, folded) => {
    expect(normalizeText(text)).toBe(folded);
  });

  it.each(['ﬁnal İstanbul', '김정은 북한군', 'Ёжик 𝔸 emoji 🎉', 'Pjöngjang'])('keeps the length of %j', (text) => {
    expect(normalizeText(text)).toHaveLength(text.length);
  });
});

describe('isSearchableTerm', () => {
  it.each([
    ['kim', true],
    ['um', false],
    ['to', false],
    ['북한', true],
    ['10', true],
    ['군', false],
  ])('says %j is searchable: %s', (term, expected) => {
    expect(isSearchableTerm(term)).toBe(expected);
  });
});

describe('tokenizeTerms', () => {
  it('keeps hyphenated words whole and drops short terms', () => {
    expect(tokenizeTerms('kim jong-un and the kn-23 in 2024')).toEqual([
      'kim',
      'jong-un',
      'and',
      'the',
      'kn-23',
      '2024',
    ]);
  });
});

describe('normalizeQuery', () => {
  it('folds, drops short terms and joins the rest with single spaces', () => {
    expect(normalizeQuery('  Kim   Jong Um ')).toBe('kim jong');
  });

  it('returns an empty string when no term is long enough', () => {
    expect(normalizeQuery('I to')).toBe('');
  });
});
