/**
 * The content script's report and paint steps, on the same modules: `computeReport` and
 * `paintRangesOf` mirror `createAnalysis` in `entrypoints/content/analysis.ts` (which needs a WXT
 * content-script context, so it is not imported here). Keep the two in step.
 */
import { buildReport } from '@/core/build-report';
import { compareFigure } from '@/core/figures/compare-figure';
import { findFigures } from '@/core/figures/find-figures';
import { compileMatcher, type Matcher } from '@/core/match';
import type { TopicPack } from '@/core/pack/types';
import { buildClaimIndex, rankClaimsForPage, type ClaimIndex } from '@/core/rank';
import { judgePage } from '@/core/relevance/judge-page';
import type { PageReport } from '@/core/report';
import type { PaintRange } from '@/platform/highlighter';
import type { FoundMention, PageSnapshot } from '@/platform/page-scan';

/** Claims ranked for the panel (as in analysis.ts). */
const RANKED_CLAIMS = 20;

/** Everything compiled once per pack. */
export interface Engine {
  pack: TopicPack;
  matcher: Matcher;
  claimIndex: ClaimIndex;
  figureEntities: ReadonlySet<string>;
}

/** Compiles the matcher and claim index for `pack`. */
export function createEngine(pack: TopicPack): Engine {
  const figureEntities = new Set(pack.claims.filter((c) => c.figures.length > 0).flatMap((c) => c.entities));
  return { pack, matcher: compileMatcher(pack), claimIndex: buildClaimIndex(pack), figureEntities };
}

function painted(mentions: readonly FoundMention[]): FoundMention[] {
  return mentions.filter((mention) => mention.ranges.length > 0);
}

/** Judge, figures and ranking over a page snapshot, as the content script does after each scan. */
export function computeReport(engine: Engine, snapshot: PageSnapshot): PageReport {
  const { pack, claimIndex } = engine;
  const { page, mentions } = snapshot;
  const judgement = judgePage(pack, mentions, page);
  if (judgement.verdict === 'none') {
    return buildReport(pack, { judgement, mentions: painted(mentions), figures: [], claimIds: [] });
  }
  const figures = findFigures(pack, page, mentions).flatMap((figure) => {
    const comparison = compareFigure(figure, pack);
    return comparison ? [{ figure, comparison }] : [];
  });
  const ranked = rankClaimsForPage(
    claimIndex,
    mentions,
    figures.map((f) => f.figure),
    RANKED_CLAIMS,
  );
  return buildReport(pack, {
    judgement,
    mentions: painted(mentions),
    figures,
    claimIds: ranked.map((r) => r.claim.id),
  });
}

/** The ranges the reader paints for these mentions (no entity dismissed). */
export function paintRangesOf(engine: Engine, mentions: readonly FoundMention[]): PaintRange[] {
  return mentions.flatMap((mention) =>
    mention.ranges.map((range) => ({
      range,
      id: mention.id,
      kind: engine.figureEntities.has(mention.entityId) ? ('figure' as const) : ('plain' as const),
    })),
  );
}
