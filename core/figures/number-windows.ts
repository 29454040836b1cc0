/**
 * Where in a sentence range figures can be: windows around "number anchors", so the reader tokenizes
 * only those, not the whole range (on a long page most of a range is words no number touches).
 *
 * Anchors: one regex over the lower-cased text finds a superset of the tokens a number can start at
 * (`parseNumberAt`): digit runs, "$", 수 before a unit, Korean units standing alone, English number
 * words before a multiplier, open-ended plurals ("thousands", "тысячи"), and any unit outside
 * `ORDINARY`. For a token made of `ORDINARY` units the fold (`foldWord`) is its lower case, so the
 * regex sees the word the parser sees; any other token ("ＴＨＯＵＳＡＮＤＳ", "thou\u034fsands") holds
 * an anchor of its own. A start the regex misses always shares its chunk with an anchor ("US" in
 * "US$", a word glued after 만), or sits one chunk before it ("a" before a multiplier outside `ORDINARY`).
 *
 * Windows: whole chunks (runs of non-space characters, so window bounds are token bounds) around
 * each anchor: `Reach.before` chunks back and `Reach.after` ahead. Only chunks holding a letter or a
 * digit count: each holds a word token, and only words count towards `nearestCues`' limits, so the
 * chunks between are taken in free. The reach covers a number starting a chunk early, its tail
 * past the anchor (`NUMBER_TAIL_WORDS`), the cue words either side, and the rest of a cue on the
 * farthest of them. Windows are clipped to the range and merged when they overlap: every number
 * in a window reads the tokens it would read in the whole range, and none runs across two windows.
 *
 * Cost: one regex pass, plus a scan of a few dozen characters per anchor chunk. The regex runs on
 * pieces of the range (`addWindows`), so a caller can bound the work of one step.
 */
import { isHangulSyllable } from '../match/script';
import type { Span } from '../match/sentences';
import { CUE_WORDS_AFTER, CUE_WORDS_BEFORE } from './cues';
import {
  KOREAN_BIG_UNITS,
  KOREAN_SEVERAL,
  KOREAN_SMALL_UNITS,
  MULTIPLIERS,
  PLURAL_STEMS,
  PLURALS,
  WORD_NUMBERS,
} from './number-words';
import { NUMBER_TAIL_WORDS } from './parse-number';
import { SPACE_LIKE } from './tokens';

/**
 * Units whose fold the anchor pattern covers (see the module note), as lower-cased: a letter whose
 * fold is its lower case, or a symbol whose fold has no letter. Any other unit is an anchor.
 */
const ORDINARY = [
  '\\0-\\u00a9\\u00ab-\\u00b4\\u00b6-\\u00b9\\u00bb-\\u00ff', // ASCII, Latin-1 but "ª" "µ" "º" (fold "a" "μ" "o")
  '\\u0100-\\u0132\\u0134-\\u013f\\u0141-\\u0148\\u014a-\\u017e', // Latin Extended-A but "ĳ" "ŀ" "ŉ" "ſ"
  '\\u0400-\\u0450\\u0452-\\u052f', // Cyrillic but "ё" (folds to "е")
  '\\u2000-\\u206f\\u20a0-\\u20a7\\u20a9-\\u20bf', // punctuation, currency signs but "₨" (NFKC "Rs")
  '\\u3000-\\u3037\\u303b-\\u303f', // CJK punctuation but "〸" "〹" "〺" (NFKC 十 卄 卅)
  '\\uac00-\\ud7a3', // Hangul syllables
].join('');

/** Lower-case letters a plural may not run on into: some letters only, so never an anchor too few. */
const LOWER_LETTERS = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0430-\\u045f';
const KOREAN_UNITS = [...KOREAN_SMALL_UNITS.keys(), ...KOREAN_BIG_UNITS.keys()].join('');
const MULTIPLIER_WORDS = MULTIPLIERS.map(([prefix]) => prefix);
const STEMS = PLURAL_STEMS.map(([prefix]) => prefix);

