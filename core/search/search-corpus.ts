/**
 * Search over the topic pack for the popup: claims, entities (every alias in every language),
 * sources and figures, grouped by entity or quantity.
 *
 * Design note
 * - Records: one per claim (statement, quote, "who, role", source title and outlet, figure texts), one
 *   per entity (name, aliases) and one per quantity (label, cue words). Entity and quantity records
 *   head groups, and list their claims when no claim text matched (`group-results.ts`).
 * - Matching: fuse.js token search (`useTokenSearch`). Every query term must match somewhere in a
 *   record (`tokenMatch: 'all'`), fuzzily and anywhere in a field (`ignoreLocation`): "troops Kursk"
 *   needs no phrase. Plain Bitap would need the words adjacent; extended search ANDs terms within one
 *   field only. When no record has every term, the search falls back to any term (`allTerms: false`),
 *   so the reader still sees the Kursk entry and the claims about troops.
 * - Terms: 3+ letters, or 2+ in Hangul, Han and digits (`normalize-text.ts`): "Um" and "to" would match
 *   inside most words. So "Kim Jong Um" searches "kim jong" and finds Kim Jong Un.
 * - Fuzziness: `THRESHOLD` 0.2 edits per character: 1 edit from 5 letters ("Kurks", "artilery"), 2
 *   from 10, shorter terms exact. At 0.3, "want" matched "ant" inside "sanctions" (a 4-letter term
 *   with one edit is any 3 of its letters), so "I Want to Live" listed unrelated claims; fuse's
 *   default 0.6 matches most of the corpus.
 * - Weights (`KEY_WEIGHTS`): names and statements outrank quotes and sources. Short fields weigh more
 *   (field-length norm), so an entity name beats a long quote that mentions it. Each field counts once,
 *   by its best value (`record-score.ts`), not once per matching alias as in fuse's own score.
 * - Folding: `normalizeText` (NFKC, lower case, accents, dashes, quotes) runs in each key's getter and
 *   on the query. It keeps lengths, so match offsets mark the original text. Fuse's own case and
 *   diacritic folding is off: it decomposes Hangul syllables (NFD), which would shift the offsets.
 * - Speed: fuse's Bitap costs 25–40 µs per record per keystroke: 300 ms at 100× the real pack. A
 *   bigram prefilter (`gram-filter.ts`, exact) drops records that cannot match; fuse then scores only
 *   the survivors, at most `MAX_SCORED_RECORDS`, through a throwaway instance over the prebuilt index
 *   records (`Fuse.parseIndex`, no re-folding). The caller builds the index once, lazily. Measured
 *   (`test/bench/search-bench.ts`): real pack 0.5–1 ms median; 100× 9–14 ms median, 16–26 ms p95.
 *   Tried and dropped: token search over the whole corpus (91 ms median at 100×); repeating entity
 *   aliases in claim records (4× slower); joining array fields into one string (no gain).
 */
import Fuse, { type FuseIndex, type FuseOptionKeyObject, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Claim, TopicPack } from '../pack/types';
import { buildGramIndex, findCandidates, type GramIndex, type TermMode } from './gram-filter';
import { groupResults, type SearchGroup } from './group-results';
import { normalizeQuery, normalizeText, tokenizeTerms } from './normalize-text';
import { byRecordScore } from './record-score';
import { buildSearchDocs, type SearchDoc, type SearchKey } from './search-docs';

/** Fuse's fuzziness: score = edits ÷ term length; 0.2 allows 1 edit from 5 letters, 2 from 10. */
const THRESHOLD = 0.2;
/** Shortest run of characters fuse marks as matched; single letters matched by chance are noise. */
const MIN_MATCH_CHARS = 2;
/**
 * Most records fuse scores per keystroke (5–15 ms of Bitap and token indexing). Above it, the records
 * sharing the most bigrams with the query are kept: exact while a query has at most this many
 * candidates (the whole real pack is ~130 records), approximate ranking beyond. At 300 the 100× p95
 * was 58 ms, over the 50 ms budget; at 200 it is 16–26 ms.
 */
const MAX_SCORED_RECORDS = 200;
/** Claims returned when the caller gives no limit: more than a 600 px popup shows without scrolling. */
export const DEFAULT_RESULT_LIMIT = 20;

/** Relative weights of the fields (fuse normalizes them to sum to 1). */
const KEY_WEIGHTS: Readonly<Record<SearchKey, number>> = {
  title: 3,
  names: 2,
  statement: 2,
  figures: 1.5,
  who: 1,
  quote: 1,
  source: 0.7,
};

/** Reads one field of a record, folded for matching. */
function foldedField(doc: SearchDoc, key: SearchKey): string | string[] | undefined {
  const value: unknown = (doc as unknown as Record<string, unknown>)[key];
  if (typeof value === 'string') return normalizeText(value);
  return Array.isArray(value) ? value.map((text: string) => normalizeText(text)) : undefined;
}

