/**
 * Flattens a topic pack into the records the search index holds: one per claim, entity and quantity.
 * Claims do not repeat their entities' aliases: an alias search finds the entity record, and its
 * claims are listed under it (`group-results.ts`). Repeating them (~45 aliases per claim on the real
 * pack) made claim records 3.5× longer and a keystroke 4× slower. Fields keep the pack's original
 * text (folding happens in the index's key getters), so match offsets point into what is displayed.
 */
import type { Claim, Entity, Quantity, Source, TopicPack } from '../pack/types';

/** The searchable fields; each record fills only those of its kind. */
export type SearchKey = 'title' | 'names' | 'statement' | 'figures' | 'who' | 'quote' | 'source';

/** A claim record. `figureQuantities[i]` is the quantity that `figures[i]` measures. */
export interface ClaimDoc {
  kind: 'claim';
  id: string;
  statement: string;
  quote: string;
  /** "Lloyd Austin, US Secretary of Defense". */
  who: string;
  /** The source's title and outlet. */
  source: string[];
  figures: string[];
  figureQuantities: string[];
}

/** An entity or quantity record: a possible group header. */
export interface HeaderDoc {
  kind: 'entity' | 'quantity';
  id: string;
  /** Entity name or quantity label. */
  title: string;
  /** Entity aliases in every language, or the quantity's cue words. */
  names: string[];
}

export type SearchDoc = ClaimDoc | HeaderDoc;

/** An entity's aliases other than its name, without duplicates that differ only in letter case. */
function aliasesOf(entity: Entity): string[] {
  const seen = new Set<string>([entity.name.toLowerCase()]);
  const aliases: string[] = [];
  for (const { text } of entity.aliases) {
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(text);
  }
  return aliases;
}

/** Builds the record of one claim. */
function claimDoc(claim: Claim, sources: ReadonlyMap<string, Source>): ClaimDoc {
  const source = sources.get(claim.source);
  return {
    kind: 'claim',
    id: claim.id,
    statement: claim.statement,
    quote: claim.quote,
    who: `${claim.attribution.who}, ${claim.attribution.role}`,
    source: source ? [source.title, source.outlet ?? ''] : [],
    figures: claim.figures.map((figure) => figure.text),
    figureQuantities: claim.figures.map((figure) => figure.quantity),
  };
}

/** Builds the header record of a quantity. */
function quantityDoc(quantity: Quantity): HeaderDoc {
  return { kind: 'quantity', id: quantity.id, title: quantity.label, names: quantity.cues };
}

/** All records of a pack: entities and quantities first, then claims, in pack order. */
export function buildSearchDocs(pack: TopicPack): SearchDoc[] {
  const sources = new Map(pack.sources.map((source) => [source.id, source]));
  const entityDocs: HeaderDoc[] = pack.entities.map((entity) => ({
    kind: 'entity',
    id: entity.id,
    title: entity.name,
    names: aliasesOf(entity),
  }));
  return [...entityDocs, ...pack.quantities.map(quantityDoc), ...pack.claims.map((claim) => claimDoc(claim, sources))];
}
