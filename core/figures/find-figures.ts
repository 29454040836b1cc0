/**
 * Figures a page states near its mentions: numbers with a unit ("11,000 troops", "$2,000 a month",
 * "1만 1천 명", "12 000 soldats"), read in the sentence of each mention and the sentences on either
 * side, parsed to a value and linked to a corpus quantity by its cue words.
 *
 * Design: numbers are rare, so tokenizing whole ranges (a token and its fold per word) wasted most
 * of the time on long pages. Each range is first scanned for number anchors, and only the windows
 * around them are tokenized and read; `number-windows.ts` says why a window reads exactly what the
 * whole range would. All of it runs in steps of about `STEP_CHARS` characters of work (finding the
 * ranges, scanning them, tokenizing and reading windows), and a long range or window takes several.
 */
import type { Mention } from '../match/find-mentions';
import type { Span } from '../match/sentences';
import type { PageText } from '../page-text';
import type { TopicPack } from '../pack/types';
import { runSteps, type Steps } from '../steps';
import { compileQuantities, linkQuantity, type CompiledQuantity } from './cues';
import { figureRangesSteps } from './figure-ranges';
import { addWindows, reachFor, type Reach } from './number-windows';
import { YEAR_PREPOSITIONS } from './number-words';
import { isGluedToWord, parseNumberAt, type ParsedNumber } from './parse-number';
import { STEP_CHARS, StepMeter } from './step-meter';
import { tokenizeInto, type Token } from './tokens';

/** A figure stated on the page, in original offsets. */
export interface PageFigure {
  quantityId: string;
  value: number;
  /** The page's own words, cue included when it follows ("11,000 North Korean troops"). */
  text: string;
  start: number;
  end: number;
  /** Set for open-ended plurals ("thousands of troops"): `value` is a lower bound. */
  openEnded?: true;
}

/** Words after a number that make it a share, not a count. */
const PERCENT_WORDS = /^(%|percent|prozent|pourcent|процент|відсот)/;

/** A pack's quantities, compiled, and how far windows reach for their cues. */
interface Reader {
  quantities: CompiledQuantity[];
  reach: Reach;
}

const readers = new WeakMap<TopicPack, Reader>();

/** The pack's reader, built once per pack. */
function readerOf(pack: TopicPack): Reader {
  let reader = readers.get(pack);
  if (reader === undefined) {
    const quantities = compileQuantities(pack);
    const cueWords = Math.max(1, ...quantities.flatMap((quantity) => quantity.cues.map((cue) => cue.length)));
    reader = { quantities, reach: reachFor(cueWords) };
    readers.set(pack, reader);
  }
  return reader;
}

/** Whether a parsed number reads as a count: not a model name ("KN-23"), year ("in 2024"), ordinal or share. */
function isCount(text: string, tokens: readonly Token[], number: ParsedNumber): boolean {
  const before = number.start - 1;
  if (isGluedToWord(text, before) || (text[before] === '-' && isGluedToWord(text, before - 1))) return false;
  if (isGluedToWord(text, number.end)) return false;
  const next = tokens[number.next];
  if (
    next !== undefined &&
    (PERCENT_WORDS.test(next.lower) || (/^(per|pour)$/.test(next.lower) && tokens[number.next + 1]?.lower === 'cent'))
  )
    return false;
  const isBareYear = number.next === number.first + 1 && /^(19|20)\d\d$/.test(tokens[number.first]!.text);
  return !(isBareYear && YEAR_PREPOSITIONS.has(tokens[number.first - 1]?.lower ?? ''));
}

/** The figure a parsed number states, or null when it is no count or links to no quantity. */
function figureOf(text: string, tokens: readonly Token[], number: ParsedNumber, reader: Reader): PageFigure | null {
  const link = isCount(text, tokens, number) ? linkQuantity(reader.quantities, tokens, number) : null;
  if (link === null) return null;
  const figure: PageFigure = {
    quantityId: link.id,
    value: number.value,
    text: text.slice(number.start, link.end),
    start: number.start,
    end: link.end,
  };
  return number.openEnded ? { ...figure, openEnded: true } : figure;
}

/** Reads the figures of one window into `figures`: tokenizes it, then reads it, in steps. */
function* readWindow(text: string, window: Span, reader: Reader, figures: PageFigure[], meter: StepMeter): Steps<void> {
  const tokens: Token[] = [];
  for (let at = window.start; at < window.end;) {
    const next = tokenizeInto(tokens, text, at, window.end, STEP_CHARS);
    if (meter.add(next - at)) yield;
    at = next;
  }
  let read = window.start;
  for (let k = 0; k < tokens.length;) {
    if (meter.add(tokens[k]!.start - read)) yield;
    read = tokens[k]!.start;
    const number = parseNumberAt(text, tokens, k);
    if (number === null) {
      k++;
      continue;
    }
    const figure = figureOf(text, tokens, number, reader);
    if (figure !== null) figures.push(figure);
    k = number.next;
  }
  meter.add(window.end - read);
}

/** Reads the figures of one range into `figures`: scans it for anchors, then reads their windows, in steps. */
function* readRange(text: string, range: Span, reader: Reader, figures: PageFigure[], meter: StepMeter): Steps<void> {
  const windows: Span[] = [];
  for (let from = range.start; from < range.end; from += STEP_CHARS) {
    const to = Math.min(from + STEP_CHARS, range.end);
    addWindows(text, range, from, to, reader.reach, windows);
    if (meter.add(to - from)) yield;
  }
  for (const window of windows) yield* readWindow(text, window, reader, figures, meter);
}

/**
 * Figures in the sentences around the mentions, in page order, read in steps: it yields after about
 * `STEP_CHARS` characters of work, so a caller can spread a long page over several tasks.
 */
export function* findFiguresSteps(
  pack: TopicPack,
  page: PageText | string,
  mentions: readonly Mention[],
): Steps<PageFigure[]> {
  const text = typeof page === 'string' ? page : page.text;
  const reader = readerOf(pack);
  const figures: PageFigure[] = [];
  const meter = new StepMeter();
  for (const range of yield* figureRangesSteps(text, mentions, meter)) {
    yield* readRange(text, range, reader, figures, meter);
  }
  return figures;
}

/** Figures in the sentences around the mentions, in page order, in one go. */
export function findFigures(pack: TopicPack, page: PageText | string, mentions: readonly Mention[]): PageFigure[] {
  return runSteps(findFiguresSteps(pack, page, mentions));
}
