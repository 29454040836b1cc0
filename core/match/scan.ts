/**
 * The single pass: folds the text unit by unit and feeds the automaton, with no per-character
 * allocation. `fastRun` is the hot loop for units that fold to one unit on their own; anything else
 * (combining sequences, surrogates, invisible characters, not yet tabled units) goes through
 * `clusterStep`, which folds exactly as `normalize` does.
 */
import { step, type Automaton } from './automaton';
import { DENSE_LIMIT } from './dense-rows';
import { clusterEnd, DROP, FOLD, foldCluster, foldCode, HYPHEN, isCombining, NEWLINE, SPACE } from './normalize';

// Module-local copies of imports read per character: test runners (tsx, Vitest) compile imports to
// property getters, which made the hot loop 5x slower; bundled builds are unaffected either way.
const FOLD_TABLE = FOLD;
const SPACE_UNIT = SPACE;
const HYPHEN_UNIT = HYPHEN;
const NEWLINE_UNIT = NEWLINE;
const advance = step;
const isMark = isCombining;
const DENSE_BELOW = DENSE_LIMIT;

/** Scanner state between `fastRun` and `clusterStep`. */
interface Scan {
  readonly automaton: Automaton;
  state: number;
  /** Folded units fed so far. */
  count: number;
  /** Last folded unit fed (for collapsing spaces). */
  previous: number;
  /** Original index of recent folded units, by folded index modulo its size (a power of two). */
  readonly ring: Int32Array;
  /** Raw hits as flat triples: pattern, original start, original end. */
  readonly hits: number[];
}

/** Records every pattern reported at `state`, ending at original index `end`. */
function record(scan: Scan, state: number, end: number): void {
  const { fail, report, outStart, outList, patternLength } = scan.automaton;
  const mask = scan.ring.length - 1;
  for (let r = report[state]!; r !== 0; r = report[fail[r]!]!) {
    for (let k = outStart[r]!; k < outStart[r + 1]!; k++) {
      const pattern = outList[k]!;
      scan.hits.push(pattern, scan.ring[(scan.count - patternLength[pattern]!) & mask]!, end);
    }
  }
}

/** Feeds one folded unit from original `[origin, end)`; the same steps `fastRun` inlines. */
function feed(scan: Scan, unit: number, origin: number, end: number): void {
  if (unit === SPACE && scan.previous === SPACE) return;
  scan.previous = unit;
  if (unit === NEWLINE) {
    scan.state = 0;
    return;
  }
  scan.ring[scan.count++ & (scan.ring.length - 1)] = origin;
  scan.state = step(scan.automaton, scan.state, unit === HYPHEN ? SPACE : unit);
  if (scan.automaton.report[scan.state] !== 0) record(scan, scan.state, end);
}

/** Folds and feeds the cluster at `i`; returns the index after it. */
function clusterStep(scan: Scan, text: string, i: number, to: number): number {
  const end = clusterEnd(text, i, to);
  const single = end === i + 1 ? foldCode(text.charCodeAt(i)) : -2;
  if (single >= 0) feed(scan, single, i, end);
  else if (single !== DROP) {
    const folded = foldCluster(text.slice(i, end), true);
    for (let k = 0; k < folded.length; k++) feed(scan, folded.charCodeAt(k), i, end);
  }
  return end;
}

/** Feeds units from `from` while each folds to one unit alone; returns where it stopped. */
function fastRun(scan: Scan, text: string, from: number, to: number): number {
  const { automaton, ring } = scan;
  const { root, report, dense, denseClass, denseWidth } = automaton;
  const mask = ring.length - 1;
  let { state, count, previous } = scan;
  let i = from;
  // Each unit is read once: `code` carries the unit read as `after` in the previous round.
  for (let code = text.charCodeAt(i); i < to; i++) {
    const after = i + 1 < to ? text.charCodeAt(i + 1) : 0;
    const unit = FOLD_TABLE[code]!;
    if (unit < 0 || (after >= 0x300 && isMark(after))) break;
    code = after;
    if (unit === SPACE_UNIT && previous === SPACE_UNIT) continue;
    previous = unit;
    if (unit === NEWLINE_UNIT) state = 0;
    else {
      ring[count++ & mask] = i;
      const symbol = unit === HYPHEN_UNIT ? SPACE_UNIT : unit;
      if (symbol < DENSE_BELOW) state = dense[state * denseWidth + denseClass[symbol]!]!;
      else state = state === 0 ? root[symbol]! : advance(automaton, state, symbol);
      if (report[state] !== 0) {
        scan.count = count;
        record(scan, state, i + 1);
      }
    }
  }
  Object.assign(scan, { state, count, previous });
  return i;
}

/**
 * Every occurrence of every pattern in `text[from, to)`, as flat triples (pattern, start, end) in
 * original offsets, in order of end. Folding is the same as `normalize`, done on the fly.
 */
export function scanHits(automaton: Automaton, text: string, from: number, to: number): number[] {
  let size = 1;
  while (size <= automaton.maxLength) size <<= 1;
  const scan: Scan = { automaton, state: 0, count: 0, previous: NEWLINE, ring: new Int32Array(size), hits: [] };
  for (let i = from; i < to;) {
    i = fastRun(scan, text, i, to);
    if (i < to) i = clusterStep(scan, text, i, to);
  }
  return scan.hits;
}
