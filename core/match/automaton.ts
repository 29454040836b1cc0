/**
 * Aho–Corasick automaton over UTF-16 units, flattened into typed arrays (layout in `index.ts`).
 * Patterns may repeat: each copy is reported under its own index.
 */

import { buildDenseRows, type DenseRows } from './dense-rows';

/** Size of the dense root row: one entry per UTF-16 unit. */
const ROOT_WIDTH = 0x10000;
/** Above this many edges a state's row is binary-searched instead of scanned. */
const LINEAR_SCAN_MAX = 8;

/** A compiled automaton; state 0 is the root. All arrays are indexed by state unless noted. */
export interface Automaton extends DenseRows {
  /** Root transitions, indexed by unit; 0 means "no edge" (no edge leads back to the root). */
  root: Int32Array;
  /** Edges of state `s` are `edgeStart[s]` to `edgeStart[s + 1]` (exclusive) in the edge arrays. */
  edgeStart: Int32Array;
  /** Edge labels, ascending within each state. */
  edgeUnit: Uint16Array;
  edgeTarget: Int32Array;
  /** Failure link: the state for the longest proper suffix that is also a trie path. */
  fail: Int32Array;
  /** Nearest state on the failure chain (itself included) where a pattern ends; 0 for none. */
  report: Int32Array;
  /** Patterns ending at state `s` are `outList[outStart[s]]` to `outList[outStart[s + 1] - 1]`. */
  outStart: Int32Array;
  outList: Int32Array;
  /** Length in units of each pattern, indexed by pattern. */
  patternLength: Int32Array;
  /** Longest pattern, in units. */
  maxLength: number;
}

/** Builds the trie as one `Map` per state (build time only); returns goto maps and outputs. */
function buildTrie(patterns: readonly string[]): { next: Map<number, number>[]; outputs: number[][] } {
  const next: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      let target = next[state]!.get(unit);
      if (target === undefined) {
        target = next.length;
        next.push(new Map());
        outputs.push([]);
        next[state]!.set(unit, target);
      }
      state = target;
    }
    outputs[state]!.push(index);
  });
  return { next, outputs };
}

/** Flattens the goto maps into the dense root row and sorted edge arrays. */
function flattenEdges(
  next: readonly Map<number, number>[],
): Pick<Automaton, 'root' | 'edgeStart' | 'edgeUnit' | 'edgeTarget'> {
  const root = new Int32Array(ROOT_WIDTH);
  for (const [unit, target] of next[0]!) root[unit] = target;
  const edgeStart = new Int32Array(next.length + 1);
  const total = next.reduce((sum, map) => sum + map.size, 0);
  const edgeUnit = new Uint16Array(total);
  const edgeTarget = new Int32Array(total);
  let at = 0;
  next.forEach((map, state) => {
    edgeStart[state] = at;
    for (const unit of [...map.keys()].sort((a, b) => a - b)) {
      edgeUnit[at] = unit;
      edgeTarget[at] = map.get(unit)!;
      at++;
    }
  });
  edgeStart[next.length] = at;
  return { root, edgeStart, edgeUnit, edgeTarget };
}

/** Target of the edge labelled `unit` out of `state`, or -1 (no failure links followed). */
function edge(a: Automaton, state: number, unit: number): number {
  if (state === 0) return a.root[unit]! || -1;
  let lo = a.edgeStart[state]!;
  let hi = a.edgeStart[state + 1]!;
  if (hi - lo <= LINEAR_SCAN_MAX) {
    for (; lo < hi; lo++) if (a.edgeUnit[lo] === unit) return a.edgeTarget[lo]!;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const label = a.edgeUnit[mid]!;
    if (label === unit) return a.edgeTarget[mid]!;
    if (label < unit) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Next state after reading `unit` in `state`, following failure links as needed. */
export function step(a: Automaton, state: number, unit: number): number {
  for (let s = state; ; s = a.fail[s]!) {
    const target = edge(a, s, unit);
    if (target >= 0) return target;
    if (s === 0) return 0;
  }
}

/** Fills failure and report links breadth-first (a state's links depend on shallower states only); returns that order. */
function linkStates(a: Automaton, next: readonly Map<number, number>[], outputs: readonly number[][]): number[] {
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    a.report[state] = outputs[state]!.length > 0 ? state : a.report[a.fail[state]!]!;
    for (const [unit, child] of next[state]!) {
      a.fail[child] = step(a, a.fail[state]!, unit);
      queue.push(child);
    }
  }
  return queue;
}

/** Compiles an automaton that finds every occurrence of every pattern in one pass. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { next, outputs } = buildTrie(patterns);
  const outStart = new Int32Array(next.length + 1);
  const outList = new Int32Array(outputs.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  outputs.forEach((list, state) => {
    outStart[state] = at;
    for (const pattern of list) outList[at++] = pattern;
  });
  outStart[next.length] = at;
  const automaton: Automaton = {
    ...flattenEdges(next),
    fail: new Int32Array(next.length),
    report: new Int32Array(next.length),
    outStart,
    outList,
    patternLength: Int32Array.from(patterns, (pattern) => pattern.length),
    maxLength: patterns.reduce((max, pattern) => Math.max(max, pattern.length), 0),
    denseClass: new Uint16Array(0),
    denseWidth: 0,
    dense: new Uint16Array(0),
  };
  const order = linkStates(automaton, next, outputs);
  return Object.assign(automaton, buildDenseRows(next, automaton.fail, order));
}
