/**
 * `findFigures` against a reference: the straightforward algorithm it replaced, kept here as the
 * oracle. The reference tokenizes each whole range, folds every token with `normalize`, and looks
 * for each quantity's cues one quantity and one cue at a time. Both must give the same figures on
 * seeded random texts full of numbers in every form the parser reads, cue words in any case and
 * inflection, symbols, and units that fold in unusual ways; and on the generated bench article.
 */
import { describe, expect, it } from 'vitest';
import { compileQuantities, type CompiledQuantity } from '@/core/figures/cues';
import { findFigures, findFiguresSteps, type PageFigure } from '@/core/figures/find-figures';
import { MAX_INFLECTION, YEAR_PREPOSITIONS } from '@/core/figures/number-words';
import { isGluedToWord, parseNumberAt, type ParsedNumber } from '@/core/figures/parse-number';
import { STEP_CHARS } from '@/core/figures/step-meter';
import { isDigits, type Token } from '@/core/figures/tokens';
import { compileMatcher, findMentions, type Mention } from '@/core/match/find-mentions';
import { normalize } from '@/core/match/normalize';
import { isHangulSyllable } from '@/core/match/script';
import { sentenceAround, type Span } from '@/core/match/sentences';
import { validatePack } from '@/core/pack/validate-pack';
import packJson from '@/data/topic-pack.json';
import { generateArticle } from '../../bench/gen/article';
import { seededRandom, type Random } from '../../bench/gen/random';
import { readPlainText } from '../../../scripts/scan';
import { miniPack } from '../fixtures/mini-pack';

const { pack } = validatePack(packJson, 'data/topic-pack.json');
const realPack = pack!;

// ---- The reference -------------------------------------------------------------------------------

const TOKEN = /\d+|수(?=[십백천만억])|[십백천만억조]|[\p{L}\p{M}]+|\S/gu;

