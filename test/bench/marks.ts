/**
 * The two ways mark.js can highlight the pack's aliases, as specs for the page bundle.
 *
 * - Keyword mode, `mark(aliases, …)`: what mark.js's docs show for a word list. It runs one
 *   regular expression and one full DOM pass per keyword (546 for the real pack): ~9 s on the 100 KB
 *   page and ~2 min on 1 MB here, so the bench runs it on the small page only.
 * - RegExp mode, `markRegExp(/…|…/giu, { acrossElements: true })`: one alternation of every alias,
 *   longest first, with the same word edges as our matcher (no letter or digit either side; a
 *   Hangul end may take a particle), spaces matching any whitespace run. One pass, like our
 *   automaton: the fair baseline, used on every page size.
 *
 * Both run case-insensitive (mark.js cannot mix per-keyword case rules) with `acrossElements: true`
 * (mentions split by `<b>`/`<a>` are found) and wrap each match in `<mark>`.
 */
import type { TopicPack } from '@/core/pack/types';
import { allAliases } from './gen/lexicon';
import type { MarkKeywordsSpec, MarkRegExpSpec } from './page/api';

/** Characters that end a word for mark.js's `accuracy: 'exactly'` besides whitespace. */
const LIMITERS = [',', '.', ':', ';', '!', '?', '"', "'", '(', ')', '«', '»', '“', '”', '–', '—'];
const HANGUL_END = /[\uac00-\ud7a3]$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `mark(aliases, { accuracy: exactly, separateWordSearch: false, acrossElements: true, diacritics: false })`. */
export function markKeywordsSpec(pack: TopicPack): MarkKeywordsSpec {
  return {
    mode: 'keywords',
    keywords: [...new Set(allAliases(pack))],
    options: {
      accuracy: { value: 'exactly', limiters: LIMITERS },
      separateWordSearch: false,
      acrossElements: true,
      diacritics: false,
    },
  };
}

/** `markRegExp` with one alternation of every alias and our matcher's word edges. */
export function markRegExpSpec(pack: TopicPack): MarkRegExpSpec {
  const aliases = [...new Set(allAliases(pack))].sort((a, b) => b.length - a.length);
  const branches = aliases.map((alias) => {
    const body = escapeRegExp(alias).replace(/\s+/g, '\\s+');
    return HANGUL_END.test(alias) ? body : `${body}(?![\\p{L}\\p{N}])`;
  });
  return {
    mode: 'regexp',
    source: `(?<![\\p{L}\\p{N}])(?:${branches.join('|')})`,
    flags: 'giu',
    options: { acrossElements: true },
  };
}
