/**
 * The order of search results. Fuse multiplies the scores of every matched value, so an entity with
 * twenty inflected aliases that all contain "КНДР" ("війська КНДР", "солдатів КНДР", …) beat North
 * Korea itself, whose alias is exactly "КНДР". Here each field counts once, by its best value:
 * score = Π over matched fields of best^(weight × norm), with fuse's field-length norm 1/√words.
 */
import type { FuseSortFunction, FuseSortFunctionArg, FuseSortFunctionMatch } from 'fuse.js';

/** Floor for a value's score: fuse reports 0.001 for an exact match; a 0 would zero the product. */
const MIN_VALUE_SCORE = 0.001;
const WORD = /\S+/g;

/** Fuse's field-length norm: 1/√(number of words), so short fields (names) weigh more. */
function fieldNorm(value: string): number {
  return 1 / Math.sqrt(Math.max(1, value.match(WORD)?.length ?? 1));
}

const scores = new WeakMap<FuseSortFunctionArg, number>();

/** A record's score from its matches, best value per field: 0 is perfect, 1 no match. */
export function scoreRecord(matches: ReadonlyArray<FuseSortFunctionMatch>): number {
  const best = new Map<string, FuseSortFunctionMatch>();
  for (const match of matches) {
    const previous = best.get(match.key.id);
    if (!previous || match.score < previous.score) best.set(match.key.id, match);
  }
  let total = 1;
  for (const match of best.values()) {
    total *= Math.max(match.score, MIN_VALUE_SCORE) ** (match.key.weight * fieldNorm(match.value));
  }
  return total;
}

/** The score of one fuse result, computed once (fuse's heap compares each result many times). */
function cachedScore(result: FuseSortFunctionArg): number {
  const cached = scores.get(result);
  if (cached !== undefined) return cached;
  const score = scoreRecord(result.matches ?? []);
  scores.set(result, score);
  return score;
}

/** Fuse `sortFn`: best score first; ties keep index order (fuse breaks them by record index). */
export const byRecordScore: FuseSortFunction = (a, b) => cachedScore(a) - cachedScore(b);
