/**
 * A lexicon `scale` times the real pack's: the real entities plus synthetic ones whose aliases are
 * random pseudo-words in the same script and of the same shape (word count, word length) as the
 * alias they stand in for. They share letters and prefixes with real prose, so the automaton grows
 * and is exercised, but they almost never occur on the page: scan time measures lexicon size alone.
 */
import type { Alias, Entity, Lang, TopicPack } from '@/core/pack/types';
import { seededRandom, type Random } from './random';

const LATIN_CONSONANTS = 'bcdfghjklmnprstvwz';
const LATIN_VOWELS = 'aeiou';
const CYRILLIC_CONSONANTS = 'бвгджзклмнпрстфхцчш';
const CYRILLIC_VOWELS = 'аеиоуя';
/** First and last precomposed Hangul syllables. */
const HANGUL_FIRST = 0xac00;
const HANGUL_COUNT = 11172;

function syllable(lang: Lang, random: Random): string {
  if (lang === 'ko') return String.fromCharCode(HANGUL_FIRST + random.int(HANGUL_COUNT));
  const cyrillic = lang === 'ru' || lang === 'uk';
  const consonants = cyrillic ? CYRILLIC_CONSONANTS : LATIN_CONSONANTS;
  const vowels = cyrillic ? CYRILLIC_VOWELS : LATIN_VOWELS;
  return random.pick([...consonants]) + random.pick([...vowels]);
}

/** A pseudo-word about as long as `word` (at least two syllables, so it is not a real short word). */
function pseudoWord(word: string, lang: Lang, random: Random): string {
  const perSyllable = lang === 'ko' ? 1 : 2;
  const count = Math.max(2, Math.round(word.length / perSyllable));
  let out = '';
  for (let i = 0; i < count; i += 1) out += syllable(lang, random);
  return word[0] === word[0]?.toUpperCase() && lang !== 'ko' ? out[0]!.toUpperCase() + out.slice(1) : out;
}

function syntheticAlias(alias: Alias, random: Random): Alias {
  const text = alias.text
    .split(' ')
    .map((word) => pseudoWord(word, alias.lang, random))
    .join(' ');
  return { text, lang: alias.lang };
}

/** The real pack plus `scale - 1` synthetic copies of every entity (role 'context', so verdicts stay the same). */
export function scaleLexicon(pack: TopicPack, scale: number, seed = 11): TopicPack {
  const random = seededRandom(seed);
  const synthetic: Entity[] = [];
  for (let copy = 1; copy < scale; copy += 1) {
    for (const entity of pack.entities) {
      synthetic.push({
        ...entity,
        id: `${entity.id}-synthetic-${copy}`,
        role: 'context',
        aliases: entity.aliases.map((alias) => syntheticAlias(alias, random)),
      });
    }
  }
  return { ...pack, entities: [...pack.entities, ...synthetic] };
}

/** Every alias text of every entity: the keyword list mark.js is given. */
export function allAliases(pack: TopicPack): string[] {
  return pack.entities.flatMap((entity) => entity.aliases.map((alias) => alias.text));
}
