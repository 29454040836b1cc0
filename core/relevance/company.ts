/** Which mentions count towards the topic, from their entity's role and the mentions around them. */
import type { Mention } from '../match/find-mentions';
import type { Entity } from '../pack/types';
import { isDateline } from './dateline';

/** Whitespace that may separate two neighbouring sentences (spaces, NBSP, tabs, block breaks). */
const GAP = /^\s*$/;

/**
 * How a mention counts: `signal` always; `stated` for the core mention of a sentence that states the
 * topic itself (see `statedMentions`); `core` and `context` only in company (see `countMentions`).
 */
export type Standing = 'signal' | 'stated' | 'core' | 'context' | 'lone-core' | 'lone-context';

/**
 * Whether two mentions (`first` not after `second`) sit in the same sentence or in two sentences
 * with only whitespace between them: neighbours, or a heading and the paragraph under it. A third
 * sentence in between breaks the company: "China and Russia urged restraint" two sentences after
 * "Kim Jong Un oversaw the launch" does not make a missile test part of the war.
 */
export function isNear(text: string, first: Mention, second: Mention): boolean {
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

/** Weapons and armed forces, other than the war's own (Russian forces count as the war, not as arms). */
function isArms(entity: Entity | undefined): boolean {
  return entity !== undefined && (entity.type === 'weapon' || entity.type === 'military') && entity.war !== true;
}

/**
 * Indexes of the first core mention of each sentence that also names arms and the war: "North Korea
 * sent a million artillery shells to Russia", "Russia fired North Korean missiles at Kyiv". Such a
 * sentence states the topic as plainly as a signal name does, while a missile test (no war) or a
 * summit with Putin (no arms) does not. A core weapon or army ("KN-23", "North Korean military")
 * is both the core mention and the arms.
 */
function statedMentions(mentions: readonly Mention[], roles: readonly (Entity | undefined)[]): Set<number> {
  const stated = new Set<number>();
  for (let from = 0; from < mentions.length;) {
    let to = from + 1;
    while (to < mentions.length && mentions[to]!.sentence.start === mentions[from]!.sentence.start) to++;
    const sentence = roles.slice(from, to);
    const core = sentence.findIndex((entity) => entity?.role === 'core');
    if (core >= 0 && sentence.some(isArms) && sentence.some((entity) => entity?.war === true)) stated.add(from + core);
    from = to;
  }
  return stated;
}

/**
 * The standing of each mention (`mentions` sorted by start; unknown entities and datelines count as
 * lone context): a `core` mention is `stated` when its sentence states the topic (see
 * `statedMentions`), else counts only near (see `isNear`) a signal or a war-context mention (an
 * entity flagged `war`: Russia, Kursk, Putin, not South Korea or the UN); a `context` mention
 * counts only near a mention that counts as signal, stated or core, so context alone never counts.
 */
export function countMentions(
  text: string,
  mentions: readonly Mention[],
  entities: ReadonlyMap<string, Entity>,
): Standing[] {
  const roles = mentions.map((mention) => {
    const entity = entities.get(mention.entityId);
    return entity === undefined || isDateline(text, mention, entity.type) ? undefined : entity;
  });
  const vouches = (j: number): boolean => roles[j]?.role === 'signal' || roles[j]?.war === true;
  const stated = statedMentions(mentions, roles);
  const standings: Standing[] = roles.map((entity, i) => {
    if (entity?.role === 'signal') return 'signal';
    if (entity?.role !== 'core') return 'lone-context';
    if (stated.has(i)) return 'stated';
    return hasCompany(text, mentions, i, vouches) ? 'core' : 'lone-core';
  });
  const counts = (j: number): boolean => ['signal', 'stated', 'core'].includes(standings[j]!);
  return standings.map((standing, i) => {
    if (standing !== 'lone-context' || roles[i] === undefined) return standing;
    return hasCompany(text, mentions, i, counts) ? 'context' : standing;
  });
}
