/**
 * The ranges figures are read in: the sentence of each mention with its neighbours in the same
 * block, sorted and merged. Finding the neighbours scans about two sentences per mention, so on a
 * long page with many mentions this runs in steps too.
 */
import type { Mention } from '../match/find-mentions';
import { sentenceAround, type Span } from '../match/sentences';
import type { Steps } from '../steps';
import type { StepMeter } from './step-meter';

/** The sentence with its neighbours in the same block. */
function spanAround(text: string, sentence: Span): Span {
  let before = sentence.start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = sentence.end;
  while (after < text.length && text[after] === ' ') after++;
  // Only the start of the sentence before is needed, and it depends only on where the span starts:
  // a span to the end of the text spares `sentenceAround` its scan forward.
  const start = before >= 0 && text[before] !== '\n' ? sentenceAround(text, before, text.length).start : sentence.start;
  const end = after < text.length && text[after] !== '\n' ? sentenceAround(text, after, after + 1).end : sentence.end;
  return { start: Math.min(start, sentence.start), end: Math.max(end, sentence.end) };
}

/** The sentence of each mention with its neighbours in the same block, sorted and merged; yields as `meter` says. */
export function* figureRangesSteps(text: string, mentions: readonly Mention[], meter: StepMeter): Steps<Span[]> {
  const spans: Span[] = [];
  let previous: Span | undefined;
  for (const { sentence } of mentions) {
    if (previous?.start === sentence.start && previous.end === sentence.end) continue; // The same span again.
    previous = sentence;
    const span = spanAround(text, sentence);
    spans.push(span);
    if (meter.add(span.end - span.start)) yield;
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
