/**
 * Text folding shared by the search index and the query, so both sides compare the same way.
 *
 * Folding keeps every string's length in UTF-16 code units: match offsets found in the folded text
 * then mark the very same characters of the original, with no offset map. A character whose folded
 * form would change length (NFKC of "ﬁ", lower case of "İ", NFD of a Hangul syllable) is kept as is;
 * the query goes through the same function, so both sides still agree.
 */

/** Dashes and minus signs that people and outlets use interchangeably with "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Typographic apostrophes and quotes, folded to ASCII so "Korea’s" matches "Korea's". */
const SINGLE_QUOTES = /[\u2018\u2019\u201B\u02BC\uFF07]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201F\u00AB\u00BB\uFF02]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[\u0080-\uFFFF]/;
/** Terms of a query: letters and digits, keeping inner hyphens and apostrophes ("kn-23", "jong-un"). */
const TERM = /[\p{L}\p{N}_]+(?:['-][\p{L}\p{N}_]+)*/gu;
/** Scripts where two characters already make a word (북한, 朝鮮). */
const DENSE_SCRIPT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{N}]/u;
/**
 * Shortest alphabetic term searched, in characters. Shorter ones ("to", "un", "в") appear inside
 * most words, so with fuzzy matching they would keep almost every record in an AND query.
 */
const MIN_TERM_LENGTH = 3;
/** Shortest term in a dense script (see `DENSE_SCRIPT`), in characters. */
const MIN_DENSE_TERM_LENGTH = 2;

const foldedChars = new Map<string, string>();

/** Folds one character (a code point) without changing its length. */
function foldChar(char: string): string {
  const cached = foldedChars.get(char);
  if (cached !== undefined) return cached;
  const compatible = char.normalize('NFKC');
  let folded = compatible.length === char.length ? compatible : char;
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) folded = lower;
  const bare = folded.normalize('NFD').replace(COMBINING_MARKS, '');
  if (bare.length === folded.length) folded = bare;
  foldedChars.set(char, folded);
  return folded;
}

/** Folds text for matching (NFKC, lower case, no accents, ASCII dashes and quotes); keeps its length. */
export function normalizeText(text: string): string {
  const punctuated = text.replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
  if (!NON_ASCII.test(punctuated)) return punctuated.toLowerCase();
  let out = '';
  for (const char of punctuated) out += foldChar(char);
  return out;
}

/** Whether a folded term is long enough to search for (see `MIN_TERM_LENGTH`). */
export function isSearchableTerm(term: string): boolean {
  if (term.length >= MIN_TERM_LENGTH) return true;
  return term.length >= MIN_DENSE_TERM_LENGTH && DENSE_SCRIPT.test(term);
}

/** The searchable terms of already folded text, in order. */
export function tokenizeTerms(folded: string): string[] {
  return (folded.match(TERM) ?? []).filter(isSearchableTerm);
}

/** Folds a query and keeps only its searchable terms, joined by single spaces ("" when none). */
export function normalizeQuery(query: string): string {
  return tokenizeTerms(normalizeText(query)).join(' ');
}
