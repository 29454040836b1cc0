/**
 * Runs the engine over the live page: time-sliced scans driven by the scan scheduler, each root
 * analysed as a part of the page in the same slices, then one report per batch of finished scans,
 * combined from the parts (see core/analyse-page.ts).
 *
 * Starting is spread over tasks: compiling the matcher (25–45 ms on a slow core, on every page),
 * indexing the claims and the first scan slice each run in a task of their own, so none of them is a
 * long task (over 50 ms) for the page, whatever it is about.
 */
import type { ContentScriptContext } from '#imports';
import { analysePartSteps, combineParts } from '@/core/analyse-page';
import { compileMatcher, type Matcher } from '@/core/match';
import type { Claim, TopicPack } from '@/core/pack/types';
import type { PageText } from '@/core/page-text';
import { buildClaimIndex, type ClaimIndex } from '@/core/rank';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { buildSearchIndex, searchCorpus, type SearchIndex } from '@/core/search/search-corpus';
import type { PaintRange } from '@/platform/highlighter';
import { contextTimeout } from '@/platform/context-timers';
import { createPageScan, type FoundMention, type PageScan } from '@/platform/page-scan';
import { entitiesWithFigures, toPaintRanges } from '@/platform/paint-window';
import { createScanScheduler } from '@/platform/scan-scheduler';

/** Claims the panel's search shows. */
const SEARCH_RESULTS = 12;

export interface Analysis {
  start(): void;
  report(): PageReport;
  /** Current mentions that have DOM ranges, in document order per scanned root. */
  mentions(): FoundMention[];
  /** Mentions to paint, leaving out dismissed entities: one list per scanned root, in document order. */
  paintRuns(dismissed: ReadonlySet<string>): FoundMention[][];
  /** The ranges that paint `mentions`. */
  paintRanges(mentions: readonly FoundMention[]): PaintRange[];
  search(query: string): Claim[];
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

/**
 * Starts scanning the page with `matcher`; `onScanned` runs once the scans queued so far are done
 * (a hundred posts appended at once are a hundred scans and one report), or after a navigation.
 */
function scanPage(ctx: ContentScriptContext, pack: TopicPack, matcher: Matcher, onScanned: () => void): PageScan {
  const analyse = (page: PageText, mentions: readonly FoundMention[]) => analysePartSteps(pack, page, mentions);
  const scan = createPageScan(document, matcher, analyse, () => void scheduler.whenIdle().then(onScanned));
  const scheduler = createScanScheduler(
    { doc: document, win: window, now: () => performance.now() },
    {
      scan: (root) => scan.scan(root),
      onNavigate: () => {
        scan.reset();
        onScanned();
      },
      onRemoved: (node) => {
        if (scan.forgetRemoved(node)) onScanned();
      },
    },
  );
  ctx.onInvalidated(() => scheduler.stop());
  scheduler.start();
  return scan;
}

/** Creates the page analysis; `onChange` runs after each new report. Nothing is scanned before `start()`. */
export function createAnalysis(ctx: ContentScriptContext, pack: TopicPack, onChange: () => void): Analysis {
  const figureEntities = entitiesWithFigures(pack);
  const built: { matcher?: Matcher; claimIndex?: ClaimIndex } = {};
  let scan: PageScan | null = null;
  let report = EMPTY_REPORT;
  let pending = false;

  /** After a batch of scans: the report in one task, the UI and hints (`onChange`) in the next. */
  function scheduleReport(): void {
    if (pending) return;
    pending = true;
    runInTasks(ctx, [
      () => {
        pending = false;
        report = computeReport();
      },
      onChange,
    ]);
  }

  function computeReport(): PageReport {
    const { claimIndex } = built;
    if (!scan || !claimIndex) return report;
    return combineParts(pack, claimIndex, scan.parts()).report;
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
          if (built.matcher) scan = scanPage(ctx, pack, built.matcher, scheduleReport);
        },
      ]),
    report: () => report,
    mentions,
    paintRuns: (dismissed) =>
      (scan?.runs() ?? []).map((run) =>
        dismissed.size === 0 ? run : run.filter((mention) => !dismissed.has(mention.entityId)),
      ),
    paintRanges: (chosen) => toPaintRanges(chosen, figureEntities),
    search: createSearch(pack),
  };
}
