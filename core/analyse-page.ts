/**
 * From a page's text and mentions to its report: judge the page, read and compare its figures, rank
 * the corpus claims, build the `PageReport`. One module, so the content script and the scan CLI
 * (scripts/scan.ts) cannot disagree about a page.
 *
 * A page is analysed in parts: the content script scans the whole page once, then only what changes
 * (a live blog's new post), and each scanned part is weighed and has its figures read once, in steps
 * (`analysePartSteps`). Combining the parts (`combineParts`) is a sum over their mentions, so a page
 * that grows by one post costs that post, not the page again. Company (relevance/company.ts) does
 * not cross parts: a new post is weighed on its own words, not those of the paragraph before it.
 * The CLI analyses a page as one part.
 */
import { buildReport } from './build-report';
import { compareFigure, type FigureComparison } from './figures/compare-figure';
import { findFiguresSteps, type PageFigure } from './figures/find-figures';
import { findMentions, type Matcher, type Mention } from './match';
import type { Span } from './match/sentences';
import type { PageText } from './page-text';
import type { TopicPack } from './pack/types';
import { rankClaimsByCounts, type ClaimIndex, type RankedClaim } from './rank';
import {
  judgeTallies,
  tallyPart,
  weighPartSteps,
  type PageJudgement,
  type PartTally,
  type WeighedPart,
} from './relevance/judge-page';
import type { PageReport } from './report';
import { runSteps, type Steps } from './steps';

/** Claims ranked for the panel (its list and the quantities of the first `QUANTITY_CLAIM_DEPTH`). */
export const RANKED_CLAIMS = 20;

/** A figure the page states, with where it sits against the corpus. */
export interface ComparedFigure {
  figure: PageFigure;
  comparison: FigureComparison;
}

/** One analysed part of a page: its weighed mentions, its title (if it has the page's) and its figures. */
export interface PagePart<M extends Mention = Mention> extends WeighedPart<M> {
  /** The title block: its mentions are judged but never painted, so not reported. */
  title: Span | null;
  /** Figures the part states, offsets into the part's own text. */
  figures: readonly ComparedFigure[];
}

/** What `combineParts` worked out: the report, and the judgement, figures and ranking it was built from. */
export interface PageCombination {
  report: PageReport;
  judgement: PageJudgement;
  /** Empty when the page is judged 'none'. */
  figures: ComparedFigure[];
  /** Most related first, at most `RANKED_CLAIMS`; empty when the page is judged 'none'. */
  ranked: RankedClaim[];
}

/** What `analysePage` worked out: the combination, and every mention it judged (title included), sorted by start. */
export interface PageAnalysis extends PageCombination {
  mentions: readonly Mention[];
}

/** What one part adds to its page's judgement, ranking and report. */
interface PartSummary {
  tally: PartTally;
  /** Every mention by entity (for ranking). */
  all: Map<string, number>;
  /** Painted mentions (outside the title) by entity (for the report). */
  painted: Map<string, number>;
}

/**
 * Summaries by part. A part is never changed once analysed (the content script filters a part into a
 * new object when some of its mentions are gone), so a page that grows by one part summarises one.
 */
const summaries = new WeakMap<PagePart, PartSummary>();

/** The summary of a part of a page about `pack`'s topic, computed once per part. */
function summaryOf(pack: TopicPack, part: PagePart): PartSummary {
  let summary = summaries.get(part);
  if (summary === undefined) {
    const all = new Map<string, number>();
    const painted = new Map<string, number>();
    for (const { mention } of part.weighed) {
      all.set(mention.entityId, (all.get(mention.entityId) ?? 0) + 1);
      if (isPainted(part.title, mention)) painted.set(mention.entityId, (painted.get(mention.entityId) ?? 0) + 1);
    }
    summary = { tally: tallyPart(pack, part), all, painted };
    summaries.set(part, summary);
  }
  return summary;
}

/** Counts by entity, summed over several maps. */
function sumCounts(maps: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const sum = new Map<string, number>();
  for (const map of maps) for (const [key, count] of map) sum.set(key, (sum.get(key) ?? 0) + count);
  return sum;
}

/** Whether a mention lies outside the part's title block: the title is judged but never painted. */
function isPainted(title: Span | null, mention: Mention): boolean {
  return title === null || mention.start >= title.end || mention.end <= title.start;
}

/**
 * Analyses one part of a page (`mentions` found in `page.text`, any order) in steps: weighs the
 * mentions, reads and compares the figures around them, and summarises the part for
 * `combineParts`, yielding between pieces of work.
 */
export function* analysePartSteps<M extends Mention>(
  pack: TopicPack,
  page: PageText,
  mentions: readonly M[],
): Steps<PagePart<M>> {
  const weighed = yield* weighPartSteps(pack, mentions, page);
  const sorted = weighed.weighed.map(({ mention }) => mention);
  const found = yield* findFiguresSteps(pack, page, sorted);
  const figures = found.flatMap((figure) => {
    const comparison = compareFigure(figure, pack);
    return comparison ? [{ figure, comparison }] : [];
  });
  const title = page.blocks.find((block) => block.kind === 'title') ?? null;
  const part = { ...weighed, title: title && { start: title.start, end: title.end }, figures };
  yield;
  // Summarised here, in the scan's slices, so combining the parts later is a merge of summaries.
  summaryOf(pack, part);
  return part;
}

/** Combines analysed parts into the page's judgement, figures, ranking and report. */
export function combineParts(pack: TopicPack, claimIndex: ClaimIndex, parts: readonly PagePart[]): PageCombination {
  const summed = parts.map((part) => summaryOf(pack, part));
  const judgement = judgeTallies(summed.map(({ tally }) => tally));
  const counts = sumCounts(summed.map(({ painted }) => painted));
  if (judgement.verdict === 'none') {
    const report = buildReport(pack, { judgement, counts, figures: [], claimIds: [] });
    return { report, judgement, figures: [], ranked: [] };
  }
  const figures = parts.flatMap((part) => part.figures);
  const ranked = rankClaimsByCounts(
    claimIndex,
    sumCounts(summed.map(({ all }) => all)),
    figures.map(({ figure }) => figure),
    RANKED_CLAIMS,
  );
  const claimIds = ranked.map(({ claim }) => claim.id);
  const report = buildReport(pack, { judgement, counts, figures, claimIds });
  return { report, judgement, figures, ranked };
}

/** Analyses a whole page as one part; by default its text is scanned once with `matcher`. */
export function analysePage(
  pack: TopicPack,
  matcher: Matcher,
  claimIndex: ClaimIndex,
  page: PageText,
  mentions: readonly Mention[] = findMentions(matcher, page),
): PageAnalysis {
  const part = runSteps(analysePartSteps(pack, page, mentions));
  return { ...combineParts(pack, claimIndex, [part]), mentions: part.weighed.map(({ mention }) => mention) };
}
