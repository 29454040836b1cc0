import { describe, expect, it } from 'vitest';
import { compileQuantities, linkQuantity, nearestCue } from '@/core/figures/cues';
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

describe('nearestCue', () => {
  it('counts the words between the number and its cue', () => {
    const text = '11,000 North Korean troops';
    const tokens = tokenize(text, 0, text.length);
    const troops = quantities.find((quantity) => quantity.id === 'troops-sent')!;
    expect(nearestCue(tokens, parseNumberAt(text, tokens, 0)!, troops)?.distance).toBe(2);
  });

  it('stops at the Hangul cue, before its particle', () => {
    const text = '1만 명이';
    const tokens = tokenize(text, 0, text.length);
    const troops = quantities.find((quantity) => quantity.id === 'troops-sent')!;
    expect(nearestCue(tokens, parseNumberAt(text, tokens, 0)!, troops)?.end).toBe(4);
  });
});
