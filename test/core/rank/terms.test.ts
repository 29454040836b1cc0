import { describe, expect, it } from 'vitest';
import { termsOf } from '@/core/rank/terms';

describe('termsOf', () => {
  it.each([
    ['North Korean soldiers', ['north', 'korean', 'soldie']],
    ['soldier soldiers SOLDIERS', ['soldie']],
    ['Korea’s troops, in Kursk', ['korea', 'troops', 'kursk']],
    ['북한군 파병 북', ['북한군', '파병']],
    ['військових військові', ['військ']],
    ['of a в la', []],
  ])('reads %j as %j', (text, expected) => {
    expect(termsOf(text)).toEqual(expected);
  });
});
