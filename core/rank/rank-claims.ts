/** Ranks corpus claims for one mention (its entity and sentence) or for a whole page (entities and figures). */
import type { PageFigure } from '../figures/find-figures';
import type { Mention } from '../match/find-mentions';
import type { Claim, EntityRole } from '../pack/types';
import type { ClaimIndex } from './claim-index';
import { termsOf } from './terms';

/** A claim with its relevance score (higher first; only relative order matters). */
export interface RankedClaim {
  claim: Claim;
  score: number;
}

/** Points for a claim about an entity the reader is looking at, by the entity's role. */
const ENTITY_POINTS: Readonly<Record<EntityRole, number>> = {
  signal: 3, // "North Korean troops": claims about it are what the reader wants.
  core: 2, // "North Korea": most claims concern it, so it separates less.
  context: 1, // "Russia": relevant only with more in common.
};
/** Points for a claim whose statement and quote are wholly covered by the sentence's terms (scaled by the share covered). */
const TEXT_POINTS = 4;
/** Smallest text score that ranks a claim sharing no entity with the mention: a quarter of its terms. */
const MIN_TEXT_ONLY_POINTS = 1;
/** Points for a claim that states a figure for a quantity the page also states. */
const QUANTITY_POINTS = 2;
/** Extra points when the page's value falls within the claim's figure. */
const AGREEING_FIGURE_POINTS = 1;

/** Adds points to a claim's score. */
function addPoints(scores: Map<number, number>, claim: number, points: number): void {
  scores.set(claim, (scores.get(claim) ?? 0) + points);
}

/** Sorts by score, then claim id, and keeps the first `limit`. */
function topClaims(index: ClaimIndex, scores: ReadonlyMap<number, number>, limit: number): RankedClaim[] {
  return [...scores]
    .filter(([, score]) => score > 0)
    .sort(([a, sa], [b, sb]) => sb - sa || a - b)
    .slice(0, Math.max(0, limit))
    .map(([i, score]) => ({ claim: index.claims[i]!, score }));
}

/** Share of each claim's term weight that `terms` cover, times `TEXT_POINTS`. */
function textScores(index: ClaimIndex, terms: readonly string[]): Map<number, number> {
  const overlap = new Map<number, number>();
  for (const term of terms) {
    const weight = index.idf.get(term) ?? 0;
    for (const i of index.byTerm.get(term) ?? []) overlap.set(i, (overlap.get(i) ?? 0) + weight);
  }
  for (const [i, weight] of overlap) overlap.set(i, (TEXT_POINTS * weight) / (index.termWeight[i] || 1));
  return overlap;
}

/** Claims for one mention: its entity (by role) plus how much of each claim its sentence covers. */
export function rankClaimsForMention(index: ClaimIndex, mention: Mention, text: string, limit: number): RankedClaim[] {
  const sentence = text.slice(mention.sentence.start, mention.sentence.end);
  const scores = textScores(index, termsOf(sentence));
  for (const [i, score] of scores) if (score < MIN_TEXT_ONLY_POINTS) scores.delete(i);
  const role = index.roles.get(mention.entityId);
  if (role !== undefined) {
    for (const i of index.byEntity.get(mention.entityId) ?? []) addPoints(scores, i, ENTITY_POINTS[role]);
  }
  return topClaims(index, scores, limit);
}

/** Whether a page value agrees with one of a claim's figures for the quantity. */
function agrees(claim: Claim, figure: PageFigure): boolean {
  return claim.figures.some(
    (own) => own.quantity === figure.quantityId && figure.value >= own.min && figure.value <= (own.max ?? Infinity),
  );
}

/**
 * Claims for a whole page, from its mention counts by entity: entities by role and (diminishing)
 * count, plus figures for the page's quantities.
 */
export function rankClaimsByCounts(
  index: ClaimIndex,
  counts: ReadonlyMap<string, number>,
  figures: readonly PageFigure[],
  limit: number,
): RankedClaim[] {
  const scores = new Map<number, number>();
  for (const [entityId, count] of counts) {
    const role = index.roles.get(entityId);
    if (role === undefined) continue;
    for (const i of index.byEntity.get(entityId) ?? [])
      addPoints(scores, i, ENTITY_POINTS[role] * (1 + Math.log(count)));
  }
  for (const quantityId of new Set(figures.map((figure) => figure.quantityId))) {
    const stated = figures.filter((figure) => figure.quantityId === quantityId);
    for (const i of index.byQuantity.get(quantityId) ?? []) {
      const claim = index.claims[i]!;
      addPoints(
        scores,
        i,
        QUANTITY_POINTS + (stated.some((figure) => agrees(claim, figure)) ? AGREEING_FIGURE_POINTS : 0),
      );
    }
  }
  return topClaims(index, scores, limit);
}
