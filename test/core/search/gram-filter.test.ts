import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildGramIndex, findCandidates, maxEdits } from '@/core/search/gram-filter';

const texts = ['north korean troops', 'kursk region', 'artillery shells', '김정은 위원장', 'troops in kursk'];
const index = buildGramIndex(texts.map((text) => [text]));
const THRESHOLD = 0.2;

describe('maxEdits', () => {
  it.each([
    [4, 0],
    [5, 1],
    [9, 1],
    [10, 2],
  ])('allows a %i-letter term %i edits at threshold 0.2', (length, edits) => {
    expect(maxEdits(length, THRESHOLD)).toBe(edits);
  });

  it('is not thrown off by floating point (0.3 × 10 is 3)', () => {
    expect(maxEdits(10, 0.3)).toBe(3);
  });
});

describe('findCandidates', () => {
  it('keeps the records that contain every term', () => {
    expect(findCandidates(index, ['troops', 'kursk'], THRESHOLD, 'all')?.records).toEqual([4]);
  });

  it('keeps the records that contain any term', () => {
    expect(findCandidates(index, ['troops', 'kursk'], THRESHOLD, 'any')?.records).toEqual([0, 1, 4]);
  });

  it('keeps misspellings within the allowed edits', () => {
    expect(findCandidates(index, ['artilery'], THRESHOLD, 'all')?.records).toEqual([2]);
  });

  it('works on Hangul', () => {
    expect(findCandidates(index, ['김정은'], THRESHOLD, 'all')?.records).toEqual([3]);
  });

  it('returns null when no term constrains the records', () => {
    expect(findCandidates(index, ['a'.repeat(40)], THRESHOLD, 'all')).toBeNull();
  });

  it('never drops a record fuse would match (random texts over a small alphabet)', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (length: number): string => Array.from({ length }, () => 'abcde '[random(6)]).join('');
    const corpus = Array.from({ length: 300 }, () => word(24));
    const grams = buildGramIndex(corpus.map((text) => [text]));
    const fuse = new Fuse(corpus, {
      threshold: THRESHOLD,
      ignoreLocation: true,
      minMatchCharLength: 2,
      isCaseSensitive: true,
    });
    let matches = 0;
    for (let i = 0; i < 60; i += 1) {
      const term = word(3 + random(10)).replaceAll(' ', 'a');
      const matched = fuse.search(term).map((result) => result.refIndex);
      matches += matched.length;
      const kept = findCandidates(grams, [term], THRESHOLD, 'all')?.records ?? corpus.map((_, index) => index);
      expect(kept).toEqual(expect.arrayContaining(matched));
    }
    expect(matches).toBeGreaterThan(100);
  });
});
