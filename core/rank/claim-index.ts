/** The corpus claims indexed for ranking: by entity, by quantity, and by term with IDF weights. */
import type { Claim, EntityRole, TopicPack } from '../pack/types';
import { termsOf } from './terms';

/** A pack's claims, indexed once for `rankClaimsForMention` and `rankClaimsByCounts`. */
export interface ClaimIndex {
  /** Sorted by id, so ties resolve by id. Index positions below refer to this array. */
  claims: readonly Claim[];
  roles: ReadonlyMap<string, EntityRole>;
  byEntity: ReadonlyMap<string, readonly number[]>;
  byQuantity: ReadonlyMap<string, readonly number[]>;
  /** Claims holding each term (of statement and quote). */
  byTerm: ReadonlyMap<string, readonly number[]>;
  /** Inverse document frequency of each term (BM25 form: near 0 for terms in most claims). */
  idf: ReadonlyMap<string, number>;
  /** Sum of the IDF of each claim's terms, to turn an overlap into a share. */
  termWeight: Float64Array;
}

/** Adds `claim` under each key of a multimap. */
function addAll(map: Map<string, number[]>, keys: Iterable<string>, claim: number): void {
  for (const key of new Set(keys)) {
    const list = map.get(key);
    if (list === undefined) map.set(key, [claim]);
    else list.push(claim);
  }
}

/** Builds the ranking index of a pack's claims (once per pack). */
export function buildClaimIndex(pack: TopicPack): ClaimIndex {
  const claims = [...pack.claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byEntity = new Map<string, number[]>();
  const byQuantity = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  const claimTerms = claims.map((claim) => termsOf(`${claim.statement} ${claim.quote}`));
  claims.forEach((claim, i) => {
    addAll(byEntity, claim.entities, i);
    addAll(
      byQuantity,
      claim.figures.map((figure) => figure.quantity),
      i,
    );
    addAll(byTerm, claimTerms[i]!, i);
  });
  const idf = new Map<string, number>();
  for (const [term, holders] of byTerm) {
    idf.set(term, Math.log(1 + (claims.length - holders.length + 0.5) / (holders.length + 0.5)));
  }
  const termWeight = Float64Array.from(claimTerms, (terms) => terms.reduce((sum, term) => sum + idf.get(term)!, 0));
  const roles = new Map(pack.entities.map((entity) => [entity.id, entity.role]));
  return { claims, roles, byEntity, byQuantity, byTerm, idf, termWeight };
}
