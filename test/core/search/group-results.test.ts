import type { FuseResult } from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { groupResults, OTHER_GROUP_LABEL, toFieldMatches } from '@/core/search/group-results';
import { buildSearchIndex } from '@/core/search/search-corpus';
import type { SearchDoc } from '@/core/search/search-docs';
import { FIXTURE_PACK } from '../../components/popup/fixtures/pack';

const index = buildSearchIndex(FIXTURE_PACK);

/** A fuse result for the record with this id, matched in `key` at [0, 3]. */
function hit(id: string, key = 'statement', refIndex = 0): FuseResult<SearchDoc> {
  const position = index.docs.findIndex((doc) => doc.id === id);
  const item = index.docs[position];
  if (!item) throw new Error(`no record ${id}`);
  return { item, refIndex: position, matches: [{ key, refIndex, indices: [[0, 3]] }] };
}

/** Group ids and claim ids, compactly. */
function outline(results: ReadonlyArray<FuseResult<SearchDoc>>, terms: string[] = [], limit = 20): string[][] {
  return groupResults(results, index, terms, limit).map((group) => [
    group.group.id,
    ...group.items.map((item) => item.claim.id),
  ]);
}

describe('groupResults', () => {
  it('puts a claim under the best-ranked matched entity it concerns', () => {
    expect(
      outline([hit('kursk', 'title'), hit('north-korean-troops', 'title'), hit('nis-casualties-3000')])[0],
    ).toEqual(['kursk', 'nis-casualties-3000', 'zelenskyy-11000-kursk']);
  });

  it('opens a quantity group for a claim whose figure matched', () => {
    expect(outline([hit('austin-confirms-troops', 'figures')])).toEqual([
      ['nk-troops-in-russia', 'austin-confirms-troops'],
    ]);
  });

  it('opens an entity group for a claim with an entity named by a query term', () => {
    expect(outline([hit('doran-risk-free', 'quote')], ['soldiers'])).toEqual([
      ['north-korean-troops', 'doran-risk-free'],
    ]);
  });

  it('puts other claims under "Other claims"', () => {
    const [group] = groupResults([hit('doran-risk-free', 'who')], index, ['doran'], 20);
    expect(group?.group).toEqual({ kind: 'other', id: 'other', label: OTHER_GROUP_LABEL });
  });

  it('lists the claims of a matched entity when no claim text matched', () => {
    expect(outline([hit('kim-jong-un', 'names', 2)])).toEqual([['kim-jong-un', 'kim-sends-shells']]);
  });

  it('keeps a matched entity no claim concerns, empty', () => {
    expect(outline([hit('kyiv', 'title')])).toEqual([['kyiv']]);
  });

  it('orders groups by their best result', () => {
    const groups = outline([hit('doran-risk-free', 'who'), hit('kim-jong-un', 'title')], ['doran']);
    expect(groups.map(([id]) => id)).toEqual(['other', 'kim-jong-un']);
  });

  it('stops at the limit, sharing it between matched groups', () => {
    const groups = outline([hit('north-korea', 'title'), hit('north-korean-troops', 'title')], [], 4);
    expect(groups.map((group) => group.length - 1)).toEqual([2, 2]);
  });
});

describe('toFieldMatches', () => {
  it('returns the original text of the matched array item', () => {
    const [match] = toFieldMatches(hit('kim-jong-un', 'names', 1));
    expect(match).toEqual({ key: 'names', text: '김정은', indices: [[0, 3]] });
  });
});
