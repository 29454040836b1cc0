import { describe, expect, it } from 'vitest';
import { compileQuantities, linkQuantity, nearestCues, type NearCue } from '@/core/figures/cues';
import { parseNumberAt } from '@/core/figures/parse-number';
import { tokenize } from '@/core/figures/tokens';
import type { TopicPack } from '@/core/pack/types';
import { miniPack } from '../fixtures/mini-pack';

const quantities = compileQuantities(miniPack);

/** Links the first number in `text` (found by scanning tokens) with the mini pack's quantities. */
function link(text: string, pool = quantities): ReturnType<typeof linkQuantity> {
  const tokens = tokenize(text, 0, text.length);
  for (let k = 0; k < tokens.length; k++) {
    const number = parseNumberAt(text, tokens, k);
    if (number !== null) return linkQuantity(pool, tokens, number);
  }
  throw new Error(`no number in ${text}`);
}

describe('compileQuantities', () => {
  it('folds cues into words', () => {
    const pay = quantities.find((quantity) => quantity.id === 'soldier-pay');
    expect(pay?.cues).toContainEqual(['a', 'month']);
    expect(pay?.isDollar).toBe(true);
  });

  it('spans the corpus figures of each quantity, open-ended ones by their lower bound', () => {
    expect(quantities.find((quantity) => quantity.id === 'troops-sent')?.range).toEqual([10000, 12000]);
    expect(quantities.find((quantity) => quantity.id === 'shells-supplied')?.range).toEqual([3e6, 5e6]);
    expect(quantities.find((quantity) => quantity.id === 'casualties')?.range).toBeNull();
  });
});

describe('linkQuantity', () => {
  it.each([
    ['11,000 troops', 'troops-sent'],
    ['11,000 North Korean troops', 'troops-sent'],
    ['troops: about 11,000', null],
    ['troops numbering 11,000', 'troops-sent'],
    ['11,000, troops', null],
    ['11,000 of them were later sent as troops', null],
    ['3 million artillery shells', 'shells-supplied'],
    ['11 тысяч солдатов', 'troops-sent'],
    ['1만 명이', 'troops-sent'],
    ['$2,000 a month', 'soldier-pay'],
    ['$2,000 in total', 'soldier-pay'],
    ['$20 billion', 'arms-value'],
    ['$2,000 worth', 'arms-value'],
    ['2,000 a month', null],
  ])('links %j to %s', (text, expected) => {
    expect(link(text)?.id ?? null).toBe(expected);
  });

  it('prefers the quantity whose corpus range is closest when cues tie', () => {
    const pack: TopicPack = structuredClone(miniPack);
    pack.quantities.push({ id: 'prisoners', label: 'Prisoners', unit: 'people', cues: ['soldiers'] });
    pack.claims[0]!.figures.push({ quantity: 'prisoners', text: 'two', min: 2, max: 2, approx: false });
    const pool = compileQuantities(pack);
    expect(link('2 soldiers', pool)?.id).toBe('prisoners');
    expect(link('11,000 soldiers', pool)?.id).toBe('troops-sent');
  });

  it('ends the figure text after a cue that follows the number', () => {
    expect(link('11,000 North Korean troops arrived')?.end).toBe('11,000 North Korean troops'.length);
  });
});

describe('nearestCues', () => {
  /** The nearest cue of each quantity of `pool` around the first number of `text`, by quantity id. */
  function cuesOf(text: string, pool = quantities): Partial<Record<string, NearCue | null>> {
    const tokens = tokenize(text, 0, text.length);
    const first = tokens.findIndex((_token, k) => parseNumberAt(text, tokens, k) !== null);
    const cues = nearestCues(tokens, parseNumberAt(text, tokens, first)!, pool);
    return Object.fromEntries(pool.map((quantity, i) => [quantity.id, cues[i]]));
  }

  /** The mini pack's quantities with `cues` first among the troops' cues. */
  function withTroopCues(...cues: string[]): ReturnType<typeof compileQuantities> {
    const pack: TopicPack = structuredClone(miniPack);
    pack.quantities.find((quantity) => quantity.id === 'troops-sent')!.cues.unshift(...cues);
    return compileQuantities(pack);
  }

  it('counts the words between the number and its cue', () => {
    expect(cuesOf('11,000 North Korean troops')['troops-sent']?.distance).toBe(2);
  });

  it('stops at the Hangul cue, before its particle', () => {
    expect(cuesOf('1만 명이')['troops-sent']?.end).toBe(4);
  });

  it('finds each quantity its own cue, or none beyond the words it may look at', () => {
    const text = 'shells: 11,000 North Korean troops and more artillery shells';
    const cues = cuesOf(text);
    expect(cues['troops-sent']).toEqual({ distance: 2, end: 'shells: 11,000 North Korean troops'.length });
    expect(cues['shells-supplied']).toBeNull();
    expect(cues['casualties']).toBeNull();
  });

  it("takes the quantity's first listed cue where two start at the same word", () => {
    const text = '11,000 troopers arrived';
    expect(cuesOf(text, withTroopCues('troop arrived', 'troopers'))['troops-sent']?.end).toBe(text.length);
    expect(cuesOf(text, withTroopCues('troopers', 'troop arrived'))['troops-sent']?.end).toBe(15);
  });

  it('prefers a cue after the number to one before it', () => {
    expect(cuesOf('troops numbering 11,000 soldiers')['troops-sent']).toEqual({ distance: 0, end: 32 });
    expect(cuesOf('troops numbering 11,000.')['troops-sent']).toEqual({ distance: 1.5, end: 23 });
  });
});
