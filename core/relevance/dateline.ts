/**
 * Datelines: the place a wire story was filed from ("MOSCOW, Jan 4 (Reuters) -", "Москва. 4 января.
 * INTERFAX.RU -"). It says where the reporter sat, not what the story is about: Interfax files its
 * reports on North Korean missile tests from Moscow, which is no sign of Russia's war.
 */
import type { Mention } from '../match/find-mentions';
import type { EntityType } from '../pack/types';

/** Entity types a dateline can name: cities and countries. */
const DATELINE_TYPES: ReadonlySet<EntityType> = new Set(['place', 'state']);
/**
 * What follows the place in a dateline, up to the dash that opens the story: punctuation, then at
 * most 40 characters (a date, a second place, the agency: ", Ukraine, Oct 23 (Reuters)" is 27), or
 * the agency in brackets ("Berlin (dpa) -"). Longer runs are prose that happens to hold a dash.
 */
const DATELINE_TAIL = /^(?:[.,][^\n]{0,40}?|\s*\([^()\n]{1,30}\))\s[-–—]\s/u;
/** The bare all-caps form: "MOSCOW — ". */
const BARE_TAIL = /^\s[-–—]\s/u;

/** Whether `text` before `offset` is only spaces back to the start of its block. */
function opensBlock(text: string, offset: number): boolean {
  let at = offset - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0')) at--;
  return at < 0 || text[at] === '\n';
}

/** Whether a mention of an entity of type `type` is the dateline that opens its paragraph. */
export function isDateline(text: string, mention: Mention, type: EntityType): boolean {
  if (!DATELINE_TYPES.has(type) || !opensBlock(text, mention.start)) return false;
  const tail = text.slice(mention.end, mention.end + 80);
  if (DATELINE_TAIL.test(tail)) return true;
  const name = text.slice(mention.start, mention.end);
  return name === name.toUpperCase() && name !== name.toLowerCase() && BARE_TAIL.test(tail);
}
