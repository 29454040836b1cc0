/** Entry points of the matcher: compile a pack once, then find mentions in whole pages or in chunks. */
import type { PageText } from '../page-text';
import { acceptHit } from './accept';
import type { Matcher } from './matcher';
import { scanHits } from './scan';
import { sentenceAround, type Span } from './sentences';

export { compileMatcher, type Matcher } from './matcher';

/** One mention of an entity, in offsets of the original text. */
export interface Mention {
  entityId: string;
  /** The alias that matched, as written in the pack. */
  alias: string;
  start: number;
  /** Exclusive. For prefix aliases, the end of the word. */
  end: number;
  /** The sentence around the mention (see `sentences.ts`). */
  sentence: Span;
}

/** A hit that passed its alias's checks. */
interface Hit {
  alias: number;
  start: number;
  end: number;
}

/** Longest-leftmost choice: hits sorted by start, then longest, then pack order; overlapping ones dropped. */
function chooseHits(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.alias - b.alias);
  const chosen: Hit[] = [];
  let reached = -1;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    chosen.push(hit);
    reached = hit.end;
  }
  return chosen;
}

/** Moves a chunk edge back to the start of its line, unless it already sits next to "\n" or at an end. */
function snapToLine(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  if (text[at - 1] === '\n' || text[at] === '\n') return at;
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Turns chosen hits into mentions, sharing the sentence of consecutive mentions in one sentence. */
function toMentions(matcher: Matcher, text: string, hits: readonly Hit[]): Mention[] {
  const mentions: Mention[] = [];
  let sentence: Span = { start: -1, end: -1 };
  for (const hit of hits) {
    if (hit.start < sentence.start || hit.end > sentence.end) sentence = sentenceAround(text, hit.start, hit.end);
    const alias = matcher.aliases[hit.alias]!;
    mentions.push({ entityId: alias.entityId, alias: alias.text, start: hit.start, end: hit.end, sentence });
  }
  return mentions;
}

/**
 * Mentions in the lines of `text[from, to)`, sorted by start. Chunk edges are snapped back to the
 * start of their line unless they touch "\n", so any split of `[0, text.length)` into consecutive
 * chunks scans every line exactly once; callers that cut at "\n" (block edges) get exact ranges.
 */
export function findMentionsIn(matcher: Matcher, text: string, from: number, to: number): Mention[] {
  const lo = snapToLine(text, from);
  const hi = snapToLine(text, to);
  if (lo >= hi) return [];
  const raw = scanHits(matcher.automaton, text, lo, hi);
  const hits: Hit[] = [];
  for (let k = 0; k < raw.length; k += 3) {
    const alias = raw[k]!;
    const start = raw[k + 1]!;
    const end = acceptHit(matcher.aliases[alias]!, text, start, raw[k + 2]!);
    if (end >= 0) hits.push({ alias, start, end });
  }
  return toMentions(matcher, text, chooseHits(hits));
}

/** All mentions in a page (or a plain string, read as one text), sorted by start. */
export function findMentions(matcher: Matcher, page: PageText | string): Mention[] {
  const text = typeof page === 'string' ? page : page.text;
  return findMentionsIn(matcher, text, 0, text.length);
}
