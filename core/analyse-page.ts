/**
 * From a page's text and mentions to its report: judge the page, read and compare its figures, rank
 * the corpus claims, build the `PageReport`. One function, so the content script and the scan CLI
 * (scripts/scan.ts) cannot disagree about a page.
 */
import { buildReport } from './build-report';
import { compareFigure, type FigureComparison } from './figures/compare-figure';
import { findFigures, type PageFigure } from './figures/find-figures';
import { findMentions, type Matcher, type Mention } from './match';
import type { PageText, TextBlock } from './page-text';
import type { TopicPack } from './pack/types';
import { rankClaimsForPage, type ClaimIndex, type RankedClaim } from './rank';
import { judgePage, type PageJudgement } from './relevance/judge-page';
import type { PageReport } from './report';

/** Claims ranked for the panel (its list and the quantities of the first `QUANTITY_CLAIM_DEPTH`). */
export const RANKED_CLAIMS = 20;

/** A figure the page states, with where it sits against the corpus. */
export interface ComparedFigure {
  figure: PageFigure;
  comparison: FigureComparison;
}

/** What `analysePage` worked out: the report, and the judgement, figures and ranking it was built from. */
export interface PageAnalysis {
  report: PageReport;
  judgement: PageJudgement;
  /** Every mention it judged, title included, sorted by start. */
  mentions: readonly Mention[];
  /** Empty when the page is judged 'none'. */
  figures: ComparedFigure[];
  /** Most related first, at most `RANKED_CLAIMS`; empty when the page is judged 'none'. */
  ranked: RankedClaim[];
}

/** Whether a mention lies outside the page's title block: the title is judged but never painted. */
function isPainted(title: TextBlock | undefined, mention: Mention): boolean {
  return title === undefined || mention.start >= title.end || mention.end <= title.start;
}

/**
 * Analyses one page. `mentions` are those found in `page.text` (the content script passes what its
 * incremental scan found); by default the whole text is scanned once with `matcher`. The report
 * counts only painted mentions (outside the title); judging uses them all.
 */
export function analysePage(
  pack: TopicPack,
  matcher: Matcher,
  claimIndex: ClaimIndex,
  page: PageText,
  mentions: readonly Mention[] = findMentions(matcher, page),
): PageAnalysis {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const judgement = judgePage(pack, sorted, page);
  const title = page.blocks.find((block) => block.kind === 'title');
  const painted = sorted.filter((mention) => isPainted(title, mention));
  if (judgement.verdict === 'none') {
    const report = buildReport(pack, { judgement, mentions: painted, figures: [], claimIds: [] });
    return { report, judgement, mentions: sorted, figures: [], ranked: [] };
  }
  const figures = findFigures(pack, page, sorted).flatMap((figure) => {
    const comparison = compareFigure(figure, pack);
    return comparison ? [{ figure, comparison }] : [];
  });
  const ranked = rankClaimsForPage(
    claimIndex,
    sorted,
    figures.map(({ figure }) => figure),
    RANKED_CLAIMS,
  );
  const claimIds = ranked.map(({ claim }) => claim.id);
  const report = buildReport(pack, { judgement, mentions: painted, figures, claimIds });
  return { report, judgement, mentions: sorted, figures, ranked };
}
