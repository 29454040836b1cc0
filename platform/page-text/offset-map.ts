/** Maps [start, end) offsets of collected text back to DOM Ranges. */
import type { Segment } from './collector';

function firstSegmentEndingAfter(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((segments[mid] as Segment).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rangeOver(doc: Document, first: Segment, last: Segment, start: number, end: number): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(first.node, Math.max(start, first.start) - first.start);
    range.setEnd(last.node, Math.min(end, last.end) - last.start);
    return range;
  } catch {
    // The page changed the node since it was collected (shorter text, removed): no mapping.
    return null;
  }
}

/**
 * Returns `toRanges(start, end)`: one Range per run of segments that are adjacent in `text` and share
 * a tree scope. A span crossing a block boundary or a shadow-root boundary therefore yields several
 * Ranges (a Range cannot span two trees; Chromium's find-in-page drops such matches); text with no
 * segments (the title block) yields none. Binary search, then O(segments covered).
 */
export function createOffsetMap(doc: Document, segments: readonly Segment[]): (start: number, end: number) => Range[] {
  return (start, end) => {
    const ranges: Range[] = [];
    if (!(start < end)) return ranges;
    let first: Segment | null = null;
    let last: Segment | null = null;
    const flush = (): void => {
      const range = first && last ? rangeOver(doc, first, last, start, end) : null;
      if (range) ranges.push(range);
    };
    for (let i = firstSegmentEndingAfter(segments, start); i < segments.length; i++) {
      const seg = segments[i] as Segment;
      if (seg.start >= end) break;
      if (!last || seg.start !== last.end || seg.scope !== last.scope) {
        flush();
        first = seg;
      }
      last = seg;
    }
    flush();
    return ranges;
  };
}
