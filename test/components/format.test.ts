import { describe, expect, it } from 'vitest';
import {
  describeRelation,
  describeVerdict,
  formatAttribution,
  formatDate,
  formatFigureRange,
  formatMentions,
  formatNumber,
  isWebUrl,
  sourcesRange,
} from '../../components/format';

const TROOPS = [
  { min: 1000, max: null },
  { min: 10000, max: 10000 },
  { min: 12000, max: 12000 },
];

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [15, '15'],
    [1000, '1,000'],
    [10000, '10,000'],
    [12500, '12,500'],
    [3_000_000, '3 million'],
    [1_500_000, '1.5 million'],
    [1_234_567, '1,234,567'],
  ])('formats %d as "%s"', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});

describe('formatFigureRange', () => {
  it.each([
    [10000, 10000, '10,000'],
    [10000, 12000, '10,000–12,000'],
    [1000, null, '1,000 or more'],
    [2_000_000, 3_000_000, '2–3 million'],
    [500_000, 3_000_000, '500,000–3 million'],
  ])('formats %d to %s as "%s"', (min, max, expected) => {
    expect(formatFigureRange(min, max)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2024-10-23', '23 Oct 2024'],
    ['2024-01-05', '5 Jan 2024'],
    ['2024-12', 'Dec 2024'],
    ['2024', '2024'],
    ['2024-13-01', '2024-13-01'],
    ['yesterday', 'yesterday'],
  ])('formats "%s" as "%s"', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('sourcesRange', () => {
  it('spans the bounded figures, ignoring an open-ended one', () => {
    expect(sourcesRange(TROOPS)).toEqual({ min: 10000, max: 12000 });
  });

  it('falls back to every figure when the bounded span contradicts the relation', () => {
    expect(sourcesRange(TROOPS, 5000, 'within')).toEqual({ min: 1000, max: null });
  });

  it('uses open-ended figures when there is no bounded one', () => {
    expect(sourcesRange([{ min: 1000, max: null }])).toEqual({ min: 1000, max: null });
  });

  it('returns null for no figures', () => {
    expect(sourcesRange([])).toBeNull();
  });
});

describe('describeRelation', () => {
  it.each([
    [11000, 'within', TROOPS, 'This page says 11,000 — within the sources’ range (10,000–12,000)'],
    [8000, 'below', TROOPS, 'This page says 8,000 — below the sources’ range (10,000–12,000)'],
    [100000, 'above', TROOPS, 'This page says 100,000 — above the sources’ range (10,000–12,000)'],
    [5000, 'within', TROOPS, 'This page says 5,000 — within the sources’ range (1,000 or more)'],
    [10000, 'within', [{ min: 10000, max: 10000 }], 'This page says 10,000 — the same as the sources (10,000)'],
    [9000, 'below', [{ min: 10000, max: 10000 }], 'This page says 9,000 — below the sources’ figure (10,000)'],
    [9000, 'below', [], 'This page says 9,000'],
  ] as const)('describes %d (%s) as "%s"', (value, relation, figures, expected) => {
    expect(describeRelation({ value, relation }, figures)).toBe(expected);
  });
});

describe('formatAttribution', () => {
  it.each([
    [{ who: 'Lloyd Austin', role: 'US Secretary of Defense' }, 'Lloyd Austin, US Secretary of Defense'],
    [{ who: 'unverified reports', role: '' }, 'Unverified reports'],
    [{ who: 'Peter Doran', role: '  ' }, 'Peter Doran'],
  ])('formats %o as "%s"', (attribution, expected) => {
    expect(formatAttribution(attribution)).toBe(expected);
  });
});

describe('formatMentions', () => {
  it.each([
    [1, '1 mention'],
    [3, '3 mentions'],
    [1200, '1,200 mentions'],
  ])('formats %d as "%s"', (count, expected) => {
    expect(formatMentions(count)).toBe(expected);
  });
});

describe('describeVerdict', () => {
  it.each([
    ['about', 'This page is about North Korean troops in Russia’s war'],
    ['passing', 'This page mentions it in passing'],
    ['none', 'Nothing on this page'],
  ] as const)('describes "%s" as "%s"', (verdict, expected) => {
    expect(describeVerdict(verdict)).toBe(expected);
  });
});

describe('isWebUrl', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['https://exa mple.org', false],
  ])('says %s is %s', (url, expected) => {
    expect(isWebUrl(url)).toBe(expected);
  });
});
