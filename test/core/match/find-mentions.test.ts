import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, findMentionsIn, type Mention } from '@/core/match/find-mentions';
import { aliasKey } from '@/core/match/matcher';
import { miniPack } from '../fixtures/mini-pack';

const matcher = compileMatcher(miniPack);

/** The mentions of `text` as `entityId:matched text` pairs. */
function found(text: string): string[] {
  return findMentions(matcher, text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
}

describe('findMentions', () => {
  it.each([
    ['en', 'North Korean troops were seen in Kursk.', ['north-korean-troops:North Korean troops', 'kursk:Kursk']],
    ['ko', '북한군이 쿠르스크에 배치됐다.', ['north-korean-troops:북한군', 'kursk:쿠르스크']],
    ['uk', 'Північна Корея відправила війська до Росії.', ['north-korea:Північна Корея', 'russia:Росії']],
    ['ru', 'КНДР направила войска в Курскую область.', ['north-korea:КНДР', 'kursk:Курскую']],
    [
      'de',
      'Nordkoreanische Soldaten kämpfen für Russland.',
      ['north-korean-troops:Nordkoreanische Soldaten', 'russia:Russland'],
    ],
    ['fr', 'Des soldats nord-coréens sont en Russie.', ['north-korean-troops:soldats nord-coréens', 'russia:Russie']],
  ])('finds entities in %s', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a non-breaking hyphen', 'Kim Jong\u2011Un spoke.'],
    ['capitals', 'KIM JONG UN spoke.'],
    ['two spaces and a hyphen', 'Kim  Jong-Un spoke.'],
    ['non-breaking spaces', 'Kim\u00a0Jong\u00a0Un spoke.'],
    ['a soft hyphen inside a word', 'Kim Jong Un spo\u00adke.'],
  ])('reads an alias through %s', (_case, text) => {
    expect(found(text)).toEqual([`kim-jong-un:${text.slice(0, text.indexOf(' spo'))}`]);
  });

  it('reads curly and straight apostrophes alike', () => {
    expect(found("North Korea’s Korean People's Army")).toEqual([
      'north-korea:North Korea',
      "kpa:Korean People's Army",
    ]);
  });

  it.each(['Korean', 'Koreanische', 'NorthKorea', 'Kursky', 'Putins', 'aKN-23', 'KN-234'])(
    'finds nothing inside the word %j',
    (word) => {
      expect(found(`The ${word} page.`)).toEqual([]);
    },
  );

  it('finds Latin aliases next to Hangul particles', () => {
    expect(found('KPA는 DPRK의 군대다')).toEqual(['kpa:KPA', 'north-korea:DPRK']);
  });

  it('never matches across a block break', () => {
    expect(found('North\nKorea')).toEqual([]);
    expect(found('Kim Jong\nUn')).toEqual([]);
  });

  it.each([
    ['북한군은', 'north-korean-troops:북한군'],
    ['김정은의', 'kim-jong-un:김정은'],
    ['러시아와', 'russia:러시아'],
    ['남북한', 'north-korea:북한'],
    ['북, 러시아에', 'north-korea:북'],
    ['북은', 'north-korea:북'],
  ])('finds Korean aliases with particles or compounds in %j', (text, expected) => {
    expect(found(text)[0]).toBe(expected);
  });

  it.each(['북쪽으로', '남북 대화', '북부'])('does not read a one-syllable alias inside the word %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['KPA', ['kpa:KPA']],
    ['kpa', []],
    ['Kpa', []],
    ['DPRK', ['north-korea:DPRK']],
    ['dprk', []],
    ['КНДР', ['north-korea:КНДР']],
    ['кндр', []],
    ['ＫＰＡ', ['kpa:ＫＰＡ']],
  ])('matches the case-sensitive acronym only in its case: %j', (text, expected) => {
    expect(found(`The ${text} said.`)).toEqual(expected);
  });

  it.each([
    ['North Korean troops', 'north-korean-troops:North Korean troops'],
    ['북한군', 'north-korean-troops:북한군'],
    ['Nordkoreanische Soldaten', 'north-korean-troops:Nordkoreanische Soldaten'],
  ])('prefers the longest of overlapping aliases in %j', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['північнокорейських військових', 'north-korean-troops:північнокорейських'],
    ['Nordkoreas Armee', 'north-korea:Nordkoreas'],
    ['Курской области', 'kursk:Курской'],
    ['Путіна', 'putin:Путіна'],
  ])('extends a prefix alias to the end of its word in %j', (text, expected) => {
    expect(found(text)[0]).toBe(expected);
  });

  it('maps every mention back to an original slice that folds to its alias', () => {
    const text =
      'On  Monday, KIM\u00a0JONG‑UN (김정은은) met Путін; Nordkorea’s KPA and 북한군 went to Росії.\nKN‑23 hit Kyiv.';
    for (const mention of findMentions(matcher, text)) {
      const slice = aliasKey(text.slice(mention.start, mention.end));
      expect(slice.startsWith(aliasKey(mention.alias))).toBe(true);
    }
  });

  it('gives each mention the sentence around it, within its block', () => {
    const text = 'Seoul said so. Pyongyang denied it, citing the U.S. and Dr. Kim. Kursk was calm.\nRussia';
    const sentences = findMentions(matcher, text).map((m: Mention) => text.slice(m.sentence.start, m.sentence.end));
    expect(sentences).toEqual(['Pyongyang denied it, citing the U.S. and Dr. Kim.', 'Kursk was calm.', 'Russia']);
  });

  it('reads a PageText like its text', () => {
    const text = 'Title: North Korea\nBody about Russia.';
    expect(findMentions(matcher, { text, blocks: [] })).toEqual(findMentions(matcher, text));
  });

  it('returns mentions sorted by start, none overlapping', () => {
    const mentions = findMentions(matcher, 'North Korea North Korean troops 북한군 북한 Russia Russian Ukraine');
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });
});

describe('findMentionsIn', () => {
  const text = 'North Korean troops\nreached Kursk.\n\nKim Jong Un met Putin.\n북한군은 러시아에';
  const whole = findMentions(matcher, text);

  it('finds the same mentions over any split into two consecutive chunks', () => {
    for (let cut = 0; cut <= text.length; cut++) {
      const parts = [...findMentionsIn(matcher, text, 0, cut), ...findMentionsIn(matcher, text, cut, text.length)];
      expect(parts).toEqual(whole);
    }
  });

  it('scans exactly the lines of a chunk cut at block edges', () => {
    const from = text.indexOf('Kim');
    const to = text.indexOf('\n북한군');
    expect(findMentionsIn(matcher, text, from, to).map((m) => m.entityId)).toEqual(['kim-jong-un', 'putin']);
  });

  it('returns nothing for an empty range', () => {
    expect(findMentionsIn(matcher, text, 5, 5)).toEqual([]);
  });
});

describe('compileMatcher', () => {
  it('skips aliases that fold to nothing', () => {
    const pack = structuredClone(miniPack);
    pack.entities[0]!.aliases.push({ text: '\u00ad', lang: 'en' });
    expect(compileMatcher(pack).aliases).toHaveLength(matcher.aliases.length);
  });
});
