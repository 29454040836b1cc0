/**
 * Sentence bounds around a match, by heuristics that err towards longer sentences.
 *
 * A sentence ends at "\n" (always), at "。！？" (always), and at ". ! ? …" when followed, after any
 * closing quotes or brackets, by a space or the end of the block. A "." or "…" does not end one when
 * the next word starts in lower case ("approx. 12,000"), or the word before it is an initial ("J.",
 * "U.S."), a dotted abbreviation ("e.g.", "z.B.", "т.е."), or a listed abbreviation ("Gen.", "Mio.",
 * "тыс."). Decimals ("10.5") and domains never end one: no space follows their dot.
 */
import { isWordCode } from './script';

/** A half-open range of the original text. */
export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Titles, units and the like after which "." rarely ends a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'cmdr', 'adm'],
  ...['sen', 'rep', 'gov', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept'],
  ...['oct', 'nov', 'dec', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'corp', 'co', 'dept'],
  ...['jr', 'sr', 'fig', 'vol', 'pp', 'bzw', 'ca', 'nr', 'mio', 'mrd', 'tsd', 'usw', 'vgl', 'inkl'],
  ...['ggf', 'evtl', 'sog', 'abs', 'str', 'env', 'mme', 'mlle', 'av', 'тыс', 'млн', 'млрд', 'г', 'гг'],
  ...['им', 'ул', 'др', 'пр', 'см', 'ср', 'руб', 'ок', 'тис', 'грн', 'р', 'рр', 'ім', 'вул'],
]);
/** Marks that end a sentence only when a space follows: . ! ? … ‼ ⁇ */
const SPACED_TERMINATORS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x203c, 0x2047]);
/** Marks that end a sentence wherever they stand: 。 ！ ？ */
const CJK_TERMINATORS = new Set([0x3002, 0xff01, 0xff1f]);
/** Highest unit in either terminator set, for a quick reject. */
const MAX_TERMINATOR = 0xff1f;
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = '"\'”’»)]›';

/** Whether a unit is a horizontal space (not "\n"). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** Whether the word before a "." at `dot` is an initial or an abbreviation (see module note). */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  if (start === dot) return false;
  if (start > 0 && text[start - 1] === '.') return true;
  const word = text.slice(start, dot);
  if (word.length === 1 && word !== word.toLowerCase()) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Whether the next word after `from` (spaces skipped) starts with a lower-case letter. */
function startsLowerCase(text: string, from: number): boolean {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const char = text.charAt(at);
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** Index just after the sentence-ending mark at `at` and its closers, or -1 if none ends there. */
export function sentenceEndAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code > MAX_TERMINATOR || (code > 0x3f && code < 0x2026)) return -1;
  if (CJK_TERMINATORS.has(code)) return at + 1;
  if (!SPACED_TERMINATORS.has(code)) return -1;
  const char = text.charAt(at);
  let after = at + 1;
  while (after < text.length && CLOSERS.includes(text.charAt(after))) after++;
  if (after < text.length && text[after] !== '\n' && !isSpace(text.charCodeAt(after))) return -1;
  if (char !== '.' && char !== '…') return after;
  return isAbbreviationBefore(text, at) || startsLowerCase(text, after) ? -1 : after;
}

/** Start of the sentence holding index `at`: after the previous sentence end or "\n", spaces skipped. */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (let j = at - 1; j >= 0; j--) {
    if (text[j] === '\n') {
      start = j + 1;
      break;
    }
    const end = sentenceEndAt(text, j);
    if (end >= 0 && end <= at) {
      start = end;
      break;
    }
  }
  while (start < at && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** The sentence around `[start, end)`: it never crosses "\n", and may hold more than one sentence mark inside the span itself. */
export function sentenceAround(text: string, start: number, end: number): Span {
  for (let k = end; k < text.length; k++) {
    if (text[k] === '\n') return { start: sentenceStart(text, start), end: k };
    const after = sentenceEndAt(text, k);
    if (after >= 0) return { start: sentenceStart(text, start), end: after };
  }
  return { start: sentenceStart(text, start), end: text.length };
}
