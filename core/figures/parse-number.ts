/**
 * Reads one number expression from tokens: digit groups ("11,000", "12.000", "10 000", "3,5"),
 * multipliers ("3 million", "11 тысяч", "$540m"), Korean units ("1만 1천", "300만"), English word
 * numbers before a multiplier ("three million"), open-ended plurals ("thousands of", "수천") and US
 * dollars ("$", "US$", "dollars", "달러"). A "." or "," before exactly three digits groups thousands;
 * otherwise it is a decimal mark.
 */
import { isWordCode } from '../match/script';
import {
  ABBREVIATED_MULTIPLIERS,
  DOLLAR_WORDS,
  KOREAN_BIG_UNITS,
  KOREAN_SEVERAL,
  KOREAN_SMALL_UNITS,
  lookUpWord,
  MULTIPLIERS,
  PLURAL_LINKS,
  PLURAL_STEMS,
  PLURALS,
  SUFFIX_MULTIPLIERS,
  WORD_NUMBERS,
} from './number-words';
import { isAdjacent, isDigits, isSpaced, type Token } from './tokens';

/** A number read from tokens `first` to `next` (exclusive). */
export interface ParsedNumber {
  value: number;
  /** Original offsets of the whole expression, currency signs and words included. */
  start: number;
  end: number;
  first: number;
  next: number;
  /** A lower bound only ("thousands"). */
  openEnded: boolean;
  /** In US dollars. */
  currency: boolean;
}

/** A partial reading: value so far, next token index, last token read. */
interface Reading {
  value: number;
  next: number;
  last: Token;
  openEnded: boolean;
}

/** Words a number may run past its last digit group, Korean unit or number word ("3 million billion dollars"). */
export const NUMBER_TAIL_WORDS = 3;

/** Three digits: a thousands group. */
const THREE_DIGITS = /^\d{3}$/;

/** The thousands group after `last` at token `j` ("," "." or one space, then three digits), or null. */
function nextGroup(
  text: string,
  tokens: readonly Token[],
  last: Token,
  j: number,
): { separator: string; group: Token; next: number } | null {
  const mark = tokens[j];
  if (isSpaced(text, last, mark) && THREE_DIGITS.test(mark.text)) return { separator: ' ', group: mark, next: j + 1 };
  const group = tokens[j + 1];
  if (mark === undefined || (mark.text !== ',' && mark.text !== '.') || !isAdjacent(last, mark)) return null;
  return isAdjacent(mark, group) && THREE_DIGITS.test(group.text) ? { separator: mark.text, group, next: j + 2 } : null;
}

/** Digit groups from `k`: thousands grouped by one separator, then one decimal part ("3,5", "10.5"). */
function readDigits(text: string, tokens: readonly Token[], k: number): Reading | null {
  const first = tokens[k];
  if (!isDigits(first)) return null;
  let reading: Reading = { value: Number(first.text), next: k + 1, last: first, openEnded: false };
  let separator = '';
  if (first.text.length <= 3 && first.text !== '0') {
    for (
      let g = nextGroup(text, tokens, first, k + 1);
      g !== null;
      g = nextGroup(text, tokens, reading.last, reading.next)
    ) {
      if (separator !== '' && g.separator !== separator) break;
      separator = g.separator;
      reading = { ...reading, value: reading.value * 1000 + Number(g.group.text), next: g.next, last: g.group };
    }
  }
  const mark = tokens[reading.next];
  const decimals = tokens[reading.next + 1];
  if (!isAdjacent(reading.last, mark) || (mark.text !== ',' && mark.text !== '.') || mark.text === separator)
    return reading;
  if (!isAdjacent(mark, decimals) || !isDigits(decimals)) return reading;
  return { ...reading, value: reading.value + Number(`0.${decimals.text}`), next: reading.next + 2, last: decimals };
}

/** Korean units after a reading ("1만 1천", "1만1000", "300만", "수천"); the reading itself if none follow. */
function readKoreanUnits(text: string, tokens: readonly Token[], start: Reading): Reading {
  let { value: current, next, last } = start;
  let [total, section, sawUnit] = [0, 0, false];
  for (let token = tokens[next]; isAdjacent(last, token) || isSpaced(text, last, token); token = tokens[next]) {
    const small = KOREAN_SMALL_UNITS.get(token.text) ?? 0;
    const big = KOREAN_BIG_UNITS.get(token.text) ?? 0;
    if (small) [section, current] = [section + (current || 1) * small, 0];
    else if (big) [total, section, current] = [total + (section + current || 1) * big, 0, 0];
    else if (sawUnit && isDigits(token)) {
      const digits = readDigits(text, tokens, next)!;
      [current, next, last] = [digits.value, digits.next, digits.last];
      continue;
    } else break;
    [sawUnit, last, next] = [true, token, next + 1];
  }
  return sawUnit ? { ...start, value: total + section + current, next, last } : start;
}

