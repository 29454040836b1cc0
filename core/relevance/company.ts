/** Which mentions count towards the topic, from their entity's role and the mentions around them. */
import type { Mention } from '../match/find-mentions';
import type { Entity, EntityType } from '../pack/types';

/** Whitespace that may separate two neighbouring sentences (spaces, NBSP, tabs, block breaks). */
const GAP = /^\s*$/;

/**
 * Context types that do not vouch for a core mention: generic hardware and programmes (a "ballistic
 * missile" next to "North Korea" is a 2017 missile test, not the war). States, people, places and
 * events (Russia, Ukraine, Putin, Kursk) do.
 *
 * TODO [2027-01-31]: the pack format cannot tell war context (Russia, Kursk, Putin) from third
 * parties that are also `context` (South Korea, the United States, China, the UN), so those vouch
 * too and "North Korea … Seoul said" counts. Read a pack-level marker here once `types.ts` has one;
 * until then `judgePage` also requires a signal mention for "about".
 */
const NON_WAR_CONTEXT_TYPES: ReadonlySet<EntityType> = new Set(['weapon', 'programme']);

/** How a mention counts: `signal` always; `core` and `context` only in company (see `countMentions`). */
export type Standing = 'signal' | 'core' | 'context' | 'lone-core' | 'lone-context';

/**
 * Whether two mentions (`first` not after `second`) sit in the same sentence or in two sentences
 * with only whitespace between them: neighbours, or a heading and the paragraph under it. A third
 * sentence in between breaks the company: "China and Russia urged restraint" two sentences after
 * "Kim Jong Un oversaw the launch" does not make a missile test part of the war.
 */
function isNear(text: string, first: Mention, second: Mention): boolean {
  if (second.sentence.start <= first.sentence.end) return true;
  return GAP.test(text.slice(first.sentence.end, second.sentence.start));
}

/** Whether any mention near `mentions[at]` (itself excluded) passes `test`; `mentions` sorted by start. */
function hasCompany(text: string, mentions: readonly Mention[], at: number, test: (index: number) => boolean): boolean {
  const here = mentions[at]!;
  for (let j = at - 1; j >= 0 && isNear(text, mentions[j]!, here); j--) if (test(j)) return true;
  for (let j = at + 1; j < mentions.length && isNear(text, here, mentions[j]!); j++) if (test(j)) return true;
  return false;
}

/**
 * The standing of each mention (`mentions` sorted by start; unknown entities count as lone context):
 * a `core` mention counts only near (see `isNear`) a signal or a war-context mention; a `context` mention counts
 * only near a signal or a counting core mention, so context alone never counts.
 */
export function countMentions(
  text: string,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Standing[] {
  const roles = mentions.map((mention) => entities.get(mention.entityId));
  const vouches = (j: number): boolean => {
    const entity = roles[j];
    return entity?.role === 'signal' || (entity?.role === 'context' && !NON_WAR_CONTEXT_TYPES.has(entity.type));
  };
  const standings: Standing[] = roles.map((entity, i) => {
    if (entity?.role === 'signal') return 'signal';
    if (entity?.role === 'core') return hasCompany(text, mentions, i, vouches) ? 'core' : 'lone-core';
    return 'lone-context';
  });
  return standings.map((standing, i) => {
    if (standing !== 'lone-context' || roles[i] === undefined) return standing;
    return hasCompany(text, mentions, i, (j) => standings[j] === 'signal' || standings[j] === 'core')
      ? 'context'
      : standing;
  });
}
