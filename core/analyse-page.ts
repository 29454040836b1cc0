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
import { rankClaimsForPage, type ClaimIndex, type RankedClaim } from './rank';
import { judgeParts, weighPartSteps, type PageJudgement, type WeighedPart } from './relevance/judge-page';
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
export interface PageAnalysis {
  report: PageReport;
  judgement: PageJudgement;
  /** Every mention it judged, title included: by part, each part sorted by start. */
  mentions: readonly Mention[];
  /** Empty when the page is judged 'none'. */
  figures: ComparedFigure[];
  /** Most related first, at most `RANKED_CLAIMS`; empty when the page is judged 'none'. */
  ranked: RankedClaim[];
}

/** Whether a mention lies outside the part's title block: the title is judged but never painted. */
function isPainted(title: Span | null, mention: Mention): boolean {
  return title === null || mention.start >= title.end || mention.end <= title.start;
}

/**
 * Analyses one part of a page (`mentions` found in `page.text`, any order) in steps: weighs the
 * mentions, then reads and compares the figures around them, yielding between pieces of work.
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
  return { ...weighed, title: title && { start: title.start, end: title.end }, figures };
}

/** Combines analysed parts into the page's judgement, figures, ranking and report. */
export function combineParts(pack: TopicPack, claimIndex: ClaimIndex, parts: readonly PagePart[]): PageAnalysis {
  const judgement = judgeParts(pack, parts);
  const mentions: Mention[] = [];
  const painted: Mention[] = [];
  for (const part of parts) {
    for (const { mention } of part.weighed) {
      mentions.push(mention);
      if (isPainted(part.title, mention)) painted.push(mention);
    }
  }
  if (judgement.verdict === 'none') {
    const report = buildReport(pack, { judgement, mentions: painted, figures: [], claimIds: [] });
    return { report, judgement, mentions, figures: [], ranked: [] };
  }
  const figures = parts.flatMap((part) => part.figures);
  const ranked = rankClaimsForPage(
    claimIndex,
    mentions,
    figures.map(({ figure }) => figure),
    RANKED_CLAIMS,
  );
  const claimIds = ranked.map(({ claim }) => claim.id);
  const report = buildReport(pack, { judgement, mentions: painted, figures, claimIds });
  return { report, judgement, mentions, figures, ranked };
}

/** Analyses a whole page as one part; by default its text is scanned once with `matcher`. */
export function analysePage(
  pack: TopicPack,
  matcher: Matcher,
  claimIndex: ClaimIndex,
  page: PageText,
  mentions: readonly Mention[] = findMentions(matcher, page),
): PageAnalysis {
  return combineParts(pack, claimIndex, [runSteps(analysePartSteps(pack, page, mentions))]);
}