/** Multipliers after a reading: spaced words ("million", "тысяч", "Mio.") or glued suffixes ("540m"), up to two. */
function readMultipliers(text: string, tokens: readonly Token[], start: Reading): Reading {
  let reading = start;
  for (let n = 0; n < 2; n++) {
    const token = tokens[reading.next];
    if (token === undefined) break;
    const glued = isAdjacent(reading.last, token) ? SUFFIX_MULTIPLIERS.get(token.lower) : undefined;
    const factor = glued ?? (isSpaced(text, reading.last, token) ? lookUpWord(MULTIPLIERS, token.lower) : 0);
    if (!factor) break;
    const dot = tokens[reading.next + 1];
    const isAbbreviated = ABBREVIATED_MULTIPLIERS.has(token.lower) && dot?.text === '.' && isAdjacent(token, dot);
    reading = {
      ...reading,
      value: reading.value * factor,
      next: reading.next + (isAbbreviated ? 2 : 1),
      last: isAbbreviated ? dot : token,
    };
  }
  return reading;
}

/** Open-ended plurals from `k`: "thousands", "tens of thousands", "десятки тысяч". */
function readPlural(text: string, tokens: readonly Token[], k: number): Reading | null {
  const plural = (token: Token | undefined): number =>
    token === undefined ? 0 : (PLURALS.get(token.lower) ?? lookUpWord(PLURAL_STEMS, token.lower));
  const first = tokens[k]!;
  const value = plural(first);
  if (!value) return null;
  const link = tokens[k + 1];
  const linked = link !== undefined && PLURAL_LINKS.has(link.lower) && isSpaced(text, first, link) ? k + 2 : k + 1;
  const second = tokens[linked];
  const factor = isSpaced(text, tokens[linked - 1]!, second)
    ? plural(second) || lookUpWord(MULTIPLIERS, second.lower)
    : 0;
  if (factor) return { value: value * factor, next: linked + 1, last: second!, openEnded: true };
  return { value, next: k + 1, last: first, openEnded: true };
}

/** The number itself from `k` (after any "$"): digits, word number + multiplier, plural, or 수 + unit. */
function readValue(text: string, tokens: readonly Token[], k: number): Reading | null {
  const token = tokens[k];
  if (token === undefined) return null;
  const digits = readDigits(text, tokens, k);
  if (digits !== null) return readMultipliers(text, tokens, readKoreanUnits(text, tokens, digits));
  if (token.text === KOREAN_SEVERAL) {
    const units = readKoreanUnits(text, tokens, { value: 1, next: k + 1, last: token, openEnded: true });
    return units.next > k + 1 ? units : null;
  }
  const word = WORD_NUMBERS.get(token.lower);
  if (word !== undefined) {
    const multiplied = readMultipliers(text, tokens, { value: word, next: k + 1, last: token, openEnded: false });
    return multiplied.next > k + 1 ? multiplied : null;
  }
  return readPlural(text, tokens, k);
}

/** Reads a number expression starting at token `k`, or `null` (see module note; context checks are the caller's). */
export function parseNumberAt(text: string, tokens: readonly Token[], k: number): ParsedNumber | null {
  const token = tokens[k];
  if (token === undefined) return null;
  const isUs = token.lower === 'us' && tokens[k + 1]?.text === '$' && isAdjacent(token, tokens[k + 1]);
  const sign = isUs ? k + 1 : k;
  const hasSign = tokens[sign]!.text === '$';
  const valueAt = hasSign ? sign + 1 : k;
  if (hasSign && !isAdjacent(tokens[sign]!, tokens[valueAt]) && !isSpaced(text, tokens[sign]!, tokens[valueAt]))
    return null;
  const reading = readValue(text, tokens, valueAt);
  if (reading === null) return null;
  const after = tokens[reading.next];
  const dollars =
    after !== undefined &&
    (isSpaced(text, reading.last, after) || isAdjacent(reading.last, after)) &&
    lookUpWord(DOLLAR_WORDS, after.lower) > 0;
  const last = dollars ? after : reading.last;
  return {
    value: reading.value,
    start: token.start,
    end: last.end,
    first: k,
    next: dollars ? reading.next + 1 : reading.next,
    openEnded: reading.openEnded,
    currency: hasSign || dollars,
  };
}

/** Whether a letter of a spaced script touches the unit at `at` (as in "KN-23", "1990s", "10th"). */
export function isGluedToWord(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordCode(text.charCodeAt(at));
}
