/** Text with the words a search matched wrapped in `<mark>`; plain text nodes, never HTML strings. */
import { excerptSegments, highlightMatches, type MatchRange } from '../../core/search/highlight-matches';

export interface HighlightedProps {
  text: string;
  /** Inclusive [start, end] offsets of matched text, as the search reports them. */
  ranges: ReadonlyArray<MatchRange>;
  /** Shorten to about this many characters around the first match (for long quotes). */
  maxChars?: number;
}

/** Renders `text` with its matched ranges marked. */
export default function Highlighted({ text, ranges, maxChars }: HighlightedProps) {
  const segments = highlightMatches(text, ranges);
  const shown = maxChars === undefined ? segments : excerptSegments(segments, maxChars);
  return (
    <>
      {shown.map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
