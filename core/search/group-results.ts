/**
 * Turns fuse's ranked records into what the popup lists: claims grouped under the entity or quantity
 * the query names. Each matched claim (best first):
 * 1. joins the best-ranked matched entity it concerns or matched quantity one of its figures measures;
 * 2. else, when one of its figures matched, opens a group for that figure's quantity;
 * 3. else opens a group for the first of its entities whose name or an alias contains a query term
 *    ("troops Kursk" → North Korean troops);
 * 4. else goes under "Other claims".
 * Then each entity or quantity that itself matched is topped up with other claims that concern it,
 * the groups sharing what is left of the limit, so "김정은" lists what the corpus says about Kim Jong Un
 * though no claim is written in Korean. A group left empty is dropped, except an entity no claim
 * concerns: the popup still shows its description ("Kursk region: …").
 */
import type { FuseResult } from 'fuse.js';
import type { Claim } from '../pack/types';
import type { SearchDoc, SearchKey } from './search-docs';

/** Label of the group for claims that match neither a named entity nor a quantity. */
export const OTHER_GROUP_LABEL = 'Other claims';

/** One matched field value, with the original (unfolded) text and the matched ranges in it. */
export interface FieldMatch {
  key: SearchKey;
  text: string;
  /** Inclusive [start, end] offsets into `text`, sorted, not overlapping. */
  indices: ReadonlyArray<readonly [number, number]>;
  /** For key `figures`: the quantity the figure measures. */
  quantity?: string;
}

/** One claim in the results. `matches` is empty for a claim listed only because its group matched. */
export interface ClaimHit {
  claim: Claim;
  matches: FieldMatch[];
}

/** What a group of results is about. */
export interface GroupInfo {
  kind: 'entity' | 'quantity' | 'other';
  id: string;
  label: string;
}

/** A group header (with its own matched words, if the entity or quantity itself matched) and its claims. */
export interface SearchGroup {
  group: GroupInfo;
  matches: FieldMatch[];
  items: ClaimHit[];
}

/** What group building needs from the search index. */
export interface GroupingContext {
  claims: ReadonlyMap<string, Claim>;
  pack: { claims: readonly Claim[] };
  /** Display label of every entity and quantity, by id. */
  labels: ReadonlyMap<string, string>;
  /** Every entity's name and aliases, folded and joined by newlines, by id. */
  entityNames: ReadonlyMap<string, string>;
}

/** Converts fuse's matches of one record into field matches on the original text. */
export function toFieldMatches(result: FuseResult<SearchDoc>): FieldMatch[] {
  const doc = result.item;
  return (result.matches ?? []).flatMap((match) => {
    const key = match.key as SearchKey;
    const value: unknown = (doc as unknown as Record<string, unknown>)[key];
    const text = Array.isArray(value) ? value[match.refIndex ?? 0] : value;
    if (typeof text !== 'string') return [];
    const field: FieldMatch = { key, text, indices: match.indices };
    const quantity = doc.kind === 'claim' && key === 'figures' ? doc.figureQuantities[match.refIndex ?? 0] : undefined;
    return [quantity === undefined ? field : { ...field, quantity }];
  });
}

/** Whether a claim belongs to a group: concerns its entity or measures its quantity. */
function belongsTo(claim: Claim, group: GroupInfo): boolean {
  if (group.kind === 'entity') return claim.entities.includes(group.id);
  if (group.kind === 'quantity') return claim.figures.some((figure) => figure.quantity === group.id);
  return false;
}

/** The group a claim opens when it joins none (rules 2–4); `terms` are the folded query terms. */
function ownGroup(
  claim: Claim,
  matches: readonly FieldMatch[],
  context: GroupingContext,
  terms: readonly string[],
): GroupInfo {
  const { labels, entityNames } = context;
  const quantity = matches.find((match) => match.quantity !== undefined)?.quantity;
  if (quantity !== undefined) return { kind: 'quantity', id: quantity, label: labels.get(quantity) ?? quantity };
  const named = claim.entities.find((id) => terms.some((term) => entityNames.get(id)?.includes(term)));
  if (named !== undefined) return { kind: 'entity', id: named, label: labels.get(named) ?? named };
  return { kind: 'other', id: 'other', label: OTHER_GROUP_LABEL };
}

/** Where an entity sits in a claim's list (its first entity is what the claim is mostly about). */
function prominence(claim: Claim, group: GroupInfo): number {
  return group.kind === 'entity' ? claim.entities.indexOf(group.id) : 0;
}

/** Adds up to `room` not yet shown claims of a group, most prominent first, then in pack order. */
function topUp(group: SearchGroup, members: readonly Claim[], room: number, shown: Set<string>): void {
  const ranked = members
    .filter((claim) => !shown.has(claim.id))
    .map((claim, order) => ({ claim, order, prominence: prominence(claim, group.group) }))
    .sort((a, b) => a.prominence - b.prominence || a.order - b.order)
    .slice(0, Math.max(0, room));
  for (const { claim } of ranked) {
    group.items.push({ claim, matches: [] });
    shown.add(claim.id);
  }
}

/** Tops up the groups (best first, sharing the room left) and drops those left empty (see above). */
function topUpGroups(
  groups: readonly SearchGroup[],
  claims: readonly Claim[],
  limit: number,
  shown: Set<string>,
): SearchGroup[] {
  // Only groups whose entity or quantity itself matched; a group a claim opened has no header matches.
  const headed = groups.filter((group) => group.matches.length > 0);
  const kept = new Set<SearchGroup>(groups.filter((group) => group.matches.length === 0));
  headed.forEach((group, position) => {
    const members = claims.filter((claim) => belongsTo(claim, group.group));
    topUp(group, members, Math.ceil((limit - shown.size) / (headed.length - position)), shown);
    if (group.items.length > 0 || (group.group.kind === 'entity' && members.length === 0)) kept.add(group);
  });
  return groups.filter((group) => kept.has(group));
}

/** Groups fuse's results (best first) for the folded query `terms` into at most `limit` claims (see above). */
export function groupResults(
  results: ReadonlyArray<FuseResult<SearchDoc>>,
  context: GroupingContext,
  terms: readonly string[],
  limit: number,
): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  // Best (lowest) result position in each group, for ordering the groups.
  const ranks = new Map<string, number>();
  results.forEach((result, rank) => {
    if (result.item.kind === 'claim') return;
    const group: GroupInfo = { kind: result.item.kind, id: result.item.id, label: result.item.title };
    groups.set(`${group.kind}:${group.id}`, { group, matches: toFieldMatches(result), items: [] });
    ranks.set(`${group.kind}:${group.id}`, rank);
  });
  const shown = new Set<string>();
  results.forEach((result, rank) => {
    const claim = result.item.kind === 'claim' ? context.claims.get(result.item.id) : undefined;
    if (!claim || shown.size >= limit) return;
    const matches = toFieldMatches(result);
    const joined = [...groups.values()].find((candidate) => belongsTo(claim, candidate.group));
    const info = joined?.group ?? ownGroup(claim, matches, context, terms);
    const key = `${info.kind}:${info.id}`;
    const group = groups.get(key) ?? { group: info, matches: [], items: [] };
    groups.set(key, group);
    ranks.set(key, Math.min(ranks.get(key) ?? rank, rank));
    group.items.push({ claim, matches });
    shown.add(claim.id);
  });
  const ordered = [...groups.keys()].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
  return topUpGroups(
    ordered.flatMap((key) => groups.get(key) ?? []),
    context.pack.claims,
    limit,
    shown,
  );
}
