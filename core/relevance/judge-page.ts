/**
 * Is a page about North Korea's part in Russia's war, does it mention it in passing, or neither?
 * Points come from mentions that count (see `company.ts`), weighted by where they stand; "about"
 * also needs the topic in the title or spread across the body, so one paragraph in a long article
 * on the war stays "passing".
 */
import type { Mention } from '../match/find-mentions';
import type { PageText, TextBlock } from '../page-text';
import type { Entity, TopicPack } from '../pack/types';
import type { Verdict } from '../report';
import { countMentions, isNear, type Standing } from './company';
import { runSteps, type Steps } from '../steps';

/** Points per counting mention, by standing: a topic-specific name weighs most. */
const POINTS: Readonly<Record<Standing, number>> = {
  signal: 3, // "North Korean troops": a single one already suggests the topic.
  stated: 3, // "North Korea sent shells to Russia": the sentence names the topic as plainly as a signal.
  core: 1.5, // "North Korea" next to Russia/Ukraine/Kursk: half a signal.
  context: 0.5, // "Kursk" next to the topic: adds a little, never counts alone.
  'lone-core': 0, // "Kim Jong Un" with no war around: K-pop, missile tests, summits.
  'lone-context': 0, // "Putin" alone: oil prices, the war in general.
};
/** Multiplier by block kind: the headline states what a page is about; headings nearly so. */
const KIND_WEIGHT: Readonly<Record<TextBlock['kind'], number>> = { title: 3, heading: 2, body: 1 };
/** Points for "passing": one signal in the body, or two core mentions next to the war. */
const PASSING_MIN_SCORE = 3;
/** Points for "about": e.g. a signal headline (9), or three signal mentions in the body. */
const ABOUT_MIN_SCORE = 9;
/**
 * Signal or stated mentions "about" needs: North Korea next to Russia is also summits, trade and
 * tourism; a topic-specific name, or a sentence naming arms and the war, makes it military support.
 */
const ABOUT_MIN_SIGNALS = 1;
/** Share of body blocks that must carry the topic for "about" when the title does not. */
const ABOUT_MIN_SPREAD = 0.3;
/** Body blocks shorter than this (characters) are captions, bylines or links: not counted in the spread. */
const MIN_PARAGRAPH_CHARS = 40;

/** What `judgePage` decided, with a score for debugging and reasons in plain words. */
export interface PageJudgement {
  verdict: Verdict;
  /** Sum of weighted points (see `POINTS`, `KIND_WEIGHT`). */
  score: number;
  reasons: string[];
}

const entityMaps = new WeakMap<TopicPack, ReadonlyMap<string, Entity>>();

/** The pack's entities by id, built once per pack. */
function entitiesOf(pack: TopicPack): ReadonlyMap<string, Entity> {
  let map = entityMaps.get(pack);
  if (map === undefined) {
    map = new Map(pack.entities.map((entity) => [entity.id, entity]));
    entityMaps.set(pack, map);
  }
  return map;
}

/** The page's blocks; a plain string is one body block per line. */
function blocksOf(page: PageText | string): readonly TextBlock[] {
  if (typeof page !== 'string') return page.blocks;
  const blocks: TextBlock[] = [];
  let start = 0;
  for (const line of page.split('\n')) {
    blocks.push({ start, end: start + line.length, kind: 'body' });
    start += line.length + 1;
  }
  return blocks;
}

