/**
 * A bigram prefilter in front of fuse.js, so a keystroke scores a few hundred records, not all.
 *
 * Fuse's Bitap matcher finds a term with at most k = ⌊threshold × m⌋ edits (m = term length). By the
 * q-gram lemma, text within k edits of the term shares at least (m − 1) − 2k of the term's m − 1
 * bigram positions; counting only distinct bigrams, at least D − 2k of its D distinct ones. A record
 * that lacks that many cannot match, so dropping it changes no result: the filter is exact, never
 * lossy. Terms too fuzzy for the bound (D − 2k ≤ 0, e.g. "aaaa" with one edit) put no constraint, and
 * neither do terms longer than fuse's 32-character Bitap limit. Cost: one pass over each of the
 * term's bigram postings, O(Σ postings), far below the Bitap pass it saves on each dropped record.
 */

/** Records that contain each bigram, keyed by the two UTF-16 code units packed into one number. */
export interface GramIndex {
  postings: ReadonlyMap<number, Int32Array>;
  /** Number of records. */
  size: number;
}

/** The distinct bigrams of a text, packed as numbers. */
function bigramsOf(text: string, into: Set<number>): void {
  for (let i = 0; i + 1 < text.length; i += 1) into.add(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
}

/** Indexes the bigrams of each record's (already folded) texts. */
export function buildGramIndex(records: ReadonlyArray<readonly string[]>): GramIndex {
  const lists = new Map<number, number[]>();
  const grams = new Set<number>();
  records.forEach((texts, recordIndex) => {
    grams.clear();
    for (const text of texts) bigramsOf(text, grams);
    for (const gram of grams) {
      const list = lists.get(gram);
      if (list) list.push(recordIndex);
      else lists.set(gram, [recordIndex]);
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [gram, list] of lists) postings.set(gram, Int32Array.from(list));
  return { postings, size: records.length };
}

/** Most edits fuse allows in a term of `length` characters at `threshold` (its score is edits / length). */
export function maxEdits(length: number, threshold: number): number {
  // The epsilon keeps 0.3 × 10 at 3, not 2.9999999999999996.
  return Math.floor(threshold * length + 1e-9);
}

/** Per record, how many of a term's distinct bigrams it has, and how many a match needs. */
type Constraint = { counts: Uint8Array; need: number };

/** Longest pattern Bitap matches whole; fuse splits longer ones and accepts a match of any piece. */
const BITAP_MAX_PATTERN = 32;

/** Per record, how many of the term's bigrams it contains; `null` when the term puts no constraint. */
function countShared(index: GramIndex, term: string, threshold: number): Constraint | null {
  if (term.length > BITAP_MAX_PATTERN) return null;
  const grams = new Set<number>();
  bigramsOf(term, grams);
  const need = grams.size - 2 * maxEdits(term.length, threshold);
  if (need <= 0) return null;
  const counts = new Uint8Array(index.size);
  for (const gram of grams) {
    const list = index.postings.get(gram);
    if (!list) continue;
    for (const recordIndex of list) counts[recordIndex] = Math.min(255, (counts[recordIndex] ?? 0) + 1);
  }
  return { counts, need };
}

/** How the terms of a query combine: every term must match (`all`) or at least one (`any`). */
export type TermMode = 'all' | 'any';

/** Whether one record can still match: every constrained term (`all`) or some term (`any`). */
function passes(constraints: readonly Constraint[], recordIndex: number, mode: TermMode): boolean {
  const met = ({ counts, need }: Constraint): boolean => (counts[recordIndex] ?? 0) >= need;
  return mode === 'all' ? constraints.every(met) : constraints.some(met);
}

/**
 * Records that can match the (folded) terms, in index order, with how many bigrams they share (a
 * cheap likeness for capping); `null` when any record may match (no term constrains under `all`,
 * some term does not under `any`).
 */
export function findCandidates(
  index: GramIndex,
  terms: readonly string[],
  threshold: number,
  mode: TermMode,
): { records: number[]; shared: Uint16Array } | null {
  const all = terms.map((term) => countShared(index, term, threshold));
  const constraints = all.filter((constraint) => constraint !== null);
  if (constraints.length === 0 || (mode === 'any' && constraints.length < all.length)) return null;
  const records: number[] = [];
  const shared = new Uint16Array(index.size);
  for (let recordIndex = 0; recordIndex < index.size; recordIndex += 1) {
    if (!passes(constraints, recordIndex, mode)) continue;
    records.push(recordIndex);
    for (const { counts } of constraints) shared[recordIndex] = (shared[recordIndex] ?? 0) + (counts[recordIndex] ?? 0);
  }
  return { records, shared };
}
