import { describe, expect, it } from 'vitest';
import { clusterEnd, DROP, foldCluster, foldCode, isCombining, normalize } from '@/core/match/normalize';

describe('normalize', () => {
  it.each([
    ['Kim Jong\u2011un', 'kim jong-un'],
    ['KIM JONG UN', 'kim jong un'],
    ['Kim  Jong-Un', 'kim jong-un'],
    ['Kim\u00a0Jong\u202fUn', 'kim jong un'],
    ['Kim \t\u2009 Jong', 'kim jong'],
    ['Korea’s', "korea's"],
    ['Korea‘s ʼ ′ `', "korea's ' ' '"],
    ['“quoted” „so“', '"quoted" "so"'],
    ['a‐b‒c–d—e―f−g', 'a-b-c-d-e-f-g'],
    ['Nord\u00adkorea', 'nordkorea'],
    ['zero\u200bwidth', 'zerowidth'],
    ['ＫＰＡ', 'kpa'],
    ['ﬁre', 'fire'],
    ['Е\u0301', 'е\u0301'],
    ['e\u0301', 'é'],
    ['Ёжик', 'ежик'],
    ['СЕВЕРНАЯ КОРЕЯ', 'северная корея'],
    ['북한군은', '북한군은'],
    ['Ελλάδα', 'ελλάδα'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps "\\n" and never folds it into a space', () => {
    expect(normalize('a \n b\n\nc').text).toBe('a \n b\n\nc');
  });

  it('keeps letter case when asked', () => {
    expect(normalize('KPA‑Kpa', false).text).toBe('KPA-Kpa');
  });

  it('maps every folded unit to the original unit it came from', () => {
    const text = 'Kim\u00a0\u00a0Jong\u2011Un ﬁ e\u0301 북한';
    const { text: folded, map } = normalize(text);
    expect(map).toHaveLength(folded.length + 1);
    expect(map[folded.length]).toBe(text.length);
    for (let i = 0; i < folded.length; i++) {
      expect(foldCluster(text.slice(map[i], clusterEnd(text, map[i]!, text.length)), true)).toContain(folded[i]);
    }
  });

  it('maps a range of folded units back to the original slice it came from', () => {
    const text = 'North Korea’s  KIM\u00a0JONG\u2011UN';
    const { text: folded, map } = normalize(text);
    const start = folded.indexOf('kim');
    expect(text.slice(map[start], map[folded.length])).toBe('KIM\u00a0JONG\u2011UN');
  });

  it('maps offsets monotonically', () => {
    const { map } = normalize('A — “b” \u00ad c  d e\u0301 ﬁ\n북한');
    for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
  });

  it('handles texts longer than one String.fromCharCode call', () => {
    const text = 'Ab '.repeat(10_000);
    expect(normalize(text).text).toBe(text.toLowerCase());
  });
});

describe('foldCode', () => {
  it.each([
    ['A', 'a'],
    ['\u00a0', ' '],
    ['\u2014', '-'],
    ['’', "'"],
    ['Ж', 'ж'],
    ['한', '한'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldCode(input.charCodeAt(0))).toBe(expected.charCodeAt(0));
  });

  it('drops invisible characters', () => {
    expect(foldCode(0x00ad)).toBe(DROP);
  });

  it('defers multi-unit folds and surrogates to foldCluster', () => {
    expect(foldCode('ﬁ'.charCodeAt(0))).toBeLessThan(0);
    expect(foldCode(0xd835)).toBeLessThan(0);
  });
});

describe('isCombining', () => {
  it.each([
    ['U+0301', 0x0301, true],
    ['U+0306', 0x0306, true],
    ['U+1161', 0x1161, true],
    ['U+0041', 0x0041, false],
    ['U+AC00', 0xac00, false],
  ])('classifies %s', (_name, code, expected) => {
    expect(isCombining(code)).toBe(expected);
  });
});