function referenceTokens(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match !== null && match.index < to; match = TOKEN.exec(text)) {
    const [word] = match;
    tokens.push({ text: word, lower: normalize(word).text, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

function referenceRanges(text: string, mentions: readonly Mention[]): Span[] {
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

function referenceIsCount(text: string, tokens: readonly Token[], number: ParsedNumber): boolean {
  const before = number.start - 1;
  if (isGluedToWord(text, before) || (text[before] === '-' && isGluedToWord(text, before - 1))) return false;
  if (isGluedToWord(text, number.end)) return false;
  const next = tokens[number.next];
  if (
    next !== undefined &&
    (/^(%|percent|prozent|pourcent|процент|відсот)/.test(next.lower) ||
      (/^(per|pour)$/.test(next.lower) && tokens[number.next + 1]?.lower === 'cent'))
  )
    return false;
  const isBareYear = number.next === number.first + 1 && /^(19|20)\d\d$/.test(tokens[number.first]!.text);
  return !(isBareYear && YEAR_PREPOSITIONS.has(tokens[number.first - 1]?.lower ?? ''));
}

const STOPS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '%', '—', '–', '|']);

function isCueWord(token: Token | undefined, word: string): boolean {
  if (token === undefined) return false;
  if (token.lower === word) return true;
  const inflects = word.length >= 4 || isHangulSyllable(word.charCodeAt(0));
  return inflects && token.lower.startsWith(word) && token.lower.length - word.length <= MAX_INFLECTION;
}

function isCueAt(tokens: readonly Token[], at: number, cue: readonly string[]): boolean {
  return at >= 0 && cue.every((word, i) => isCueWord(tokens[at + i], word));
}

function referenceCue(tokens: readonly Token[], number: ParsedNumber, quantity: CompiledQuantity) {
  const isWord = (token: Token) => /[\p{L}\p{N}]/u.test(token.text);
  let words = 0;
  for (let p = number.next; p < tokens.length && words < 4; p++) {
    const token = tokens[p]!;
    if (STOPS.has(token.text) || isDigits(token)) break;
    const cue = quantity.cues.find((cueWords) => isCueAt(tokens, p, cueWords));
    if (cue !== undefined) {
      const [last, word] = [tokens[p + cue.length - 1]!, cue[cue.length - 1]!];
      return { distance: words, end: isHangulSyllable(word.charCodeAt(0)) ? last.start + word.length : last.end };
    }
    if (isWord(token)) words++;
  }
  words = 0;
  for (let p = number.first - 1; p >= 0 && words < 2; p--) {
    const token = tokens[p]!;
    if (STOPS.has(token.text) || isDigits(token)) break;
    if (quantity.cues.some((cue) => isCueAt(tokens, p - cue.length + 1, cue)))
      return { distance: words + 0.5, end: number.end };
    if (isWord(token)) words++;
  }
  return null;
}

function logDistance(value: number, range: CompiledQuantity['range']): number {
  if (range === null) return Infinity;
  const log = Math.log10(Math.max(value, 1));
  if (value < range[0]) return Math.log10(Math.max(range[0], 1)) - log;
  return value > range[1] ? log - Math.log10(Math.max(range[1], 1)) : 0;
}

function referenceLink(quantities: readonly CompiledQuantity[], tokens: readonly Token[], number: ParsedNumber) {
  const candidates = quantities
    .filter((quantity) => quantity.isDollar === number.currency)
    .map((quantity) => ({ quantity, cue: referenceCue(tokens, number, quantity) }));
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
  return best === undefined || (best.cue === null && best.off > 1)
    ? null
    : { id: best.quantity.id, end: Math.max(number.end, best.cue?.end ?? number.end) };
}

/** The figures as the reference reads them. */
function referenceFigures(quantities: readonly CompiledQuantity[], text: string, mentions: readonly Mention[]) {
  const figures: PageFigure[] = [];
  for (const range of referenceRanges(text, mentions)) {
    const tokens = referenceTokens(text, range.start, range.end);
    for (let k = 0; k < tokens.length;) {
      const number = parseNumberAt(text, tokens, k);
      if (number === null) {
        k++;
        continue;
      }
      const link = referenceIsCount(text, tokens, number) ? referenceLink(quantities, tokens, number) : null;
      if (link !== null) {
        const figure = { quantityId: link.id, value: number.value, text: text.slice(number.start, link.end) };
        const at = { start: number.start, end: link.end };
        figures.push(number.openEnded ? { ...figure, ...at, openEnded: true } : { ...figure, ...at });
      }
      k = number.next;
    }
  }
  return figures;
}

// ---- Random texts --------------------------------------------------------------------------------

/** Numbers in every form the parser reads, and near misses it must skip. */
const NUMBERS = [
  ...['11,000', '12.000', '10 000', '10\u00a0000', '10\u202f000', '10\u2009000', '3,5', '1.5', '0', '007'],
  ...['1,000,000', '1 000 000 000', '1.234,5', '12,34', '999.999.999', '11,000.50', '5,000-6,000'],
  ...['3 million', 'three million', 'a thousand', 'Twenty Million', 'ONE BILLION', 'a million billion'],
  ...['1.5bn', '11k', '540m', '$540m', 'US$1.5bn', '$ 5', '$2,000', '540 million dollars', '5 USD', '$5bn'],
  ...[
    '1만 1천',
    '1만1000',
    '300만',
    '수천',
    '수십만',
    '수만',
    '5억',
    '1조 2천억',
    '1만 만 만',
    '천만',
    '만',
    '1만 만 만 만 만 만 만 만 만 만 만 만',
  ],
  ...['11 тысяч', '11 тыс.', '3 млн', '12 Mio.', '3 Millionen', '1,5 Milliarden', '3 millions', '2 мільйони'],
  ...['thousands of', 'tens of thousands', 'Thousands', 'Tausende', 'Zehntausende', 'des milliers', 'dizaines de'],
  ...['десятки тысяч', 'сотни', 'тысячи', 'Тисячі', 'сотнями', 'dozens of', 'hundreds of millions of'],
  ...['in 2024', 'seit 2017', 'в 2022', 'since 1999', 'by 2030', 'KN-23', 'Hwasong-19', '10 percent', '10%'],
  ...['10 per cent', '12 Prozent', '11th', '1990s', '2nd', '5억 달러', '300 dollars', 'tens of million dollars'],
];

/** Units that fold in unusual ways, on their own or inside words and numbers. */
const ODD = [
  ...['ＴＨＯＵＳＡＮＤＳ', '１２', 'ｍｉｌｌｉｏｎ', '3ⓚ', 'aⓚ', 'thouſands', 'thou\u034fsands', 'ﬁve'],
  ...['тыс\u0301яч', 'д\u0435\u0308сятки', 'Дёсятки', 'İn 2024', 'in\u00ad2024', '1\u200b000', '😀', '𝐚 million'],
  ...['ª million', 'a ｍｉｌｌｉｏｎ', 'ᵃ thousand', 'KN‑23', '１０,０００', 'Ⅻ', '½', '²', '\u1680', '\ufeff'],
];

/** Symbols and punctuation, alone or glued to words. */
const SYMBOLS = [',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '|', '"', '«', '»', '’', "'", '-', '/', '&', '…'];

const FILLER = [
  ...['the', 'of', 'in', 'a', 'one', 'some', 'about', 'were', 'sent', 'North', 'Korean', 'numbering', 'per'],
  ...['cent', 'worth', 'month', 'arrived', 'und', 'der', 'les', 'de', 'на', 'в', 'у', 'около', 'близько', '약'],
  ...['이', '명이', '북한군', 'Soldaten', 'soldats', 'военных', 'солдатов', 'військових', 'since', 'by', 'us'],
];

function pickCue(random: Random, cues: readonly string[]): string {
  const cue = random.pick(cues);
  const roll = random.int(6);
  if (roll === 0) return cue.toUpperCase();
  if (roll === 1) return cue.charAt(0).toUpperCase() + cue.slice(1);
  if (roll === 2) return cue + random.pick(['s', 'ов', 'ами', '이', 'en', 'ами', 'xxxx']);
  return cue;
}

/** A word for a text like a news page: numbers, cues, mentions, fillers, symbols and odd units. */
function pickWord(random: Random, cues: readonly string[], aliases: readonly string[]): string {
  const roll = random.int(20);
  if (roll < 4) return random.pick(NUMBERS);
  if (roll < 8) return pickCue(random, cues);
  if (roll < 10) return random.pick(aliases);
  if (roll < 11) return random.pick(ODD);
  if (roll < 13) return random.pick(SYMBOLS);
  if (roll < 14) return random.pick(SYMBOLS) + random.pick(NUMBERS) + random.pick(SYMBOLS);
  return random.pick(FILLER);
}

/** Numbers that reach far: long tails, and starts a chunk before their anchor. */
const FAR_NUMBERS = [
  ...['5 million billion dollars', '$5 million billion', 'tens of million dollars', '5 Mio. Mrd. dollars'],
  ...['a ｍｉｌｌｉｏｎ', 'three ｍｉｌｌｉｏｎ', 'a ｍｉｌｌｉｏｎ ｂｉｌｌｉｏｎ', 'US$ 5', '$ 5 million', 'ＵＳ$5'],
];

/** Symbols that do not end a cue search, so any number of them may sit between a number and its cue. */
const QUIET_SYMBOLS = ['"', '«', '»', '’', "'", '-', '/', '&', '…', '*', '+'];

/** A word for a text dense with the far edges of windows: few stops, long numbers, cues word by word. */
function pickEdgeWord(random: Random, cues: readonly string[], aliases: readonly string[]): string {
  const roll = random.int(20);
  if (roll < 3) return random.pick(FAR_NUMBERS);
  if (roll < 5) return random.pick(NUMBERS);
  if (roll < 7) return pickCue(random, cues);
  if (roll < 9) return random.pick(cues.filter((cue) => cue.includes(' ')));
  if (roll < 11) return random.pick(random.pick(cues).split(' '));
  if (roll < 12) return random.pick(aliases);
  if (roll < 15) return random.pick(QUIET_SYMBOLS);
  return random.pick(FILLER);
}

/** A text of seeded random sentences and blocks of words from `pick`. */
function randomText(random: Random, pick: () => string, sentences: number): string {
  let text = '';
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 1 + random.int(random.chance(0.1) ? 120 : 14) }, pick);
    const joined = words.map((word, i) => (i === 0 ? word : random.pick([' ', ' ', ' ', '  ', '\u00a0', '']) + word));
    text += joined.join('') + random.pick(['. ', '. ', '! ', '? ', '.\n', ' ', '。', '… ', '.» ']);
  }
  return text;
}

