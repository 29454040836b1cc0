/** Terms of a text for ranking: folded words, cut to a stem so "soldier" meets "soldiers". */
import { normalize } from '../match/normalize';

/** Characters a term keeps: enough to tell words apart, few enough that inflections meet ("soldie-rs", "troop-s"). */
const STEM_CHARS = 6;
/** Shortest term kept, in characters; shorter words ("of", "в", "la") say little. */
const MIN_TERM_CHARS = 3;
/** Shortest Hangul term kept: two syllables already make a word (북한, 파병). */
const MIN_HANGUL_TERM_CHARS = 2;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const HANGUL = /^[\uac00-\ud7a3]/;

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of normalize(text).text.split(SEPARATORS)) {
    const min = HANGUL.test(word) ? MIN_HANGUL_TERM_CHARS : MIN_TERM_CHARS;
    if (word.length >= min) terms.add(word.slice(0, STEM_CHARS));
  }
  return [...terms];
}
