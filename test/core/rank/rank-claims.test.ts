import { describe, expect, it } from 'vitest';
import { findFigures } from '@/core/figures/find-figures';
import { compileMatcher, findMentions, type Mention } from '@/core/match/find-mentions';
import { buildClaimIndex } from '@/core/rank/claim-index';
import { rankClaimsByCounts, rankClaimsForMention } from '@/core/rank/rank-claims';
import { miniPack } from '../fixtures/mini-pack';

const matcher = compileMatcher(miniPack);
const index = buildClaimIndex(miniPack);

/** Claim ids ranked for the first mention of `entityId` in `text`. */
function forMention(text: string, entityId: string, limit = 3): string[] {
  const mention = findMentions(matcher, text).find((m) => m.entityId === entityId)!;
  return rankClaimsForMention(index, mention, text, limit).map((ranked) => ranked.claim.id);
}

/** Mentions by entity, as the page's parts count them. */
function countsOf(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entityId } of mentions) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return counts;
}

/** Claim ids ranked for a whole text. */
function forPage(text: string, limit = 3): string[] {
  const mentions = findMentions(matcher, text);
  return rankClaimsByCounts(index, countsOf(mentions), findFigures(miniPack, text, mentions), limit).map(
    (ranked) => ranked.claim.id,
  );
}

describe('rankClaimsForMention', () => {
  it.each([
    ['North Korean troops have engaged Ukrainian forces in Kursk.', 'north-korean-troops', 'troops-kursk-combat'],
    ['Russia fired KN-23 missiles at Ukrainian cities.', 'kn-23', 'kn23-strikes'],
    ['Putin and Kim Jong Un signed a defence treaty in Pyongyang.', 'putin', 'putin-kim-treaty'],
    ['North Korea shipped millions of artillery shells to Russia.', 'north-korea', 'shells-3m'],
  ])('puts the closest claim first for %j', (text, entityId, expected) => {
    expect(forMention(text, entityId)[0]).toBe(expected);
  });

  it('ranks claims about the entity above unrelated ones', () => {
    const ranked = forMention('Kim Jong Un spoke.', 'kim-jong-un', 10);
    expect(ranked).toEqual(['putin-kim-treaty']);
  });

  it('ranks a claim sharing no entity when the sentence covers enough of it', () => {
    const text = 'Putin said each North Korean soldier is reportedly paid about $2,000 a month.';
    expect(forMention(text, 'putin', 10)).toContain('pay-2000');
  });

  it('breaks ties by claim id', () => {
    const ranked = forMention('Russia.', 'russia', 10);
    expect(ranked).toEqual([...ranked].sort());
  });

  it('respects the limit', () => {
    expect(forMention('North Korean troops in Russia.', 'north-korean-troops', 2)).toHaveLength(2);
    expect(forMention('North Korean troops in Russia.', 'north-korean-troops', 0)).toEqual([]);
  });

  it('gives nothing for an entity the pack does not know and a sentence with no shared terms', () => {
    const stray: Mention = { entityId: 'nope', alias: 'x', start: 0, end: 1, sentence: { start: 0, end: 5 } };
    expect(rankClaimsForMention(index, stray, 'xyzzy', 5)).toEqual([]);
  });

  it('scores fall as the sentence shares fewer terms with the claim', () => {
    const claimText = 'North Korean troops have engaged Ukrainian forces in Kursk';
    const words = claimText.split(' ');
    const scores = [words.length, 6, 3].map((kept) => {
      const text = words.slice(0, kept).join(' ');
      const mention = findMentions(matcher, text)[0]!;
      return (
        rankClaimsForMention(index, mention, text, 10).find((r) => r.claim.id === 'troops-kursk-combat')?.score ?? 0
      );
    });
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('rankClaimsByCounts', () => {
  it('puts claims with agreeing figures for the page quantities first', () => {
    expect(forPage('North Korean troops: about 10,000 soldiers went to Russia.')[0]).toBe('troops-10000');
  });

  it('ranks claims about signal entities above claims about context only', () => {
    const ranked = forPage('North Korean troops are in Kursk. Russia and Ukraine fight.', 10);
    expect(ranked.indexOf('troops-kursk-combat')).toBeLessThan(ranked.indexOf('shells-3m'));
  });

  it('is deterministic whatever the mention order', () => {
    const text = 'Kim Jong Un met Putin. North Korean troops reached Kursk with 3 million shells.';
    const mentions = findMentions(matcher, text);
    const figures = findFigures(miniPack, text, mentions);
    const forward = rankClaimsByCounts(index, countsOf(mentions), figures, 10);
    expect(rankClaimsByCounts(index, countsOf([...mentions].reverse()), [...figures].reverse(), 10)).toEqual(forward);
  });

  it('returns nothing for a page with no mentions or figures', () => {
    expect(rankClaimsByCounts(index, new Map(), [], 5)).toEqual([]);
  });
});
