/**
 * Links a number on a page to a corpus quantity through the quantity's cue words nearby.
 *
 * `nearestCues` reads the few tokens around a number once for all quantities, and looks up the cues
 * each token can start or end in an index (`cue-index.ts`). Testing every cue of every quantity at
 * every token instead took most of the time of reading figures on pages with many numbers.
 */
import { normalize } from '../match/normalize';
import { isHangulSyllable } from '../match/script';
import type { TopicPack } from '../pack/types';
import { cueIndexOf, cuesUnder } from './cue-index';
import { MAX_INFLECTION } from './number-words';
import type { ParsedNumber } from './parse-number';
import { isDigits, type Token } from './tokens';

/** Words a cue may sit after the number, others skipped: "11,000 North Korean troops" (3rd word). */
export const CUE_WORDS_AFTER = 4;
/** Words a cue may sit before the number: "troops numbering 11,000" (2nd word back). */
export const CUE_WORDS_BEFORE = 2;
/** Added to the distance of a cue before the number, so a cue after it wins a tie. */
const BEFORE_PENALTY = 0.5;
/** Orders of magnitude a dollar amount with no cue may lie from a quantity's corpus range and still link to it. */
const MAX_UNCUED_OFF = 1;
/** Tokens that end the search for a cue: clause punctuation and dashes. */
const STOPS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '%', '—', '–', '|']);

/** A quantity ready for linking. */
export interface CompiledQuantity {
  id: string;
  /** Each cue as folded words ("a month" → ["a", "month"]). */
  cues: string[][];
  /** Measured in US dollars (unit starts with "USD"). */
  isDollar: boolean;
  /** Smallest and largest corpus figure, or null when the corpus has none. */
  range: readonly [number, number] | null;
}

/** The pack's quantities compiled for `linkQuantity`. */
export function compileQuantities(pack: TopicPack): CompiledQuantity[] {
  return pack.quantities.map((quantity) => {
    const figures = pack.claims.flatMap((claim) => claim.figures).filter((figure) => figure.quantity === quantity.id);
    const range =
      figures.length === 0
        ? null
        : ([Math.min(...figures.map((f) => f.min)), Math.max(...figures.map((f) => f.max ?? f.min))] as const);
    const cues = quantity.cues
      .map((cue) =>
        normalize(cue)
          .text.split(' ')
          .filter((word) => word.length > 0),
      )
      .filter((words) => words.length > 0);
    return { id: quantity.id, cues, isDollar: quantity.unit.startsWith('USD'), range };
  });
}

/** Whether a token is a cue word: equal, or an inflected form (longer words and Hangul only: "солдатов", "명이"). */
function isCueWord(token: Token | undefined, word: string): boolean {
  if (token === undefined) return false;
  if (token.lower === word) return true;
  const inflects = word.length >= 4 || isHangulSyllable(word.charCodeAt(0));
  return inflects && token.lower.startsWith(word) && token.lower.length - word.length <= MAX_INFLECTION;
}

/** End of a cue word in its token: a Hangul cue stops before the particle ("명이" → "명"). */
function cueEnd(token: Token, word: string): number {
  return isHangulSyllable(word.charCodeAt(0)) ? token.start + word.length : token.end;
}

/** Whether the cue's words match the tokens from `at`. */
function isCueAt(tokens: readonly Token[], at: number, cue: readonly string[]): boolean {
  return at >= 0 && cue.every((word, i) => isCueWord(tokens[at + i], word));
}

/** Whether a token is a word (not punctuation or a symbol). */
function isWord(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** A cue near a number: distance in words, and where the figure's text ends. */
export interface NearCue {
  distance: number;
  end: number;
}

/**
 * The nearest cue of each of `quantities` around `number`, or null: the first after it within
 * `CUE_WORDS_AFTER` words (the quantity's first listed cue where several start at one token), else
 * the first before it within `CUE_WORDS_BEFORE` words. Clause punctuation and digits end the search.
 */
export function nearestCues(
  tokens: readonly Token[],
  number: ParsedNumber,
  quantities: readonly CompiledQuantity[],
): (NearCue | null)[] {
  const index = cueIndexOf(quantities);
  const found: (NearCue | null)[] = quantities.map(() => null);
  let words = 0;
  for (let p = number.next; p < tokens.length && words < CUE_WORDS_AFTER; p++) {
    const token = tokens[p]!;
    if (STOPS.has(token.text) || isDigits(token)) break;
    const starting = cuesUnder(index.byFirst, token)
      .filter((ref) => found[ref.quantity] === null && isCueAt(tokens, p, ref.words))
      .sort((a, b) => a.order - b.order);
    for (const { quantity, words: cue } of starting) {
      found[quantity] ??= { distance: words, end: cueEnd(tokens[p + cue.length - 1]!, cue[cue.length - 1]!) };
    }
    if (isWord(token)) words++;
  }
  words = 0;
  for (let p = number.first - 1; p >= 0 && words < CUE_WORDS_BEFORE; p--) {
    const token = tokens[p]!;
    if (STOPS.has(token.text) || isDigits(token)) break;
    for (const { quantity, words: cue } of cuesUnder(index.byLast, token)) {
      if (found[quantity] === null && isCueAt(tokens, p - cue.length + 1, cue))
        found[quantity] = { distance: words + BEFORE_PENALTY, end: number.end };
    }
    if (isWord(token)) words++;
  }
  return found;
}

/** How far a value lies from a range, in orders of magnitude (0 inside; Infinity with no range). */
function logDistance(value: number, range: CompiledQuantity['range']): number {
  if (range === null) return Infinity;
  const log = Math.log10(Math.max(value, 1));
  if (value < range[0]) return Math.log10(Math.max(range[0], 1)) - log;
  return value > range[1] ? log - Math.log10(Math.max(range[1], 1)) : 0;
}

/**
 * The quantity a number measures, with where its text ends, or null. Dollar amounts go to USD
 * quantities only (by cue, else to a corpus range within `MAX_UNCUED_OFF`); other numbers need a cue. Ties
 * go to the nearest cue, then the corpus range closest to the value ("2 soldiers captured" fits a
 * prisoners count better than troops sent), then the quantity id.
 */
export function linkQuantity(
  quantities: readonly CompiledQuantity[],
  tokens: readonly Token[],
  number: ParsedNumber,
): { id: string; end: number } | null {
  const cues = nearestCues(tokens, number, quantities);
  const candidates = quantities
    .map((quantity, i) => ({ quantity, cue: cues[i] ?? null }))
    .filter(({ quantity }) => quantity.isDollar === number.currency);
  const cued = candidates.filter((candidate) => candidate.cue !== null);
  const pool = cued.length > 0 ? cued : number.currency ? candidates : [];
  const ranked = pool
    .map((candidate) => ({
      ...candidate,
      distance: candidate.cue?.distance ?? Infinity,
      off: logDistance(number.value, candidate.quantity.range),
    }))
    .sort((a, b) => a.distance - b.distance || a.off - b.off || (a.quantity.id < b.quantity.id ? -1 : 1));
  const best = ranked[0];
  return best === undefined || (best.cue === null && best.off > MAX_UNCUED_OFF)
    ? null
    : { id: best.quantity.id, end: Math.max(number.end, best.cue?.end ?? number.end) };
}