const KEYS: FuseOptionKeyObject<SearchDoc>[] = (Object.keys(KEY_WEIGHTS) as SearchKey[]).map((key) => ({
  name: key,
  weight: KEY_WEIGHTS[key],
  getFn: (doc: SearchDoc) => foldedField(doc, key),
}));

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  useTokenSearch: true,
  tokenize: tokenizeTerms,
  threshold: THRESHOLD,
  ignoreLocation: true,
  minMatchCharLength: MIN_MATCH_CHARS,
  // Text is folded already (see the design note).
  isCaseSensitive: true,
  includeMatches: true,
  sortFn: byRecordScore,
};

/** Everything a search needs, built once per pack. */
export interface SearchIndex {
  pack: TopicPack;
  docs: SearchDoc[];
  fuseIndex: FuseIndex<SearchDoc>;
  grams: GramIndex;
  claims: ReadonlyMap<string, Claim>;
  /** Entity names and quantity labels by id, for the headers of groups a claim opens. */
  labels: ReadonlyMap<string, string>;
  /** Each entity's name and aliases, folded, one per line. */
  entityNames: ReadonlyMap<string, string>;
}

/** The folded texts of each fuse record, for the bigram index. */
function recordTexts(fuseIndex: FuseIndex<SearchDoc>): string[][] {
  return fuseIndex.records.map((record) =>
    Object.values(record.$ ?? {}).flatMap((value) => (Array.isArray(value) ? value.map((sub) => sub.v) : [value.v])),
  );
}

/** Builds the search index of a pack (~25 ms for the real pack; call it lazily, after first paint). */
export function buildSearchIndex(pack: TopicPack): SearchIndex {
  const docs = buildSearchDocs(pack);
  const fuseIndex = Fuse.createIndex(KEYS, docs);
  return {
    pack,
    docs,
    fuseIndex,
    grams: buildGramIndex(recordTexts(fuseIndex)),
    claims: new Map(pack.claims.map((claim) => [claim.id, claim])),
    labels: new Map([
      ...pack.entities.map((entity): [string, string] => [entity.id, entity.name]),
      ...pack.quantities.map((quantity): [string, string] => [quantity.id, quantity.label]),
    ]),
    entityNames: new Map(
      pack.entities.map((entity) => [
        entity.id,
        normalizeText([entity.name, ...entity.aliases.map((a) => a.text)].join('\n')),
      ]),
    ),
  };
}

/** What a search found. */
export interface SearchResults {
  groups: SearchGroup[];
  /** False when no record matched every term and `groups` holds records matching some of them. */
  allTerms: boolean;
}

const NO_RESULTS: SearchResults = { groups: [], allTerms: true };

/** The records fuse should score for these terms, in index order. */
function recordsToScore(index: SearchIndex, terms: readonly string[], mode: TermMode): number[] {
  const candidates = findCandidates(index.grams, terms, THRESHOLD, mode);
  if (candidates === null) return index.docs.slice(0, MAX_SCORED_RECORDS).map((_, recordIndex) => recordIndex);
  if (candidates.records.length <= MAX_SCORED_RECORDS) return candidates.records;
  const { shared } = candidates;
  return candidates.records
    .sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0) || a - b)
    .slice(0, MAX_SCORED_RECORDS)
    .sort((a, b) => a - b);
}

/** Scores the candidate records with fuse through a throwaway instance over the prebuilt records. */
function scoreRecords(index: SearchIndex, query: string, mode: TermMode, limit: number): FuseResult<SearchDoc>[] {
  const docs: SearchDoc[] = [];
  const records = recordsToScore(index, query.split(' '), mode).flatMap((recordIndex, position) => {
    const record = index.fuseIndex.records[recordIndex];
    const doc = index.docs[recordIndex];
    if (!record || !doc) return [];
    docs.push(doc);
    return [{ ...record, i: position }];
  });
  if (records.length === 0) return [];
  const fuseIndex = Fuse.parseIndex<SearchDoc>({ keys: index.fuseIndex.keys, records });
  // Headers take slots too; twice the limit leaves room for them and for claims that join a group.
  return new Fuse(docs, { ...FUSE_OPTIONS, tokenMatch: mode }, fuseIndex).search(query, { limit: limit * 2 });
}

/**
 * Searches the pack for at most `limit` claims, in groups (an entity or quantity the query names, or
 * "other"), best group first. Empty for a query with no searchable term.
 */
export function searchCorpus(index: SearchIndex, query: string, limit = DEFAULT_RESULT_LIMIT): SearchResults {
  const normalized = normalizeQuery(query);
  if (normalized === '' || limit <= 0) return NO_RESULTS;
  const terms = normalized.split(' ');
  const all = scoreRecords(index, normalized, 'all', limit);
  if (all.length > 0 || terms.length === 1) return { groups: groupResults(all, index, terms, limit), allTerms: true };
  const any = scoreRecords(index, normalized, 'any', limit);
  return { groups: groupResults(any, index, terms, limit), allTerms: false };
}
