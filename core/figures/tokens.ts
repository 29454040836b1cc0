/**
 * Tokens of a sentence for reading figures: digit runs, Korean number units, words, single symbols.
 *
 * Each token carries its folded form (`lower`, as `normalize` folds it). Almost every token is made
 * of units that fold to one unit each on their own, so `foldWord` reads them from the fold table and
 * calls `normalize` (which also builds an offset map) only for the rest: combining marks,
 * surrogates, units that fold to nothing or to several units. `tokenizeInto` can stop after a given
 * number of characters and resume where it stopped with the same tokens, so long texts can be
 * tokenized in steps.
 */
import { foldCode, isCombining, normalize, SPACE } from '../match/normalize';

/** One token, in original offsets, with its folded lower-case form. */
export interface Token {
  text: string;
  /** Folded as for matching (`normalize`): lower case, NFKC, "ё" → "е". */
  lower: string;
  start: number;
  end: number;
}

/**
 * Digit runs; Korean "several" (수) and number units (십 백 천 만 억 조) on their own, so "1만1000명"
 * reads 1 · 만 · 1000 · 명; then runs of letters; then any other single non-space character.
 */
const TOKEN = /\d+|수(?=[십백천만억])|[십백천만억조]|[\p{L}\p{M}]+|\S/gu;

/** `normalize(word).text`, from the fold table when every unit folds to one unit on its own. */
export function foldWord(word: string): string {
  let isSame = true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const folded = foldCode(code);
    // Below 0: folds to nothing or needs `foldCluster`. A space may merge with its neighbour, and a
    // combining mark may compose with the unit before it: `normalize` handles all of these.
    if (folded < 0 || folded === SPACE || isCombining(code)) return normalize(word).text;
    if (folded !== code) isSame = false;
  }
  if (isSame) return word;
  let lower = '';
  for (let i = 0; i < word.length; i++) lower += String.fromCharCode(foldCode(word.charCodeAt(i)));
  return lower;
}

/**
 * Appends the tokens starting in `text[from, to)` to `tokens`, and stops after the first token that
 * ends at or past `from + limit`. Returns where to resume (at or past `to` when done): resuming
 * there yields exactly the tokens one call without a limit would have.
 */
export function tokenizeInto(tokens: Token[], text: string, from: number, to: number, limit = Infinity): number {
  const stop = from + limit;
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    const [word] = match;
    const end = match.index + word.length;
    tokens.push({ text: word, lower: foldWord(word), start: match.index, end });
    if (end >= stop) return end;
  }
  return to;
}

/** The tokens of `text[from, to)`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, from, to);
  return tokens;
}

/** Whether a token is a run of ASCII digits. */
export function isDigits(token: Token | undefined): token is Token {
  return token !== undefined && token.text.charCodeAt(0) >= 0x30 && token.text.charCodeAt(0) <= 0x39;
}

/** Whether `b` starts exactly where `a` ends. */
export function isAdjacent(a: Token, b: Token | undefined): b is Token {
  return b !== undefined && a.end === b.start;
}

/** Spaces that may separate digit groups or a number from its word ("10 000", "3 million"). */
export const SPACE_LIKE = ' \u00a0\u202f\u2009';

const SPACE_LIKE_SET = new Set(SPACE_LIKE);

/** Whether `b` follows `a` after exactly one space-like character. */
export function isSpaced(text: string, a: Token, b: Token | undefined): b is Token {
  return b !== undefined && b.start === a.end + 1 && SPACE_LIKE_SET.has(text.charAt(a.end));
}
