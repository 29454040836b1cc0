import { describe, expect, it } from 'vitest';
import { buildSearchIndex, DEFAULT_RESULT_LIMIT, searchCorpus } from '@/core/search/search-corpus';
import { FIXTURE_PACK } from '../../components/popup/fixtures/pack';

const index = buildSearchIndex(FIXTURE_PACK);

/** Ids of every claim listed, in order. */
function claimIds(query: string): string[] {
  return searchCorpus(index, query).groups.flatMap((group) => group.items.map((item) => item.claim.id));
}

describe('buildSearchIndex', () => {
  it('holds one record per entity, quantity and claim', () => {
    const { entities, quantities, claims } = FIXTURE_PACK;
    expect(index.docs).toHaveLength(entities.length + quantities.length + claims.length);
  });
});

describe('searchCorpus', () => {
  it.each([
    ['troops Kursk', 'entity', 'north-korean-troops', 'zelenskyy-11000-kursk'],
    ['shells', 'quantity', 'nk-shells-to-russia', 'kim-sends-shells'],
    ['Zelenskyy', 'entity', 'volodymyr-zelenskyy', 'zelenskyy-11000-kursk'],
    ['김정은', 'entity', 'kim-jong-un', 'kim-sends-shells'],
    ['북한군', 'entity', 'north-korean-troops', 'nis-casualties-3000'],
    ['Ким Чен Ын', 'entity', 'kim-jong-un', 'kim-sends-shells'],
    ['КНДР', 'entity', 'north-korea', 'rbc-shells-millions'],
    ['Зеленський', 'entity', 'volodymyr-zelenskyy', 'zelenskyy-11000-kursk'],
    ['Північна Корея', 'entity', 'north-korea', 'austin-confirms-troops'],
    ['Kim Jong Um', 'entity', 'kim-jong-un', 'kim-sends-shells'],
    ['I Want to Live', 'entity', 'i-want-to-live', 'i-want-to-live-koreans'],
    ['artilery shells', 'quantity', 'nk-shells-to-russia', 'kim-sends-shells'],
  ])('finds %j: first group %s %s, listing %s', (query, kind, id, claimId) => {
    const [first] = searchCorpus(index, query).groups;
    expect(first?.group).toMatchObject({ kind, id });
    expect(first?.items.map((item) => item.claim.id)).toContain(claimId);
  });

  it('lists each claim at most once', () => {
    const ids = claimIds('North Korean troops');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns at most `limit` claims', () => {
    const { groups } = searchCorpus(index, 'North Korea', 3);
    expect(groups.flatMap((group) => group.items)).toHaveLength(3);
  });

  it('defaults to DEFAULT_RESULT_LIMIT claims', () => {
    expect(claimIds('North Korea').length).toBeLessThanOrEqual(DEFAULT_RESULT_LIMIT);
  });

  it('returns nothing for a query without a searchable term', () => {
    expect(searchCorpus(index, ' to ')).toEqual({ groups: [], allTerms: true });
  });

  it('returns nothing for a word the corpus lacks', () => {
    expect(searchCorpus(index, 'Reuters').groups).toEqual([]);
  });

  it('falls back to any term when no record has every term', () => {
    const results = searchCorpus(index, 'Kursk Reuters');
    expect(results.allTerms).toBe(false);
    expect(results.groups[0]?.group.id).toBe('kursk');
  });

  it('matches whatever the case, accents and dashes', () => {
    expect(claimIds('KN–23')).toEqual(claimIds('kn-23'));
    expect(claimIds('kn-23')).toContain('kn23-used-in-ukraine');
  });

  it('reports match offsets that mark the query words in the original text', () => {
    const item = searchCorpus(index, 'Kursk').groups[0]?.items[0];
    const statement = item?.matches.find((match) => match.key === 'statement');
    const marked = statement?.indices.map(([start, end]) => statement.text.slice(start, end + 1));
    expect(marked).toEqual(['Kursk']);
  });

  it('names the quantity of a matched figure', () => {
    const item = searchCorpus(index, '11,000').groups[0]?.items[0];
    expect(item?.matches.find((match) => match.key === 'figures')?.quantity).toBe('nk-troops-in-russia');
  });
});
