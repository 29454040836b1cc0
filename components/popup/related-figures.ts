/** The figures shown side by side in a claim's detail: every claim's figure for the same quantities. */
import type { Claim } from '../../core/pack/types';
import type { QuantityReport } from '../../core/report';
import type { PackIndex } from '../pack-index';

/** One report per quantity the claim states a figure for, with each claim's figure for it (this one first). */
export function relatedFigures(claim: Claim, index: PackIndex): QuantityReport[] {
  const quantityIds = [...new Set(claim.figures.map((figure) => figure.quantity))];
  return quantityIds.map((quantityId) => {
    const others = [...index.claims.values()].filter((other) => other.id !== claim.id);
    const corpus = [claim, ...others].flatMap((source) =>
      source.figures
        .filter((figure) => figure.quantity === quantityId)
        .map((figure) => ({ claimId: source.id, text: figure.text, min: figure.min, max: figure.max })),
    );
    return { quantityId, corpus, page: [] };
  });
}
