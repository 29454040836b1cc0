/**
 * Full transition rows for the units of spaced scripts. In Latin or Cyrillic prose almost every
 * letter starts some alias, so the automaton spends most of its time off the root (83% of units
 * with the real pack on English news) and each sparse step scans edges and follows failure links.
 * Precomputing the DFA row of every state for just the units that occur in aliases below
 * `DENSE_LIMIT` makes that one load per unit. Hangul and CJK keep the sparse path: their aliases
 * use far more distinct units, and their text mostly stays at the root.
 */

/** Units below this (Latin, Greek, Cyrillic) get dense rows. */
export const DENSE_LIMIT = 0x500;

/** Dense rows: state `s` reading unit `u < DENSE_LIMIT` goes to `dense[s * denseWidth + denseClass[u]]`. */
export interface DenseRows {
  /** Column of each unit below `DENSE_LIMIT`; 0 for units no alias uses (they always lead to the root). */
  denseClass: Uint16Array;
  denseWidth: number;
  /** Uint16 while states fit (677 KiB for the real pack's 4,289 states × 79 columns), else Int32. */
  dense: Uint16Array | Int32Array;
}

/**
 * Builds dense rows from the trie (`next`), failure links and the states in breadth-first order
 * (root excluded): each row starts as a copy of its failure state's row, then takes its own edges.
 */
export function buildDenseRows(
  next: readonly Map<number, number>[],
  fail: Int32Array,
  order: readonly number[],
): DenseRows {
  const denseClass = new Uint16Array(DENSE_LIMIT);
  let width = 1;
  for (const map of next) {
    for (const unit of map.keys()) if (unit < DENSE_LIMIT && denseClass[unit] === 0) denseClass[unit] = width++;
  }
  const dense = next.length > 0xffff ? new Int32Array(next.length * width) : new Uint16Array(next.length * width);
  for (const state of [0, ...order]) {
    const row = state * width;
    const fallback = fail[state]! * width;
    if (state !== 0) dense.copyWithin(row, fallback, fallback + width);
    for (const [unit, target] of next[state]!) if (unit < DENSE_LIMIT) dense[row + denseClass[unit]!] = target;
  }
  return { denseClass, denseWidth: width, dense };
}
