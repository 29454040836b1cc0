/**
 * Text folding for matching, with an offset map back to the original string.
 *
 * Folds, per character cluster (a code point plus the combining marks after it): NFKC, lower case,
 * every dash to "-", every apostrophe to "'", every typographic double quote to '"', "ё" to "е",
 * any run of spaces (NBSP, thin space, tabs…) to one " ", and drops invisible characters (soft
 * hyphen, zero-width marks, bidi controls). "\n" is kept as is: it separates blocks, and nothing
 * folds into it or across it. The result may be longer or shorter than the input ("ﬁ" → "fi"), hence
 * the map. The table for single UTF-16 units is built lazily, 256 units at a time, so a page pays
 * only for the scripts it uses; ASCII never reaches `String.prototype.normalize`.
 */

/** Table value for a unit that folds to nothing (soft hyphen, zero-width space, bidi controls). */
export const DROP = -1;
/** Table value for a unit that needs `foldCluster` (surrogates, or a fold longer than one unit). */
export const COMPLEX = -2;
/** UTF-16 code of the space every whitespace run folds to. */
export const SPACE = 0x20;
/** UTF-16 code of the block separator, kept as a hard boundary. */
export const NEWLINE = 0x0a;
/** UTF-16 code every dash folds to. */
export const HYPHEN = 0x2d;

const DASHES = /[\u2010-\u2015\u2212\u2043\u058A\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02B9\u02BC\u2032\u0060\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/;
const SPACES = /[\t\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]/;
const YO = /ё/g;
const CAPITAL_YO = /Ё/g;

/** Folds one unit that has a fixed folding (space, dash, quote, invisible); `null` when it has none. */
function foldSpecial(char: string): string | null {
  if (char === '\n') return '\n';
  if (SPACES.test(char)) return ' ';
  if (DASHES.test(char)) return '-';
  if (APOSTROPHES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (INVISIBLE.test(char)) return '';
  return null;
}

/** Folds one cluster (a code point plus its combining marks) to its matching form. */
export function foldCluster(cluster: string, foldCase: boolean): string {
  const special = cluster.length === 1 ? foldSpecial(cluster) : null;
  if (special !== null) return special;
  let folded = cluster.normalize('NFKC');
  folded = foldCase ? folded.toLowerCase().replace(YO, 'е') : folded.replace(YO, 'е').replace(CAPITAL_YO, 'Е');
  let out = '';
  for (const char of folded) out += char.length === 1 ? (foldSpecial(char) ?? char) : char;
  return out;
}

/** `FOLD` entry of a unit whose 256-unit block has not been built yet. */
const UNBUILT = -3;
/**
 * Case-folded form of every UTF-16 unit standing alone (256 KiB), filled one block at a time.
 * Read directly by the scanner's hot loop; any entry below 0 must go through `foldCode`.
 */
export const FOLD: Readonly<Int32Array> = new Int32Array(0x10000).fill(UNBUILT);

/** Whether a unit folds to itself without asking `normalize` (Hangul syllables, CJK ideographs). */
function isSelfFolding(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x4e00 && code <= 0x9fff);
}

/** Fills the `FOLD` entries of one 256-unit block. */
function buildBlock(block: number): void {
  const table = FOLD as Int32Array;
  for (let code = block << 8; code < (block + 1) << 8; code++) {
    if (isSelfFolding(code)) {
      table[code] = code;
      continue;
    }
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const folded = isSurrogate ? null : foldCluster(String.fromCharCode(code), true);
    if (folded === null || folded.length > 1) table[code] = COMPLEX;
    else table[code] = folded.length === 0 ? DROP : folded.charCodeAt(0);
  }
}

/** Case-folded form of one UTF-16 unit standing alone: a unit, `DROP`, or `COMPLEX`. */
export function foldCode(code: number): number {
  const folded = FOLD[code]!;
  if (folded !== UNBUILT) return folded;
  buildBlock(code >> 8);
  return FOLD[code]!;
}

/** Whether a unit is a combining mark that NFKC may compose with the character before it. */
export function isCombining(code: number): boolean {
  if (code < 0x0300) return false;
  return (
    code <= 0x036f ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0x1160 && code <= 0x11ff) || // Hangul medial and final jamo compose into a syllable.
    code === 0x3099 ||
    code === 0x309a
  );
}

/** End (exclusive) of the cluster starting at `i`: one code point plus the combining marks after it. */
export function clusterEnd(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1);
  while (end < to && isCombining(text.charCodeAt(end))) end++;
  return end;
}

/** Text folded for matching, with `map[i]` the original index of folded unit `i` (`map[length]` = end). */
export interface NormalizedText {
  text: string;
  map: Int32Array;
}

/** Folds `text` for matching (see the module note); `foldCase: false` keeps letter case. */
export function normalize(text: string, foldCase = true): NormalizedText {
  const units: number[] = [];
  const origins: number[] = [];
  let previous = NEWLINE;
  for (let i = 0; i < text.length;) {
    const end = clusterEnd(text, i, text.length);
    const single = end === i + 1 && foldCase ? foldCode(text.charCodeAt(i)) : COMPLEX;
    const folded =
      single === COMPLEX
        ? foldCluster(text.slice(i, end), foldCase)
        : single === DROP
          ? ''
          : String.fromCharCode(single);
    for (let k = 0; k < folded.length; k++) {
      const unit = folded.charCodeAt(k);
      if (unit === SPACE && previous === SPACE) continue;
      units.push(unit);
      origins.push(i);
      previous = unit;
    }
    i = end;
  }
  origins.push(text.length);
  return { text: fromCodes(units), map: Int32Array.from(origins) };
}

/** Units per `String.fromCharCode` call: well under engines' argument-count limits. */
const CODES_PER_CALL = 8192;

/** Joins UTF-16 units into a string without overflowing the call stack on long texts. */
function fromCodes(units: readonly number[]): string {
  let out = '';
  for (let i = 0; i < units.length; i += CODES_PER_CALL) {
    out += String.fromCharCode(...units.slice(i, i + CODES_PER_CALL));
  }
  return out;
}
