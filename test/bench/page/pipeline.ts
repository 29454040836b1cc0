/**
 * The content script's report and paint steps, on the same modules: `computeReport` and
 * `paintRangesOf` mirror `createAnalysis` in `entrypoints/content/analysis.ts` (which needs a WXT
 * content-script context, so it is not imported here); the parts and the report are
 * `core/analyse-page.ts`, the paint window and ranges `platform/paint-window.ts`, as there.
 */
import { analysePartSteps, combineParts } from '@/core/analyse-page';
import { compileMatcher, type Matcher } from '@/core/match';
import type { TopicPack } from '@/core/pack/types';
import { buildClaimIndex, type ClaimIndex } from '@/core/rank';
import type { PageReport } from '@/core/report';
import type { PaintRange } from '@/platform/highlighter';
import { entitiesWithFigures, itemsToPaint, toPaintRanges } from '@/platform/paint-window';
import type { AnalysePart, FoundMention, PageScan } from '@/platform/page-scan';

/** Everything compiled once per pack. */
export interface Engine {
  pack: TopicPack;
  matcher: Matcher;
  claimIndex: ClaimIndex;
  figureEntities: ReadonlySet<string>;
}

/** Compiles the matcher and claim index for `pack`. */
export function createEngine(pack: TopicPack): Engine {
  return {
    pack,
    matcher: compileMatcher(pack),
    claimIndex: buildClaimIndex(pack),
    figureEntities: entitiesWithFigures(pack),
  };
}

/** How the content script analyses each scanned part of the page. */
export function analysePartOf(engine: Engine): AnalysePart {
  return (page, mentions) => analysePartSteps(engine.pack, page, mentions);
}

/** The report combined from the scanned parts, as the content script does after each scan. */
export function computeReport(engine: Engine, scan: PageScan): PageReport {
  return combineParts(engine.pack, engine.claimIndex, scan.parts()).report;
}

/** The ranges the reader paints for these runs of mentions (no entity dismissed): near the viewport on a huge page. */
export function paintRangesOf(engine: Engine, runs: ReadonlyArray<readonly FoundMention[]>): PaintRange[] {
  const chosen = itemsToPaint(runs, (mention) => mention.ranges[0], window.innerHeight);
  return toPaintRanges(chosen, engine.figureEntities);
}
