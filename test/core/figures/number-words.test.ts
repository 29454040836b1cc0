import { describe, expect, it } from 'vitest';
import { lookUpWord, MULTIPLIERS, PLURAL_STEMS } from '@/core/figures/number-words';

describe('lookUpWord', () => {
  it.each([
    ['million', 1e6],
    ['millionen', 1e6],
    ['тысяч', 1e3],
    ['тысячи', 1e3],
    ['мільйонів', 1e6],
    ['milliards', 1e9],
    ['mio', 1e6],
    ['millionaire', 0],
    ['mile', 0],
  ])('reads the multiplier %j as %d', (word, value) => {
    expect(lookUpWord(MULTIPLIERS, word)).toBe(value);
  });

  it('allows inflection only up to a few letters', () => {
    expect(lookUpWord(PLURAL_STEMS, 'десятков')).toBe(10);
    expect(lookUpWord(PLURAL_STEMS, 'сотнями')).toBe(100);
    expect(lookUpWord(PLURAL_STEMS, 'тысячелетиями')).toBe(0);
  });
});
