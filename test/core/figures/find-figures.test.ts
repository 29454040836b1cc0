import { describe, expect, it } from 'vitest';
import { findFigures, type PageFigure } from '@/core/figures/find-figures';
import { compileMatcher, findMentions } from '@/core/match/find-mentions';
import { miniPack } from '../fixtures/mini-pack';

const matcher = compileMatcher(miniPack);

/** Figures of a text, found around its mentions with the mini pack. */
function figuresOf(text: string): PageFigure[] {
  return findFigures(miniPack, text, findMentions(matcher, text));
}

/** The single figure of a text as [quantity, value, text]. */
function only(text: string): [string, number, string] | undefined {
  const [figure, extra] = figuresOf(text);
  expect(extra).toBeUndefined();
  return figure === undefined ? undefined : [figure.quantityId, figure.value, figure.text];
}

describe('findFigures', () => {
  it.each([
    ['North Korea has sent 11,000 troops to Russia.', ['troops-sent', 11000, '11,000 troops']],
    ['North Korea sent 10 000 soldiers.', ['troops-sent', 10000, '10 000 soldiers']],
    ['North Korea sent 10\u00a0000 soldiers.', ['troops-sent', 10000, '10\u00a0000 soldiers']],
    ['Around 11,000 North Korean troops are in Russia.', ['troops-sent', 11000, '11,000 North Korean troops']],
    ['North Korea shipped 3 million shells.', ['shells-supplied', 3e6, '3 million shells']],
    ['North Korea shipped three million artillery shells.', ['shells-supplied', 3e6, 'three million artillery shells']],
    ['North Korea shipped 1.5 million shells.', ['shells-supplied', 1.5e6, '1.5 million shells']],
    ['Russia paid North Korea $540 million for the arms.', ['arms-value', 540e6, '$540 million for the arms']],
    ['Russia paid North Korea US$1.5bn for arms.', ['arms-value', 1.5e9, 'US$1.5bn for arms']],
    ['North Korean troops are paid $2,000 a month.', ['soldier-pay', 2000, '$2,000 a month']],
    ['North Korea sent thousands of troops.', ['troops-sent', 1000, 'thousands of troops']],
    ['North Korea sent tens of thousands of troops.', ['troops-sent', 10000, 'tens of thousands of troops']],
  ])('reads English %j', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it.each([
    ['북한군 1만 1천 명이 파병됐다.', ['troops-sent', 11000, '1만 1천 명']],
    ['북한군 1만1000명이 파병됐다.', ['troops-sent', 11000, '1만1000명']],
    ['북한군 약 1만 명이 이동했다.', ['troops-sent', 10000, '1만 명']],
    ['북한은 포탄 300만 발을 보냈다.', ['shells-supplied', 3e6, '300만 발']],
    ['북한군 수천 명이 쿠르스크에 있다.', ['troops-sent', 1000, '수천 명']],
    ['КНДР направила 11 тысяч военных.', ['troops-sent', 11000, '11 тысяч военных']],
    ['КНДР направила около 11 тыс. военных.', ['troops-sent', 11000, '11 тыс. военных']],
    ['КНДР передала 3 млн снарядов.', ['shells-supplied', 3e6, '3 млн снарядов']],
    ['Північна Корея відправила 11 тисяч військових.', ['troops-sent', 11000, '11 тисяч військових']],
    ['Nordkorea schickte 12.000 Soldaten.', ['troops-sent', 12000, '12.000 Soldaten']],
    ['Nordkorea lieferte 1,5 Millionen Granaten.', ['shells-supplied', 1.5e6, '1,5 Millionen Granaten']],
    ['La Corée du Nord a envoyé 12 000 soldats.', ['troops-sent', 12000, '12 000 soldats']],
    ['La Corée du Nord a livré 3 millions d’obus.', ['shells-supplied', 3e6, '3 millions d’obus']],
  ])('reads %j', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it.each([
    ['a number without a unit', 'North Korea said 11,000 was too many.'],
    ['a "six-digit" number', 'North Korea sent a six-digit number of troops.'],
    ['a word number with no multiplier', 'One of the North Korean troops was captured.'],
    ['a year', 'In 2024 troops from North Korea arrived.'],
    ['a model name', 'North Korea sent KN-23 missiles, not troops.'],
    ['a share', 'North Korea lost 10 percent of its troops.'],
    ['an ordinal', 'North Korea sent its 11th brigade of troops.'],
    ['a dollar amount with no cue, far from any corpus range', 'North Korea earned $5 in total.'],
  ])('skips %s', (_case, text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('reads figures in the sentences next to a mention, not further', () => {
    const text =
      'About 11,000 soldiers went. North Korea denies it. Some 3 million shells followed. Then 9,000 soldiers more.';
    expect(figuresOf(text).map((figure) => figure.value)).toEqual([11000, 3e6]);
  });

  it('never reads across a block break', () => {
    expect(figuresOf('Heading about North Korea\n11,000 troops')).toEqual([]);
  });

  it('gives offsets whose slice is the figure text', () => {
    const text = 'Seoul says North Korea sent 11,000 troops and 3 million shells.';
    for (const figure of figuresOf(text)) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });

  it('marks open-ended plurals', () => {
    expect(figuresOf('North Korea sent thousands of troops.')[0]?.openEnded).toBe(true);
    expect(figuresOf('North Korea sent 11,000 troops.')[0]?.openEnded).toBeUndefined();
  });

  it('reads each figure once when mentions share a sentence', () => {
    expect(figuresOf('North Korea and Russia: 11,000 troops, says Kursk.')).toHaveLength(1);
  });
});
