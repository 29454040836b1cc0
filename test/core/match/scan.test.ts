import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '@/core/match/automaton';
import { aliasKey } from '@/core/match/matcher';
import { clusterEnd, normalize } from '@/core/match/normalize';
import { scanHits } from '@/core/match/scan';

/** Hits as "pattern:start-end" strings, sorted. */
function format(triples: readonly number[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < triples.length; k += 3) out.push(`${triples[k]}:${triples[k + 1]}-${triples[k + 2]}`);
  return out.sort();
}

/** Reference: search each key in the folded text (with "-" read as " "), mapped back through `normalize`. */
function referenceHits(keys: readonly string[], text: string): string[] {
  const { text: folded, map } = normalize(text);
  const symbols = folded.replace(/-/g, ' ');
  const out: string[] = [];
  /** Original end of the cluster that folded unit `last` came from. */
  const endOf = (last: number): number => clusterEnd(text, map[last]!, text.length);
  keys.forEach((key, index) => {
    for (let at = symbols.indexOf(key); at >= 0; at = symbols.indexOf(key, at + 1)) {
      out.push(`${index}:${map[at]}-${endOf(at + key.length - 1)}`);
    }
  });
  return out.sort();
}

/** Deterministic pseudo-random generator (mulberry32), so failures replay. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'B', 'b', ' ', '  ', '\u00a0', '-', '\u2011', '\n', '\u00ad', 'Ö', 'ö', 'o\u0308', '북', '한'];

describe('scanHits', () => {
  it.each([1, 2, 3, 4, 5, 6])('agrees with searching the normalized text (seed %i)', (seed) => {
    const next = random(seed);
    const pick = (): string => PIECES[Math.floor(next() * PIECES.length)]!;
    const keys = ['ab', 'a b', 'bö', 'ö a', '북한', 'b', 'aba'].map((key) => aliasKey(key));
    const text = Array.from({ length: 300 }, pick).join('');
    expect(format(scanHits(buildAutomaton(keys), text, 0, text.length))).toEqual(referenceHits(keys, text));
  });

  it('reports nothing outside the scanned range', () => {
    const text = 'ab ab ab';
    expect(format(scanHits(buildAutomaton(['ab']), text, 3, 5))).toEqual(['0:3-5']);
  });
});
