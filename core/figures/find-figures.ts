/**
 * Figures a page states near its mentions: numbers with a unit ("11,000 troops", "$2,000 a month",
 * "1만 1천 명", "12 000 soldats"), read in the sentence of each mention and the sentences on either
 * side, parsed to a value and linked to a corpus quantity by its cue words.
 */
import type { Mention } from '../match/find-mentions';
import { sentenceAround, type Span } from '../match/sentences';
import type { PageText } from '../page-text';
import type { TopicPack } from '../pack/types';
import { runSteps, type Steps } from '../steps';
import { compileQuantities, linkQuantity, type CompiledQuantity } from './cues';
import { YEAR_PREPOSITIONS } from './number-words';
import { isGluedToWord, parseNumberAt, type ParsedNumber } from './parse-number';
import { tokenize, type Token } from './tokens';

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

const compiled = new WeakMap<TopicPack, CompiledQuantity[]>();

/** The pack's quantities compiled once per pack. */
function quantitiesOf(pack: TopicPack): CompiledQuantity[] {
  let quantities = compiled.get(pack);
  if (quantities === undefined) {
    quantities = compileQuantities(pack);
    compiled.set(pack, quantities);
  }
  return quantities;
}

/** The sentence of each mention with its neighbours in the same block, sorted and merged. */
function figureRanges(text: string, mentions: readonly Mention[]): Span[] {
  const spans = mentions.map(({ sentence }) => {
    let before = sentence.start - 1;
    while (before >= 0 && text[before] === ' ') before--;
    let after = sentence.end;
    while (after < text.length && text[after] === ' ') after++;
    const start =
      before >= 0 && text[before] !== '\n' ? sentenceAround(text, before, before + 1).start : sentence.start;
    const end = after < text.length && text[after] !== '\n' ? sentenceAround(text, after, after + 1).end : sentence.end;
    return { start: Math.min(start, sentence.start), end: Math.max(end, sentence.end) };
  });
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
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

/** Characters tokenized between two yields of `findFiguresSteps`. */
const CHUNK_CHARS = 16 * 1024;

/**
 * Figures in the sentences around the mentions, in page order, read in steps: it yields after about
 * `CHUNK_CHARS` characters, so a caller can spread a long page over several tasks.
 */
export function* findFiguresSteps(
  pack: TopicPack,
  page: PageText | string,
  mentions: readonly Mention[],
): Steps<PageFigure[]> {
  const text = typeof page === 'string' ? page : page.text;
  const quantities = quantitiesOf(pack);
  const figures: PageFigure[] = [];
  let sinceYield = 0;
  for (const range of figureRanges(text, mentions)) {
    const tokens = tokenize(text, range.start, range.end);
    for (let k = 0; k < tokens.length;) {
      const number = parseNumberAt(text, tokens, k);
      if (number === null) {
        k++;
        continue;
      }
      const link = isCount(text, tokens, number) ? linkQuantity(quantities, tokens, number) : null;
      if (link !== null) {
        const figure: PageFigure = {
          quantityId: link.id,
          value: number.value,
          text: text.slice(number.start, link.end),
          start: number.start,
          end: link.end,
        };
        figures.push(number.openEnded ? { ...figure, openEnded: true } : figure);
      }
      k = number.next;
    }
    sinceYield += range.end - range.start;
    if (sinceYield >= CHUNK_CHARS) {
      sinceYield = 0;
      yield;
    }
  }
  return figures;
}

/** Figures in the sentences around the mentions, in page order, in one go. */
export function findFigures(pack: TopicPack, page: PageText | string, mentions: readonly Mention[]): PageFigure[] {
  return runSteps(findFiguresSteps(pack, page, mentions));
}
