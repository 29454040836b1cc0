/**
 * Runs the engine over the live page: time-sliced scans driven by the scan scheduler, then one
 * judgement, figure comparison and ranking per batch of finished scans.
 *
 * Starting is spread over tasks: compiling the matcher (25–45 ms on a slow core, on every page),
 * indexing the claims and the first scan slice each run in a task of their own, so none of them is a
 * long task (over 50 ms) for the page, whatever it is about.
 */
import type { ContentScriptContext } from '#imports';
import { analysePage } from '@/core/analyse-page';
import { compileMatcher, type Matcher } from '@/core/match';
import type { Claim, TopicPack } from '@/core/pack/types';
import { buildClaimIndex, type ClaimIndex } from '@/core/rank';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { buildSearchIndex, searchCorpus, type SearchIndex } from '@/core/search/search-corpus';
import type { PaintRange } from '@/platform/highlighter';
import { contextTimeout } from '@/platform/context-timers';
import { createPageScan, type FoundMention, type PageScan } from '@/platform/page-scan';
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

/** Runs `steps` one per task (yielding to the page between them); stops if the context goes away. */
function runInTasks(ctx: ContentScriptContext, steps: ReadonlyArray<() => void>): void {
  const [first, ...rest] = steps;
  if (!first) return;
  contextTimeout(
    ctx,
    () => {
      first();
      runInTasks(ctx, rest);
    },
    0,
  );
}

/** Corpus search for the panel; its index is built on the first query. */
function createSearch(pack: TopicPack): (query: string) => Claim[] {
  let index: SearchIndex | null = null;
  return (query) => {
    index ??= buildSearchIndex(pack);
    const seen = new Set<string>();
    return searchCorpus(index, query, SEARCH_RESULTS)
      .groups.flatMap((group) => group.items.map((hit) => hit.claim))
      .filter((claim) => !seen.has(claim.id) && seen.add(claim.id) !== undefined);
  };
}

/** Starts scanning the page with `matcher`; `onScanned` runs after each finished scan (or a navigation). */
function scanPage(ctx: ContentScriptContext, matcher: Matcher, onScanned: () => void): PageScan {
  const scan = createPageScan(document, matcher, onScanned);
  const scheduler = createScanScheduler(
    { doc: document, win: window, now: () => performance.now() },
    {
      scan: (root) => scan.scan(root),
      onNavigate: () => {
        scan.reset();
        onScanned();
      },
    },
  );
  ctx.onInvalidated(() => scheduler.stop());
  scheduler.start();
  return scan;
}

/** The ranges to paint for `mentions`, leaving out dismissed entities. */
function toPaintRanges(
  mentions: readonly FoundMention[],
  dismissed: ReadonlySet<string>,
  figureEntities: ReadonlySet<string>,
): PaintRange[] {
  return mentions.flatMap((mention) =>
    dismissed.has(mention.entityId)
      ? []
      : mention.ranges.map((range) => ({
          range,
          id: mention.id,
          kind: figureEntities.has(mention.entityId) ? ('figure' as const) : ('plain' as const),
        })),
  );
}

/** Creates the page analysis; `onChange` runs after each new report. Nothing is scanned before `start()`. */
export function createAnalysis(ctx: ContentScriptContext, pack: TopicPack, onChange: () => void): Analysis {
  const figureEntities = entitiesWithFigures(pack);
  const built: { matcher?: Matcher; claimIndex?: ClaimIndex } = {};
  let scan: PageScan | null = null;
  let report = EMPTY_REPORT;
  let pending = false;

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
    const { matcher, claimIndex } = built;
    if (!scan || !matcher || !claimIndex) return report;
    const { page, mentions } = scan.snapshot();
    return analysePage(pack, matcher, claimIndex, page, mentions).report;
  }

  const mentions = (): FoundMention[] => scan?.mentions() ?? [];
  return {
    start: () =>
      runInTasks(ctx, [
        () => {
          built.matcher = compileMatcher(pack);
        },
        () => {
          built.claimIndex = buildClaimIndex(pack);
        },
        () => {
          if (built.matcher) scan = scanPage(ctx, built.matcher, scheduleReport);
        },
      ]),
    report: () => report,
    mentions,
    paintRanges: (dismissed) => toPaintRanges(mentions(), dismissed, figureEntities),
    search: createSearch(pack),
  };
}