function packCues(source: typeof realPack): string[] {
  return source.quantities.flatMap((quantity) => quantity.cues);
}

function packAliases(source: typeof realPack): string[] {
  return source.entities.flatMap((entity) => entity.aliases.map((alias) => alias.text));
}

/** The matcher and compiled quantities of each pack, compiled once. */
const compiled = new Map<typeof realPack, [ReturnType<typeof compileMatcher>, CompiledQuantity[]]>();

/** Both readings of one text with one pack. */
function bothReadings(source: typeof realPack, text: string): { figures: PageFigure[]; reference: PageFigure[] } {
  if (!compiled.has(source)) compiled.set(source, [compileMatcher(source), compileQuantities(source)]);
  const [matcher, quantities] = compiled.get(source)!;
  const mentions = findMentions(matcher, text);
  return { figures: findFigures(source, text, mentions), reference: referenceFigures(quantities, text, mentions) };
}

/** 80 texts per pack take a few seconds on a busy machine. */
const RANDOM_TEXTS_TIMEOUT_MS = 30_000;

describe('findFigures against the whole-range reference', () => {
  // The mini pack with a three-word dollar cue, the longest cue a dollar amount's long tail can reach.
  const cashPack = structuredClone(miniPack);
  cashPack.quantities.find((quantity) => quantity.id === 'soldier-pay')!.cues.push('paid in cash');

  it.each([
    ['the real pack', realPack],
    ['the mini pack', miniPack],
    ['a pack with a three-word dollar cue', cashPack],
  ])(
    'reads the same figures on seeded random texts, with %s',
    (_name, source) => {
      const [cues, aliases] = [packCues(source), packAliases(source)];
      let figureCount = 0;
      for (let seed = 1; seed <= 80; seed++) {
        const random = seededRandom(seed);
        const pick = seed % 2 === 0 ? pickWord : pickEdgeWord;
        const text = randomText(random, () => pick(random, cues, aliases), 40);
        const { figures, reference } = bothReadings(source, text);
        expect(figures, `seed ${seed}`).toEqual(reference);
        figureCount += figures.length;
      }
      // The texts are meant to be full of figures; a generator that made none would prove nothing.
      expect(figureCount).toBeGreaterThan(500);
    },
    RANDOM_TEXTS_TIMEOUT_MS,
  );

  // A window reaches just far enough for these.
  it.each([
    [
      'a three-word cue two words before a number that starts a chunk before its anchor',
      miniPack,
      'North Korea counts killed or wounded men a ｍｉｌｌｉｏｎ.',
      ['casualties', 1e6],
    ],
    [
      'a three-word cue four words after a dollar amount with the longest tail',
      cashPack,
      'North Korea pays $5 million billion dollars to each man paid in cash.',
      ['soldier-pay', 5e15],
    ],
  ] as const)('reads %s', (_case, source, text, [quantityId, value]) => {
    const { figures, reference } = bothReadings(source, text);
    expect(figures).toEqual(reference);
    expect(figures.map((figure) => [figure.quantityId, figure.value])).toEqual([[quantityId, value]]);
  });

  it('reads the same figures on the generated bench article', () => {
    const { html } = generateArticle(realPack, 400_000, 7);
    const page = readPlainText(
      html
        .replace(/<\/(p|h2)>/g, '\n\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&'),
    );
    const mentions = findMentions(compileMatcher(realPack), page);
    const figures = findFigures(realPack, page, mentions);
    expect(figures).toEqual(referenceFigures(compileQuantities(realPack), page.text, mentions));
  });
});

