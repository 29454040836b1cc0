/**
 * Which hints to paint: all of them on an ordinary page, only those near the viewport on a huge one.
 *
 * Chromium revalidates every range of every registered highlight whenever one changes, so painting
 * 14,000 ranges on the benchmark's 5 MB page costs a 150 to 350 ms frame, and every later change
 * (a hover's focus, a rescan) costs it again. Above `PAINT_ALL_MAX` ranges, each run of ranges (one
 * scanned root, in document order) is searched for the part that lies within a screen of the
 * viewport: a binary search on the ranges' boxes, then a walk outwards that stops after a few ranges
 * in a row outside the band (layouts are mostly, not strictly, in document order). The reader
 * repaints the window as the page scrolls. Hints far from the viewport are not painted until the
 * reader scrolls near them; hovering and the keyboard cursor work on the painted ones. Items are
 * anything with a range (a mention, measured by its first range), so only the chosen ones need to
 * become paint ranges.
 */

import type { TopicPack } from '../core/pack/types';
import type { PaintRange } from './highlighter';
import type { FoundMention } from './page-scan';

/** Up to this many items, every hint is painted (one frame of about 25 ms on a slow core). */
export const PAINT_ALL_MAX = 1500;
/** Most items painted near the viewport, whatever the page's density. */
export const PAINT_WINDOW_MAX = 600;
/** Viewport heights painted above and below the viewport. */
const MARGIN_VIEWPORTS = 1;
/** Ranges in a row outside the band after which the walk outwards stops. */
const OUTSIDE_STREAK = 12;

/** A vertical band in viewport coordinates. */
interface Band {
  top: number;
  bottom: number;
}

/** Reads the range an item is measured by. */
export type RangeOf<T> = (item: T) => Range | undefined;

/** The box of a range, or null when it has none (collapsed, hidden, or gone from the page). */
function boxOf(range: Range | undefined): DOMRect | null {
  if (range === undefined) return null;
  try {
    const box = range.getBoundingClientRect();
    return box.width === 0 && box.height === 0 ? null : box;
  } catch {
    return null;
  }
}

/** First index whose box does not end above the band (boxless ranges count as above). */
function firstReaching<T>(run: readonly T[], rangeOf: RangeOf<T>, band: Band): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const box = boxOf(rangeOf(run[mid]!));
    if (box === null || box.bottom < band.top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of one run within the band, walking out from where the band starts, at most `limit`. */
function windowOf<T>(run: readonly T[], rangeOf: RangeOf<T>, band: Band, limit: number): T[] {
  const start = firstReaching(run, rangeOf, band);
  const found: T[] = [];
  const isIn = (box: DOMRect | null): boolean => box !== null && box.bottom >= band.top && box.top <= band.bottom;
  for (let i = start, outside = 0; i < run.length && outside < OUTSIDE_STREAK && found.length < limit; i++) {
    const entry = run[i]!;
    if (isIn(boxOf(rangeOf(entry)))) {
      found.push(entry);
      outside = 0;
    } else outside++;
  }
  for (let i = start - 1, outside = 0; i >= 0 && outside < OUTSIDE_STREAK && found.length < limit; i--) {
    const entry = run[i]!;
    if (isIn(boxOf(rangeOf(entry)))) {
      found.push(entry);
      outside = 0;
    } else outside++;
  }
  return found;
}

/** Whether `runs` hold more items than are painted all at once. */
export function isWindowed(runs: ReadonlyArray<readonly unknown[]>): boolean {
  let total = 0;
  for (const run of runs) total += run.length;
  return total > PAINT_ALL_MAX;
}

/**
 * The items to paint: all of them up to `PAINT_ALL_MAX`, else those within a viewport's height of
 * a viewport `viewportHeight` tall, at most `PAINT_WINDOW_MAX`.
 */
export function itemsToPaint<T>(runs: ReadonlyArray<readonly T[]>, rangeOf: RangeOf<T>, viewportHeight: number): T[] {
  if (!isWindowed(runs)) return runs.flat();
  const band = { top: -viewportHeight * MARGIN_VIEWPORTS, bottom: viewportHeight * (1 + MARGIN_VIEWPORTS) };
  const painted: T[] = [];
  for (const run of runs) {
    if (painted.length >= PAINT_WINDOW_MAX) break;
    painted.push(...windowOf(run, rangeOf, band, PAINT_WINDOW_MAX - painted.length));
  }
  return painted;
}

/** Entities that some claim with a figure concerns: their hints look different. */
export function entitiesWithFigures(pack: TopicPack): Set<string> {
  return new Set(pack.claims.filter((claim) => claim.figures.length > 0).flatMap((claim) => claim.entities));
}

/** The ranges that paint `mentions`: a mention of an entity in `figureEntities` as a figure hint. */
export function toPaintRanges(mentions: readonly FoundMention[], figureEntities: ReadonlySet<string>): PaintRange[] {
  return mentions.flatMap((mention) =>
    mention.ranges.map((range) => ({
      range,
      id: mention.id,
      kind: figureEntities.has(mention.entityId) ? ('figure' as const) : ('plain' as const),
    })),
  );
}
