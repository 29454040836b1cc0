/** Lookups over a topic pack and the selections the hint card shows; pure, built once per pack. */
import type { Claim, Entity, Quantity, Source, Topic, TopicPack } from '../core/pack/types';
import type { PageReport, QuantityReport } from '../core/report';

/** A topic pack keyed by id, for O(1) lookups while rendering. */
export interface PackIndex {
  topic: Topic;
  entities: ReadonlyMap<string, Entity>;
  claims: ReadonlyMap<string, Claim>;
  sources: ReadonlyMap<string, Source>;
  quantities: ReadonlyMap<string, Quantity>;
}

/** Indexes a pack's entities, claims, sources and quantities by id. */
export function indexPack(pack: TopicPack): PackIndex {
  return {
    topic: pack.topic,
    entities: byId(pack.entities),
    claims: byId(pack.claims),
    sources: byId(pack.sources),
    quantities: byId(pack.quantities),
  };
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Looks up claims by id in the given order, skipping ids the pack does not have. */
export function claimsFor(index: PackIndex, claimIds: readonly string[]): Claim[] {
  return claimIds.flatMap((id) => index.claims.get(id) ?? []);
}

/** What the hint card shows for one entity. */
export interface HintView {
  entity: Entity;
  claims: Claim[];
  quantities: QuantityReport[];
}

/** Claims shown in a card with no figures; with figures, one fewer so the card stays short. */
export const CARD_CLAIM_LIMIT = 3;

/**
 * The card's content for an entity: the report's quantities whose figures come from claims about it,
 * then its highest-ranked claims not already shown as figures. `null` for an unknown entity.
 */
export function buildHintView(index: PackIndex, report: PageReport, entityId: string): HintView | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const isAbout = (claimId: string): boolean => index.claims.get(claimId)?.entities.includes(entityId) ?? false;
  const quantities = report.quantities.filter((q) => q.corpus.some((f) => isAbout(f.claimId)));
  const shown = new Set(quantities.flatMap((q) => q.corpus.map((f) => f.claimId)));
  const limit = quantities.length > 0 ? CARD_CLAIM_LIMIT - 1 : CARD_CLAIM_LIMIT;
  const claimIds = report.claimIds.filter((id) => isAbout(id) && !shown.has(id)).slice(0, limit);
  return { entity, claims: claimsFor(index, claimIds), quantities };
}
