/**
 * Runs the engine over the live page: time-sliced scans driven by the scan scheduler, then one
 * judgement, figure comparison and ranking per batch of finished scans.
 */
import type { ContentScriptContext } from '#imports';
import { analysePage } from '@/core/analyse-page';
import { compileMatcher } from '@/core/match';
import type { Claim, TopicPack } from '@/core/pack/types';
import { buildClaimIndex } from '@/core/rank';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { buildSearchIndex, searchCorpus, type SearchIndex } from '@/core/search/search-corpus';
import type { PaintRange } from '@/platform/highlighter';
import { contextTimeout } from '@/platform/context-timers';
import { createPageScan, type FoundMention } from '@/platform/page-scan';
import { createScanScheduler } from '@/platform/scan-scheduler';

/** Claims the panel's search shows. */
const SEARCH_RESULTS = 12;

export interface Analysis {
  start(): void;
  report(): PageReport;
  /** Current mentions that have DOM ranges, in document order per scanned root. */
  mentions(): FoundMention[];
  /** Ranges to paint, leaving out dismissed entities. */
  paintRanges(dismissed: ReadonlySet<string>): PaintRange[];
  search(query: string): Claim[];
}

/** Entities that some claim with a figure concerns: their hints look different. */
function entitiesWithFigures(pack: TopicPack): Set<string> {
  return new Set(pack.claims.filter((claim) => claim.figures.length > 0).flatMap((claim) => claim.entities));
}

/** Creates the page analysis; `onChange` runs after each new report. */
export function createAnalysis(ctx: ContentScriptContext, pack: TopicPack, onChange: () => void): Analysis {
  const matcher = compileMatcher(pack);
  const claimIndex = buildClaimIndex(pack);
  const figureEntities = entitiesWithFigures(pack);
  let searchIndex: SearchIndex | null = null;
  let report = EMPTY_REPORT;
  let pending = false;

  const scan = createPageScan(document, matcher, () => scheduleReport());
  const scheduler = createScanScheduler(
    { doc: document, win: window, now: () => performance.now() },
    {
      scan: (root) => scan.scan(root),
      onNavigate: () => {
        scan.reset();
        scheduleReport();
      },
    },
  );
  ctx.onInvalidated(() => scheduler.stop());

  function scheduleReport(): void {
    if (pending) return;
    pending = true;
    contextTimeout(
      ctx,
      () => {
        pending = false;
        report = computeReport();
        onChange();
      },
      0,
    );
  }

  function computeReport(): PageReport {
    const { page, mentions } = scan.snapshot();
    return analysePage(pack, matcher, claimIndex, page, mentions).report;
  }

  return {
    start: () => scheduler.start(),
    report: () => report,
    mentions: () => scan.mentions(),
    paintRanges: (dismissed) =>
      scan.mentions().flatMap((mention) =>
        dismissed.has(mention.entityId)
          ? []
          : mention.ranges.map((range) => ({
              range,
              id: mention.id,
              kind: figureEntities.has(mention.entityId) ? ('figure' as const) : ('plain' as const),
            })),
      ),
    search(query) {
      searchIndex ??= buildSearchIndex(pack);
      const seen = new Set<string>();
      return searchCorpus(searchIndex, query, SEARCH_RESULTS)
        .groups.flatMap((group) => group.items.map((hit) => hit.claim))
        .filter((claim) => !seen.has(claim.id) && seen.add(claim.id) !== undefined);
    },
  };
}
