/** Checks a raw automaton hit against its alias's edge rules and letter case. */
import type { CompiledAlias } from './matcher';
import { aliasKey } from './matcher';
import { isHangulSyllable, isOneSyllableParticle, isWordCode } from './script';

/** Whether the unit at `at` (NaN outside the text) is a word unit (see `isWordCode`). */
function isWordAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordCode(text.charCodeAt(at));
}

/** Whether the unit at `at` is a Hangul syllable; false outside the text. */
function isSyllableAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isHangulSyllable(text.charCodeAt(at));
}

/** Whether the left edge of a hit starting at `start` satisfies `alias.left`. */
function isLeftOpen(alias: CompiledAlias, text: string, start: number): boolean {
  if (alias.left === 'word') return !isWordAt(text, start - 1);
  if (alias.left === 'syllable') return !isSyllableAt(text, start - 1);
  return true;
}

/** End of the mention for a hit ending at `end` under `alias.right`, or -1 when the edge is closed. */
function rightEnd(alias: CompiledAlias, text: string, end: number): number {
  if (alias.right === 'free') return end;
  if (alias.right === 'syllable') {
    if (!isSyllableAt(text, end)) return end;
    return isOneSyllableParticle(text.charCodeAt(end)) && !isSyllableAt(text, end + 1) ? end : -1;
  }
  if (!alias.prefix) return isWordAt(text, end) ? -1 : end;
  let wordEnd = end;
  while (isWordAt(text, wordEnd)) wordEnd++;
  return wordEnd;
}

/**
 * End (exclusive) of the mention for a raw hit of `alias` at `[start, end)` of the original text, or
 * -1 when the hit is rejected. Prefix aliases extend to the end of their word ("північнокорейських").
 * The letter case is checked last: it folds a slice, while most rejected hits ("un" in "unchanged")
 * fail on an edge for the price of one table lookup.
 */
export function acceptHit(alias: CompiledAlias, text: string, start: number, end: number): number {
  if (!isLeftOpen(alias, text, start)) return -1;
  const mentionEnd = rightEnd(alias, text, end);
  if (mentionEnd < 0 || alias.cased === null) return mentionEnd;
  return aliasKey(text.slice(start, end), false) === alias.cased ? mentionEnd : -1;
}
