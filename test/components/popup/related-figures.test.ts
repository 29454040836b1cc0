import { describe, expect, it } from 'vitest';
import { indexPack } from '@/components/pack-index';
import { relatedFigures } from '@/components/popup/related-figures';
import { FIXTURE_PACK } from './fixtures/pack';

const INDEX = indexPack(FIXTURE_PACK);

/** The fixture claim with this id. */
function claim(id: string) {
  const found = INDEX.claims.get(id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

describe('relatedFigures', () => {
  it('lists every claim’s figure for the claim’s quantity, the claim’s own first', () => {
    expect(relatedFigures(claim('kim-sends-shells'), INDEX)).toEqual([
      {
        quantityId: 'nk-shells-to-russia',
        corpus: [
          { claimId: 'kim-sends-shells', text: 'millions', min: 1000000, max: null },
          { claimId: 'rbc-shells-millions', text: 'несколько миллионов', min: 2000000, max: null },
        ],
        page: [],
      },
    ]);
  });

  it('returns nothing for a claim without figures', () => {
    expect(relatedFigures(claim('doran-risk-free'), INDEX)).toEqual([]);
  });
});