/** Index of the block holding `offset` (blocks sorted by start), or -1. */
function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const block = blocks[mid]!;
    if (offset < block.start) hi = mid - 1;
    else if (offset >= block.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Counts `key` in a tally. */
function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Plain-words reasons from per-standing tallies of entity names, plus the spread. */
function explain(
  byStanding: Map<Standing, Map<string, number>>,
  titled: boolean,
  topical: number,
  paragraphs: number,
): string[] {
  const labels: Record<Standing, string> = {
    signal: 'topic-specific',
    stated: 'core, with arms and the war in one sentence',
    core: 'core, next to the war',
    context: 'context, next to the topic',
    'lone-core': 'core, with no war context nearby (not counted)',
    'lone-context': 'context only (not counted)',
  };
  const reasons: string[] = [];
  for (const [standing, counts] of byStanding) {
    const names = [...counts].map(([name, count]) => `${name} ×${count}`).join(', ');
    reasons.push(`${labels[standing]}: ${names}`);
  }
  if (titled) reasons.push('the title names the topic');
  reasons.push(`the topic appears in ${topical} of ${paragraphs} paragraphs`);
  return reasons;
}

/** How one mention weighs in the judgement: its standing, and the block it stands in. */
export interface MentionWeight {
  standing: Standing;
  kind: TextBlock['kind'];
  /** Index of its block in its part's blocks, or -1 when it stands in none. */
  block: number;
  /** Whether that block is long enough to count as a paragraph (see `MIN_PARAGRAPH_CHARS`). */
  inParagraph: boolean;
}

/** A mention with its weight. */
export interface WeighedMention<M extends Mention = Mention> {
  mention: M;
  weight: MentionWeight;
}

/**
 * One part of a page, weighed on its own: the whole page, or a subtree the content script scanned
 * (a live blog's new post). Judging sums parts, so a new part never makes the old ones count again.
 */
export interface WeighedPart<M extends Mention = Mention> {
  /** Sorted by start. */
  weighed: ReadonlyArray<WeighedMention<M>>;
  /** Paragraphs in the part (see `MIN_PARAGRAPH_CHARS`). */
  paragraphs: number;
}

/** Whether a block is long enough to count as a paragraph (see `MIN_PARAGRAPH_CHARS`). */
function isParagraph(block: TextBlock | undefined): boolean {
  return block !== undefined && block.kind === 'body' && block.end - block.start >= MIN_PARAGRAPH_CHARS;
}

/** Mentions weighed between two yields of `weighPartSteps`. */
const WEIGH_CHUNK = 512;

/**
 * Weighs the mentions of one part of a page (any order), in steps: standing from their company, and
 * place. A mention's company is only the mentions near it (`isNear`), so the sorted mentions are
 * weighed in runs cut where two neighbours are not near: the same standings as all at once.
 */
export function* weighPartSteps<M extends Mention>(
  pack: TopicPack,
  mentions: readonly M[],
  page: PageText | string,
): Steps<WeighedPart<M>> {
  const text = typeof page === 'string' ? page : page.text;
  const entities = entitiesOf(pack);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const blocks = blocksOf(page);
  const weighed: Array<WeighedMention<M>> = [];
  for (let from = 0; from < sorted.length;) {
    let to = Math.min(sorted.length, from + WEIGH_CHUNK);
    while (to < sorted.length && isNear(text, sorted[to - 1]!, sorted[to]!)) to++;
    const run = sorted.slice(from, to);
    const standings = countMentions(text, run, entities);
    run.forEach((mention, i) => {
      const block = blockAt(blocks, mention.start);
      const kind = blocks[block]?.kind ?? 'body';
      weighed.push({
        mention,
        weight: { standing: standings[i]!, kind, block, inParagraph: isParagraph(blocks[block]) },
      });
    });
    from = to;
    yield;
  }
  return { weighed, paragraphs: blocks.filter(isParagraph).length };
}

/** Weighs the mentions of one part of a page in one go (see `weighPartSteps`). */
export function weighPart<M extends Mention>(
  pack: TopicPack,
  mentions: readonly M[],
  page: PageText | string,
): WeighedPart<M> {
  return runSteps(weighPartSteps(pack, mentions, page));
}

/** What one part's mentions add up to (see `tallyPart`); judging a page sums its parts' tallies. */
export interface PartTally {
  score: number;
  signals: number;
  titled: boolean;
  byStanding: Map<Standing, Map<string, number>>;
  /** The part's paragraphs that carry the topic. */
  topical: number;
  paragraphs: number;
}

/** Adds up the weighed mentions of one part: points, signals, names by standing, topical paragraphs. */
export function tallyPart(pack: TopicPack, part: WeighedPart): PartTally {
  const entities = entitiesOf(pack);
  const result = { score: 0, signals: 0, titled: false, byStanding: new Map<Standing, Map<string, number>>() };
  const topical = new Set<number>();
  for (const { mention, weight } of part.weighed) {
    const { standing, kind, block } = weight;
    result.score += POINTS[standing] * KIND_WEIGHT[kind];
    if (!result.byStanding.has(standing)) result.byStanding.set(standing, new Map());
    tally(result.byStanding.get(standing)!, entities.get(mention.entityId)?.name ?? mention.entityId);
    if (standing === 'signal' || standing === 'stated') result.signals++;
    if (standing === 'context' || standing === 'lone-core' || standing === 'lone-context') continue;
    if (kind === 'title') result.titled = true;
    if (kind === 'body' && block >= 0 && weight.inParagraph) topical.add(block);
  }
  return { ...result, topical: topical.size, paragraphs: part.paragraphs };
}

/** Judges a page from its parts' tallies: the sum of their points, where the topic stands, its spread. */
export function judgeTallies(tallies: readonly PartTally[]): PageJudgement {
  let [score, signals, topical, paragraphs, titled] = [0, 0, 0, 0, false];
  const byStanding = new Map<Standing, Map<string, number>>();
  for (const part of tallies) {
    score += part.score;
    signals += part.signals;
    topical += part.topical;
    paragraphs += part.paragraphs;
    titled ||= part.titled;
    for (const [standing, names] of part.byStanding) {
      const merged = byStanding.get(standing) ?? new Map<string, number>();
      for (const [name, count] of names) merged.set(name, (merged.get(name) ?? 0) + count);
      byStanding.set(standing, merged);
    }
  }
  const spread = paragraphs === 0 ? 0 : topical / paragraphs;
  let verdict: Verdict = score >= PASSING_MIN_SCORE ? 'passing' : 'none';
  if (score >= ABOUT_MIN_SCORE && signals >= ABOUT_MIN_SIGNALS && (titled || spread >= ABOUT_MIN_SPREAD)) {
    verdict = 'about';
  }
  return { verdict, score, reasons: explain(byStanding, titled, topical, paragraphs) };
}

/** Judges whether a page is about the topic from its mentions (any order), their roles, company and place. */
export function judgePage(pack: TopicPack, mentions: readonly Mention[], page: PageText | string): PageJudgement {
  return judgeTallies([tallyPart(pack, weighPart(pack, mentions, page))]);
}
