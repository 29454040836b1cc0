/**
 * Fuse match offsets → text segments the UI renders as plain text and `<mark>` elements, so matched
 * words are marked without ever building HTML from strings.
 */

/** A run of text, marked when it matched the query. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Inclusive [start, end] offsets in UTF-16 code units, as fuse reports them. */
export type MatchRange = readonly [number, number];

const ELLIPSIS = '…';

/** Whether the code unit at `index` is the second half of a surrogate pair (an emoji, a rare Han). */
function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Ranges clamped to the text, widened to whole code points, sorted and merged. */
function cleanRanges(text: string, ranges: ReadonlyArray<MatchRange>): Array<[number, number]> {
  const clamped = ranges
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(text.length, end + 1)])
    .filter(([start, end]) => start < end)
    .map(([start, end]): [number, number] => [
      isLowSurrogate(text, start) ? start - 1 : start,
      isLowSurrogate(text, end) ? end + 1 : end,
    ])
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** Splits `text` into unmarked and marked segments at the matched ranges (any order, overlaps merged). */
export function highlightMatches(text: string, ranges: ReadonlyArray<MatchRange>): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of cleanRanges(text, ranges)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** The last `before` characters of text, from a word start when there is one, after "…". */
function trimStart(text: string, before: number): string {
  if (text.length <= before) return text;
  const cut = text.slice(text.length - before);
  const space = cut.indexOf(' ');
  return ELLIPSIS + (space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut);
}

/** The first `length` code units of text (not splitting a surrogate pair), then "…". */
function cutEnd(text: string, length: number): string {
  const end = isLowSurrogate(text, length) ? length - 1 : length;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Shortens segments to about `maxChars`, keeping the first mark and `context` characters before it,
 * with "…" where text was cut. For long quotes shown as a one-line snippet.
 */
export function excerptSegments(segments: readonly TextSegment[], maxChars: number, context = 24): TextSegment[] {
  const firstMark = segments.findIndex((segment) => segment.marked);
  const rest = firstMark > 0 ? segments.slice(firstMark) : segments.slice();
  const lead = firstMark > 0 ? segments[firstMark - 1] : undefined;
  const out: TextSegment[] = lead ? [{ text: trimStart(lead.text, context), marked: false }] : [];
  let budget = maxChars - (out[0]?.text.length ?? 0);
  for (const segment of rest) {
    if (budget <= 0) break;
    const text = segment.text.length > budget ? cutEnd(segment.text, budget) : segment.text;
    out.push({ text, marked: segment.marked });
    budget -= segment.text.length;
  }
  return out;
}
