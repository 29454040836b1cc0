import { describe, expect, it } from 'vitest';
import { acceptHit } from '@/core/match/accept';
import type { CompiledAlias } from '@/core/match/matcher';

/** A compiled alias with the given rules. */
function alias(fields: Partial<CompiledAlias>): CompiledAlias {
  return { entityId: 'x', text: 'x', cased: null, prefix: false, left: 'word', right: 'word', ...fields };
}

describe('acceptHit', () => {
  it.each([
    ['Kursk region', 0, 5, 5],
    ['(Kursk)', 1, 6, 6],
    ['Kursky', 0, 5, -1],
    ['oKursk', 1, 6, -1],
    ['Kursk2', 0, 5, -1],
    ['Kursk’s', 0, 5, 5],
  ])('applies word edges in %j', (text, start, end, expected) => {
    expect(acceptHit(alias({}), text, start, end)).toBe(expected);
  });

  it('extends a prefix hit to the end of its word', () => {
    expect(acceptHit(alias({ prefix: true }), 'Курской области', 0, 5)).toBe(7);
  });

  it.each([
    ['북, 러', 0, 1, 1],
    ['북의 ', 0, 1, 1],
    ['북의견', 0, 1, -1],
    ['남북', 1, 2, -1],
    ['북쪽', 0, 1, -1],
  ])('applies one-syllable Hangul edges in %j', (text, start, end, expected) => {
    expect(acceptHit(alias({ left: 'syllable', right: 'syllable' }), text, start, end)).toBe(expected);
  });

  it('accepts any neighbour at a free edge', () => {
    expect(acceptHit(alias({ left: 'free', right: 'free' }), '남북한군은', 1, 3)).toBe(3);
  });

  it.each([
    ['KPA', 3],
    ['kpa', -1],
    ['K\u2011P', -1],
  ])('checks the case of %j against a case-sensitive alias', (text, expected) => {
    expect(acceptHit(alias({ cased: 'KPA' }), text, 0, 3)).toBe(expected);
  });
});