/** Alternatives of a regex matching any of `words` literally. */
function anyOf(words: Iterable<string>): string {
  return [...words].map((word) => word.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')).join('|');
}

/**
 * Number anchors in lower-cased text (see the module note). Matching lower-cased text without the
 * `i` and `u` flags takes half the time. Words are not checked for a letter before them: that would
 * only drop a few false anchors ("threatens"), and a look-behind at every position costs more than
 * they do. A Korean unit after a Hangul syllable is no anchor: as a token of its own it follows 수 or
 * another unit, which leads back to an anchor in the same chunk.
 */
const NUMBER_ANCHOR = new RegExp(
  [
    '\\d+',
    '\\$',
    `${KOREAN_SEVERAL}(?=[${KOREAN_UNITS}])`,
    `(?<![가-힣])[${KOREAN_UNITS}]`,
    `(?:${anyOf(WORD_NUMBERS.keys())})(?=[${SPACE_LIKE}](?:${anyOf(MULTIPLIER_WORDS)}))`,
    `(?:${anyOf(PLURALS.keys())})(?![${LOWER_LETTERS}])`,
    anyOf(STEMS),
    `[^${ORDINARY}]`,
  ].join('|'),
  'g',
);

/** Characters past a slice's end an anchor starting inside it may need: a number word, a space, a multiplier. */
const LOOK_AHEAD =
  2 * Math.max(...[...WORD_NUMBERS.keys(), ...PLURALS.keys(), ...STEMS, ...MULTIPLIER_WORDS].map((w) => w.length)) + 2;

/** Chunks holding a letter or digit that a window reaches before and after its anchor's chunk. */
export interface Reach {
  before: number;
  after: number;
}

/** The reach for quantities whose longest cue has `cueWords` words (see the module note). */
export function reachFor(cueWords: number): Reach {
  return {
    // A number may start one chunk before its anchor; then the cue words before it, and the rest of
    // a cue that ends on the farthest of them.
    before: 1 + CUE_WORDS_BEFORE + cueWords - 1,
    // The number's tail, the cue words after it, and the rest of a cue that starts on the farthest.
    after: NUMBER_TAIL_WORDS + CUE_WORDS_AFTER + cueWords - 1,
  };
}

/** Whether a unit is JavaScript white space (`\s`), the only thing that separates tokens. */
export function isSeparator(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whether a unit is a letter or a number (what makes a token a word for `nearestCues`). */
export function isLetterOrNumber(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // Basic Cyrillic and Hangul letters without the regex: most non-ASCII words on the pages read.
  if ((code >= 0x410 && code <= 0x44f) || isHangulSyllable(code)) return true;
  return LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

/** Start of the chunk holding `at`, then back over `chunks` chunks with a letter or digit; not before `min`. */
function chunksBack(text: string, at: number, min: number, chunks: number): number {
  let start = at;
  while (start > min && !isSeparator(text.charCodeAt(start - 1))) start--;
  for (let counted = 0; counted < chunks && start > min;) {
    let end = start;
    while (end > min && isSeparator(text.charCodeAt(end - 1))) end--;
    let isWord = false;
    for (start = end; start > min && !isSeparator(text.charCodeAt(start - 1)); start--) {
      isWord ||= isLetterOrNumber(text.charCodeAt(start - 1));
    }
    if (isWord) counted++;
  }
  return start;
}

/** End of the chunk holding `at`, then on over `chunks` chunks with a letter or digit; not past `max`. */
function chunksForward(text: string, at: number, max: number, chunks: number): number {
  let end = at;
  while (end < max && !isSeparator(text.charCodeAt(end))) end++;
  for (let counted = 0; counted < chunks && end < max;) {
    let start = end;
    while (start < max && isSeparator(text.charCodeAt(start))) start++;
    let isWord = false;
    for (end = start; end < max && !isSeparator(text.charCodeAt(end)); end++) {
      isWord ||= isLetterOrNumber(text.charCodeAt(end));
    }
    if (isWord) counted++;
  }
  return end;
}

/** Adds a window to `windows`, merged with the last one when they overlap. */
function addWindow(windows: Span[], start: number, end: number): void {
  const last = windows[windows.length - 1];
  if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
  else windows.push({ start, end });
}

/**
 * Adds the windows of the anchors that start in `text[from, to)` (inside `range`) to `windows`.
 * Call it on consecutive pieces of a range in order, with the same `windows`.
 */
export function addWindows(text: string, range: Span, from: number, to: number, reach: Reach, windows: Span[]): void {
  const piece = text.slice(from, Math.min(to + LOOK_AHEAD, text.length));
  const lower = piece.toLowerCase();
  if (lower.length !== piece.length) {
    // "İ" lower-cases to two units, so offsets would shift: read the whole piece instead.
    addWindow(
      windows,
      chunksBack(text, from, range.start, reach.before),
      chunksForward(text, to - 1, range.end, reach.after),
    );
    return;
  }
  let chunkEnd = from;
  NUMBER_ANCHOR.lastIndex = 0;
  for (let match = NUMBER_ANCHOR.exec(lower); match !== null; match = NUMBER_ANCHOR.exec(lower)) {
    const at = from + match.index;
    if (at >= to) break;
    if (at < chunkEnd) continue; // Same chunk as the last anchor: same window.
    chunkEnd = chunksForward(text, at, range.end, 0);
    addWindow(
      windows,
      chunksBack(text, at, range.start, reach.before),
      chunksForward(text, chunkEnd, range.end, reach.after),
    );
  }
}
