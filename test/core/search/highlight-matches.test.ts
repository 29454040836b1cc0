import { describe, expect, it } from 'vitest';
import { excerptSegments, highlightMatches } from '@/core/search/highlight-matches';

describe('highlightMatches', () => {
  it('splits text into unmarked and marked segments', () => {
    expect(highlightMatches('North Korean troops', [[13, 18]])).toEqual([
      { text: 'North Korean ', marked: false },
      { text: 'troops', marked: true },
    ]);
  });

  it('merges overlapping and adjacent ranges given in any order', () => {
    expect(
      highlightMatches('abcdefgh', [
        [4, 5],
        [0, 1],
        [1, 2],
        [3, 3],
      ]),
    ).toEqual([
      { text: 'abcdef', marked: true },
      { text: 'gh', marked: false },
    ]);
  });

  it('clamps ranges that run past the text', () => {
    expect(
      highlightMatches('abc', [
        [-2, 0],
        [2, 9],
      ]),
    ).toEqual([
      { text: 'a', marked: true },
      { text: 'b', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('never splits a surrogate pair', () => {
    const segments = highlightMatches('a🎉b', [[2, 2]]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: '🎉', marked: true },
      { text: 'b', marked: false },
    ]);
  });

  it('returns the whole text unmarked when nothing matched', () => {
    expect(highlightMatches('김정은', [])).toEqual([{ text: '김정은', marked: false }]);
  });

  it('joins back to the original text', () => {
    const text = 'There are already 11,000 North Korean soldiers in the Kursk region.';
    const joined = highlightMatches(text, [
      [18, 23],
      [52, 56],
    ])
      .map((segment) => segment.text)
      .join('');
    expect(joined).toBe(text);
  });
});

describe('excerptSegments', () => {
  const text =
    'The first part of a long quote goes on and on before it finally names Kursk and then continues a while.';
  const start = text.indexOf('Kursk');
  const segments = highlightMatches(text, [[start, start + 4]]);

  it('starts shortly before the first mark, at a word, with an ellipsis', () => {
    const first = excerptSegments(segments, 60, 16)[0];
    expect(first).toEqual({ text: '…finally names ', marked: false });
  });

  it('keeps the mark and cuts the tail to the budget with an ellipsis', () => {
    const excerpt = excerptSegments(segments, 40, 16);
    expect(excerpt[1]).toEqual({ text: 'Kursk', marked: true });
    expect(excerpt.at(-1)?.text.endsWith('…')).toBe(true);
    expect(excerpt.map((segment) => segment.text).join('').length).toBeLessThanOrEqual(42);
  });

  it('leaves short text whole', () => {
    const short = highlightMatches('Kursk region', [[0, 4]]);
    expect(excerptSegments(short, 60)).toEqual(short);
  });
});