describe('findFiguresSteps', () => {
  it('yields about once per STEP_CHARS characters of work, even inside one long range', () => {
    // One block, one sentence: with its one mention, a single range of about 150,000 characters.
    const random = seededRandom(99);
    const words = Array.from({ length: 20_000 }, () => pickWord(random, packCues(realPack), ['North Korea']));
    const text = words.join(' ').replace(/[.!?…。]/g, ',');
    const mentions = findMentions(compileMatcher(realPack), text).slice(0, 1);
    expect(mentions[0]?.sentence).toEqual({ start: 0, end: text.length });
    const steps = findFiguresSteps(realPack, text, mentions);
    let yields = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) yields++;
    // Each character is scanned for anchors at least; windows are also tokenized and read.
    expect(yields).toBeGreaterThanOrEqual(Math.floor(text.length / STEP_CHARS));
    expect(yields).toBeLessThanOrEqual(Math.ceil((4 * text.length) / STEP_CHARS));
    expect(step.value).toEqual(referenceFigures(compileQuantities(realPack), text, mentions));
    expect(step.value.length).toBeGreaterThan(100);
  });

  it('yields while it finds the ranges of many mentions, not only once it reads them', () => {
    // A mention in every sentence: each character lies in three ranges (its sentence's, and as the
    // neighbour of the sentences before and after), then is scanned once more after merging.
    const text = 'North Korea sent more troops. '.repeat(4000);
    const steps = findFiguresSteps(realPack, text, findMentions(compileMatcher(realPack), text));
    let yields = 0;
    while (steps.next().done !== true) yields++;
    expect(yields).toBeGreaterThanOrEqual(Math.floor((3 * text.length) / STEP_CHARS));
  });
});
