/** Tokens of a sentence for reading figures: digit runs, Korean number units, words, single symbols. */
import { normalize } from '../match/normalize';

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

/** The tokens of `text[from, to)`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    const [word] = match;
    tokens.push({ text: word, lower: normalize(word).text, start: match.index, end: match.index + word.length });
  }
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
const SPACE_LIKE = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/** Whether `b` follows `a` after exactly one space-like character. */
export function isSpaced(text: string, a: Token, b: Token | undefined): b is Token {
  return b !== undefined && b.start === a.end + 1 && SPACE_LIKE.has(text.charAt(a.end));
}
