/** Number words of the lexicon languages, lower case, as read by `parse-number.ts`. */

/** A word that stands for a number, matched as a word start (`prefix` plus at most `MAX_INFLECTION` letters). */
export type NumberWord = readonly [prefix: string, value: number];

/** Letters an inflected form may add to a listed word start ("тыс" + "яча", "million" + "en"). */
export const MAX_INFLECTION = 3;

/** Multipliers after a number: "3 million", "11 тысяч", "12 Mio.", "3 millions d'obus". */
export const MULTIPLIERS: readonly NumberWord[] = [
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['mn', 1e6],
  ['bn', 1e9],
  ['hundert', 1e2],
  ['tausend', 1e3],
  ['mio', 1e6],
  ['milliarde', 1e9],
  ['mrd', 1e9],
  ['mille', 1e3],
  ['milliard', 1e9],
  ['тыс', 1e3],
  ['млн', 1e6],
  ['миллион', 1e6],
  ['млрд', 1e9],
  ['миллиард', 1e9],
  ['тис', 1e3],
  ['мільйон', 1e6],
  ['мільярд', 1e9],
];

/** Multipliers often written with a full stop, which then belongs to the figure ("12 Mio. Granaten", "11 тыс. военных"). */
export const ABBREVIATED_MULTIPLIERS: ReadonlySet<string> = new Set([
  'mn',
  'bn',
  'mio',
  'mrd',
  'тыс',
  'млн',
  'млрд',
  'тис',
]);

/** Multipliers written straight after the digits: "$540m", "11k", "$1.5bn". */
export const SUFFIX_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
]);

/** English number words, read only before a multiplier ("three million"): alone ("one of the soldiers") they are rarely figures. */
export const WORD_NUMBERS: ReadonlyMap<string, number> = new Map(
  [
    ...['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    ...[
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
      'twenty',
    ],
  ].map((word, index) => [word, Math.max(1, index)]),
);

/** Open-ended plurals ("thousands of troops", "Tausende Soldaten", "des milliers"): the value is a lower bound. */
export const PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['hundreds', 1e2],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['zehntausende', 1e4],
  ['hunderttausende', 1e5],
  ['hunderte', 1e2],
  ['tausende', 1e3],
  ['dizaines', 10],
  ['centaines', 1e2],
  ['milliers', 1e3],
]);

/** Stems of Russian and Ukrainian open-ended plurals, which inflect ("тысячи", "десятков", "сотні"). */
export const PLURAL_STEMS: readonly NumberWord[] = [
  ['десятк', 10],
  ['сотн', 1e2],
  ['тысяч', 1e3],
  ['тисяч', 1e3],
];

/** Words that join two plurals: "tens of thousands", "dizaines de milliers". */
export const PLURAL_LINKS: ReadonlySet<string> = new Set(['of', 'de']);

/** Korean units below 10,000, applied to the digits before them ("1천" = 1,000). */
export const KOREAN_SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['십', 10],
  ['백', 100],
  ['천', 1000],
]);

/** Korean units of 10⁴ and up, closing a group ("1만 1천" = 11,000; "5억" = 500,000,000). */
export const KOREAN_BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['만', 1e4],
  ['억', 1e8],
  ['조', 1e12],
]);

/** Korean "several", before a unit: "수천 명" = thousands of people (open-ended). */
export const KOREAN_SEVERAL = '수';

/** Words after a number that make it US dollars ("540 million dollars", "5억 달러"). */
export const DOLLAR_WORDS: readonly NumberWord[] = [
  ['dollar', 1],
  ['usd', 1],
  ['доллар', 1],
  ['долар', 1],
  ['달러', 1],
];

/** Words before a bare four-digit number that make it a year ("in 2024", "seit 2017", "в 2022"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'im',
  'seit',
  'bis',
  'en',
  'depuis',
  'в',
  'с',
  'до',
  'у',
  'з',
  'від',
]);

/** Value of the first word in `words` that `word` (lower case) starts with, allowing inflection; 0 if none. */
export function lookUpWord(words: readonly NumberWord[], word: string): number {
  for (const [prefix, value] of words) {
    if (word.startsWith(prefix) && word.length - prefix.length <= MAX_INFLECTION) return value;
  }
  return 0;
}
