import { describe, expect, it } from 'vitest';
import { buildClaimIndex } from '@/core/rank/claim-index';
import { miniPack } from '../fixtures/mini-pack';

const index = buildClaimIndex(miniPack);

describe('buildClaimIndex', () => {
  it('sorts claims by id', () => {
    const ids = index.claims.map((claim) => claim.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('indexes claims by entity and by quantity', () => {
    const ids = (positions: readonly number[] | undefined): string[] =>
      (positions ?? []).map((i) => index.claims[i]!.id);
    expect(ids(index.byEntity.get('kn-23'))).toEqual(['kn23-strikes']);
    expect(ids(index.byQuantity.get('troops-sent'))).toEqual(['troops-10000', 'troops-12000']);
  });

  it('weighs rare terms above common ones', () => {
    expect(index.idf.get('kursk')!).toBeGreaterThan(index.idf.get('north')!);
  });

  it('gives every claim a positive term weight', () => {
    for (const weight of index.termWeight) expect(weight).toBeGreaterThan(0);
  });
});
