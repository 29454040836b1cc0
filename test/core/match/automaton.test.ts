import { describe, expect, it } from 'vitest';
import { buildAutomaton, step, type Automaton } from '@/core/match/automaton';

/** Every (pattern, end) the automaton reports over `text`, in scan order. */
function hitsOf(a: Automaton, text: string): string[] {
  const hits: string[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    state = step(a, state, text.charCodeAt(i));
    for (let r = a.report[state]!; r !== 0; r = a.report[a.fail[r]!]!) {
      for (let k = a.outStart[r]!; k < a.outStart[r + 1]!; k++) hits.push(`${a.outList[k]}@${i + 1}`);
    }
  }
  return hits.sort();
}

/** The same hits found with `indexOf`, as reference. */
function naiveHits(patterns: readonly string[], text: string): string[] {
  const hits: string[] = [];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
      hits.push(`${index}@${at + pattern.length}`);
  });
  return hits.sort();
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

/** A random string over a small alphabet, so patterns overlap often. */
function randomString(next: () => number, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe('buildAutomaton', () => {
  it('reports every occurrence of every pattern, overlapping ones included', () => {
    const patterns = ['he', 'she', 'his', 'hers'];
    expect(hitsOf(buildAutomaton(patterns), 'ushers')).toEqual(['0@4', '1@4', '3@6']);
  });

  it('reports repeated patterns under each index', () => {
    expect(hitsOf(buildAutomaton(['북한', '북한']), '북한군')).toEqual(['0@2', '1@2']);
  });

  it('ignores empty patterns', () => {
    expect(hitsOf(buildAutomaton(['', 'a']), 'aa')).toEqual(['1@1', '1@2']);
  });

  it('records the longest pattern length', () => {
    expect(buildAutomaton(['ab', 'north korean troops', '북한']).maxLength).toBe(19);
  });

  it('binary-searches states with many edges', () => {
    const patterns = [...'abcdefghijklmnop'].map((letter) => `x${letter}`);
    expect(hitsOf(buildAutomaton(patterns), 'xpxaxz')).toEqual(['0@4', '15@2']);
  });

  it.each([1, 2, 3, 4, 5])('agrees with indexOf on random patterns and text (seed %i)', (seed) => {
    const next = random(seed);
    const alphabet = seed % 2 === 0 ? 'ab -' : 'abc북한';
    const patterns = Array.from({ length: 12 }, () => randomString(next, 1 + Math.floor(next() * 5), alphabet));
    const text = randomString(next, 400, alphabet);
    expect(hitsOf(buildAutomaton(patterns), text)).toEqual(naiveHits(patterns, text));
  });
});

describe('step', () => {
  it('returns to the root on a unit no pattern starts with', () => {
    const a = buildAutomaton(['kim']);
    expect(step(a, step(a, 0, 'k'.charCodeAt(0)), 'z'.charCodeAt(0))).toBe(0);
  });

  it('follows failure links to the longest suffix still in the trie', () => {
    const a = buildAutomaton(['korea', 'rea', 'real']);
    let state = 0;
    for (const char of 'korea') state = step(a, state, char.charCodeAt(0));
    expect(a.report[step(a, state, 'l'.charCodeAt(0))]).not.toBe(0);
  });
});
