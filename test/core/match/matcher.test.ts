import { describe, expect, it } from 'vitest';
import { aliasKey, compileMatcher } from '@/core/match/matcher';
import type { TopicPack } from '@/core/pack/types';
import { miniPack } from '../fixtures/mini-pack';

/** A pack with one entity holding the given aliases. */
function packWith(aliases: TopicPack['entities'][number]['aliases']): TopicPack {
  return { ...miniPack, entities: [{ ...miniPack.entities[0]!, aliases }] };
}

describe('aliasKey', () => {
  it.each([
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong\u2011Un', 'kim jong un'],
    ['  KIM   JONG UN ', 'kim jong un'],
    ['Korean People’s Army', "korean people's army"],
    ['soldats nord-coréens', 'soldats nord coréens'],
    ['Kim -Jong', 'kim jong'],
  ])('folds %j to %j', (text, expected) => {
    expect(aliasKey(text)).toBe(expected);
  });

  it('keeps letter case when asked', () => {
    expect(aliasKey('KPA-x', false)).toBe('KPA x');
  });
});

describe('compileMatcher', () => {
  it.each([
    ['Kursk', 'word', 'word'],
    ['북한', 'free', 'free'],
    ['북', 'syllable', 'syllable'],
    ['KPA 북한', 'word', 'free'],
    ['"Quote"', 'free', 'free'],
  ])('gives %j the edge rules %s / %s', (text, left, right) => {
    const [alias] = compileMatcher(packWith([{ text, lang: 'en' }])).aliases;
    expect([alias?.left, alias?.right]).toEqual([left, right]);
  });

  it('keeps the prefix option only where the right edge is a word edge', () => {
    const { aliases } = compileMatcher(
      packWith([
        { text: 'Курск', lang: 'ru', prefix: true },
        { text: '북한', lang: 'ko', prefix: true },
      ]),
    );
    expect(aliases.map((alias) => alias.prefix)).toEqual([true, false]);
  });

  it('stores the case-kept form of case-sensitive aliases only', () => {
    const { aliases } = compileMatcher(
      packWith([
        { text: 'KPA', lang: 'en', caseSensitive: true },
        { text: 'Kursk', lang: 'en' },
      ]),
    );
    expect(aliases.map((alias) => alias.cased)).toEqual(['KPA', null]);
  });

  it('compiles one automaton pattern per alias', () => {
    const matcher = compileMatcher(miniPack);
    const aliasCount = miniPack.entities.reduce((sum, entity) => sum + entity.aliases.length, 0);
    expect(matcher.aliases).toHaveLength(aliasCount);
    expect(matcher.automaton.patternLength).toHaveLength(aliasCount);
  });
});
