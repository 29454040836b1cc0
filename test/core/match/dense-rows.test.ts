import { describe, expect, it } from 'vitest';
import { buildAutomaton, step } from '@/core/match/automaton';
import { DENSE_LIMIT } from '@/core/match/dense-rows';

describe('buildDenseRows', () => {
  const patterns = ['north korea', 'north korean troops', 'korea', 'kursk', 'kpa', 'кндр', 'курск', '북한'];
  const automaton = buildAutomaton(patterns);
  const { dense, denseClass, denseWidth } = automaton;
  const states = automaton.fail.length;

  it('agrees with the sparse step for every state and every dense unit', () => {
    for (let state = 0; state < states; state++) {
      for (let unit = 0; unit < DENSE_LIMIT; unit++) {
        expect(dense[state * denseWidth + denseClass[unit]!]).toBe(step(automaton, state, unit));
      }
    }
  });

  it('gives a column only to units that aliases use below the limit', () => {
    const used = new Set([...patterns.join('')].map((char) => char.charCodeAt(0)).filter((unit) => unit < DENSE_LIMIT));
    expect(denseWidth).toBe(used.size + 1);
    expect(new Set([...used].map((unit) => denseClass[unit])).size).toBe(used.size);
    expect(denseClass['z'.charCodeAt(0)]).toBe(0);
  });
});
