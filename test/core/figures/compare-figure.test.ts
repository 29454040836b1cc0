import { describe, expect, it } from 'vitest';
import { compareFigure } from '@/core/figures/compare-figure';
import type { PageFigure } from '@/core/figures/find-figures';
import { miniPack } from '../fixtures/mini-pack';

/** A page figure for a quantity. */
function figure(quantityId: string, value: number, openEnded?: true): PageFigure {
  return { quantityId, value, text: String(value), start: 0, end: 1, ...(openEnded ? { openEnded } : {}) };
}

describe('compareFigure', () => {
  it.each([
    [11000, 'within'],
    [10000, 'within'],
    [12000, 'within'],
    [9999, 'below'],
    [15000, 'above'],
  ])('places %d troops %s the corpus range', (value, relation) => {
    expect(compareFigure(figure('troops-sent', value), miniPack)).toMatchObject({
      corpusMin: 10000,
      corpusMax: 12000,
      relation,
    });
  });

  it('lists the corpus figures behind the range', () => {
    expect(compareFigure(figure('troops-sent', 11000), miniPack)?.figures).toEqual([
      { claimId: 'troops-10000', text: 'about 10,000', min: 10000, max: 10000 },
      { claimId: 'troops-12000', text: 'roughly 12,000', min: 12000, max: 12000 },
    ]);
  });

  it('counts an open-ended corpus figure by its lower bound', () => {
    expect(compareFigure(figure('shells-supplied', 3e6), miniPack)).toMatchObject({
      corpusMin: 3e6,
      corpusMax: 5e6,
      relation: 'within',
    });
  });

  it.each([
    [1000, 'within'],
    [100000, 'above'],
  ])('reads an open-ended page figure of at least %d as %s', (value, relation) => {
    expect(compareFigure(figure('troops-sent', value, true), miniPack)?.relation).toBe(relation);
  });

  it('returns null for a quantity the corpus has no figure for', () => {
    expect(compareFigure(figure('casualties', 3000), miniPack)).toBeNull();
  });
});
