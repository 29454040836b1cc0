import { describe, expect, it } from 'vitest';
import { CARD_CLAIM_LIMIT, buildHintView, claimsFor, indexPack } from '../../components/pack-index';
import type { PageReport } from '../../core/report';
import { PACK, REPORT } from './fixtures/pack';

const INDEX = indexPack(PACK);

describe('indexPack', () => {
  it('finds every entity, claim, source and quantity by id', () => {
    expect([INDEX.entities.size, INDEX.claims.size, INDEX.sources.size, INDEX.quantities.size]).toEqual([
      PACK.entities.length,
      PACK.claims.length,
      PACK.sources.length,
      PACK.quantities.length,
    ]);
    expect(INDEX.claims.get('doran-12000')?.attribution.who).toBe('Peter Doran');
  });
});

describe('claimsFor', () => {
  it('keeps the given order and skips unknown ids', () => {
    expect(claimsFor(INDEX, ['doran-12000', 'missing', 'austin-thousands']).map((c) => c.id)).toEqual([
      'doran-12000',
      'austin-thousands',
    ]);
  });
});

describe('buildHintView', () => {
  it('returns null for an entity the pack does not have', () => {
    expect(buildHintView(INDEX, REPORT, 'nobody')).toBeNull();
  });

  it('includes the quantities whose figures come from claims about the entity', () => {
    expect(buildHintView(INDEX, REPORT, 'north-korean-troops')?.quantities.map((q) => q.quantityId)).toEqual([
      'nk-troops',
    ]);
  });

  it('leaves out claims already shown as figures', () => {
    expect(buildHintView(INDEX, REPORT, 'north-korean-troops')?.claims.map((c) => c.id)).toEqual(['defectors-15']);
  });

  it('takes the highest-ranked claims about the entity, up to the limit', () => {
    const report: PageReport = { ...REPORT, quantities: [] };
    const claims = buildHintView(INDEX, report, 'north-korean-troops')?.claims.map((c) => c.id);
    expect(claims).toEqual(['zelenskyy-10000', 'austin-thousands', 'doran-12000'].slice(0, CARD_CLAIM_LIMIT));
  });

  it('shows one claim fewer when the card also shows figures', () => {
    const view = buildHintView(INDEX, REPORT, 'kim-jong-un');
    expect(view?.quantities.map((q) => q.quantityId)).toEqual(['nk-troops']);
    expect(view?.claims.map((c) => c.id)).toEqual(['kim-kursk-opinion']);
  });
});
