import type { FuseSortFunctionMatch } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { byRecordScore, scoreRecord } from '@/core/search/record-score';

/** A match on a field with this weight. */
function match(key: string, weight: number, value: string, score: number): FuseSortFunctionMatch {
  return { key: { id: key, path: [key], src: key, weight, getFn: null }, value, score, indices: [] };
}

describe('scoreRecord', () => {
  it('counts a field once, by its best value, however many of its values match', () => {
    const one = [match('names', 0.2, 'кндр', 0.001)];
    const many = Array.from({ length: 20 }, (_, i) => match('names', 0.2, `військ ${i} кндр`, 0.001));
    expect(scoreRecord(one)).toBeLessThan(scoreRecord(many));
  });

  it('ranks a match in a short field above the same match in a long one', () => {
    const short = [match('quote', 0.1, 'Kursk', 0.001)];
    const long = [match('quote', 0.1, 'a long quote that at some point names Kursk and goes on', 0.001)];
    expect(scoreRecord(short)).toBeLessThan(scoreRecord(long));
  });

  it('ranks a match in a heavier field first', () => {
    expect(scoreRecord([match('title', 0.3, 'Kursk', 0.1)])).toBeLessThan(
      scoreRecord([match('source', 0.05, 'Kursk', 0.1)]),
    );
  });

  it('scores a record without matches 1', () => {
    expect(scoreRecord([])).toBe(1);
  });
});

describe('byRecordScore', () => {
  it('sorts the better-scored record first', () => {
    const good = { idx: 1, item: {}, score: 0.5, matches: [match('title', 0.3, 'Kursk', 0.001)] };
    const poor = { idx: 0, item: {}, score: 0.1, matches: [match('source', 0.05, 'Kursk region', 0.2)] };
    expect([poor, good].sort(byRecordScore)).toEqual([good, poor]);
  });
});
