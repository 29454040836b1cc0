import { describe, expect, it } from 'vitest';
import type { TopicPack } from '@/core/pack/types';
import { buildSearchIndex, searchCorpus } from '@/core/search/search-corpus';
import packJson from '@/data/topic-pack.json';

const index = buildSearchIndex(packJson as TopicPack);

describe('searchCorpus on data/topic-pack.json', () => {
  it.each([
    ['troops Kursk', 'kursk'],
    ['shells', 'artillery-shells'],
    ['artillery shells', 'artillery-shells'],
    ['Zelenskyy', 'volodymyr-zelenskyy'],
    ['North Korean troops', 'nk-troops'],
    ['I Want to Live', 'i-want-to-live'],
    ['김정은', 'kim-jong-un'],
    ['북한군', 'nk-troops'],
    ['Ким Чен Ын', 'kim-jong-un'],
    ['КНДР', 'north-korea'],
    ['Зеленський', 'volodymyr-zelenskyy'],
    ['Північна Корея', 'north-korea'],
    ['Kim Jong Um', 'kim-jong-un'],
  ])('heads the results for %j with the entity %s', (query, entityId) => {
    expect(searchCorpus(index, query).groups[0]?.group).toMatchObject({ kind: 'entity', id: entityId });
  });

  it.each(['shells', 'Zelenskyy', '김정은', 'КНДР', 'Kim Jong Um', 'I Want to Live'])(
    'lists claims concerning the entity it heads for %j',
    (query) => {
      const [first] = searchCorpus(index, query).groups;
      expect(first?.items.length).toBeGreaterThan(0);
      for (const item of first?.items ?? []) expect(item.claim.entities).toContain(first?.group.id);
    },
  );

  it('lists claims about troops for "troops Kursk", though none names Kursk', () => {
    const results = searchCorpus(index, 'troops Kursk');
    expect(results.allTerms).toBe(false);
    expect(results.groups.some((group) => group.items.some((item) => /troops/i.test(item.claim.statement)))).toBe(true);
  });
});
