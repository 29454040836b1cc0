/**
 * Corpus lint for data/topic-pack.json: schema, ids, order, canonical formatting, and that every
 * quote is verbatim, on-topic text of its source article (data/sources/*.txt).
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatPack } from '../core/pack/format-pack';
import type { Lang, TopicPack } from '../core/pack/types';
import { validatePack } from '../core/pack/validate-pack';

const PACK_NAME = 'data/topic-pack.json';
const dataUrl = new URL('../data/', import.meta.url);
const packText = readFileSync(new URL('topic-pack.json', dataUrl), 'utf8');
const validation = validatePack(JSON.parse(packText), PACK_NAME);
if (validation.pack === null) throw new Error(`${PACK_NAME} is invalid:\n${validation.errors.join('\n')}`);
const pack: TopicPack = validation.pack;
const sourceTexts = new Map(
  pack.sources.map((source) => [source.id, readFileSync(new URL(source.textFile, dataUrl), 'utf8')]),
);

/** SHA-256 of the seed articles as received; the copies must stay byte-identical. */
const SOURCE_SHA256: Record<string, string> = {
  'doran-nk-troops-putin-weakness': 'ce33360782d0cd1b2e21ec1a2fb9cad1dc0a8ec32ed79b4f93127116d1a20044',
  'euractiv-brief-putin-nk-experiment': '4627786eff29fc8f570f805b862aabf2b1a02078c4e5f931f84247a647169d6d',
};

/** The article body of each source: quotes must come from between these markers (both included). */
const ON_TOPIC_SPANS: Record<string, readonly [string, string]> = {
  'doran-nk-troops-putin-weakness': ['The war for Ukraine is widening.', 'with outside help.'],
  'euractiv-brief-putin-nk-experiment': ['Reports that North Korean troops', 'contribution is necessary.'],
};

/** Words from the ad, the Roundup, the agenda and the page furniture, which no quote may contain. */
const OFF_TOPIC_MARKERS = [
  'Metal Packaging',
  'Georgia',
  'Morocco',
  'Israel',
  'Sweden',
  'Look out for',
  'Roundup',
  'von der Leyen',
  'Borrell',
  'Source link',
  'decioalmeida',
];

const REQUIRED_LANGS: readonly Lang[] = ['en', 'ko', 'uk', 'ru'];
const LISTS = ['sources', 'entities', 'quantities', 'claims'] as const;

/** Claims whose quote is not verbatim text of their source's article body. */
function findMisquotes(candidate: TopicPack): string[] {
  return candidate.claims.flatMap((claim) => {
    const text = sourceTexts.get(claim.source) ?? '';
    const [startMarker, endMarker] = ON_TOPIC_SPANS[claim.source] ?? ['', ''];
    const start = text.indexOf(startMarker);
    const end = text.indexOf(endMarker) + endMarker.length;
    const at = text.indexOf(claim.quote, start);
    if (at === -1) return [`claims[${claim.id}].quote: not found verbatim in ${claim.source}`];
    return at + claim.quote.length > end ? [`claims[${claim.id}].quote: outside the article body`] : [];
  });
}

/** Claims quoting any off-topic marker. */
function findOffTopicQuotes(candidate: TopicPack): string[] {
  return candidate.claims
    .filter((claim) => OFF_TOPIC_MARKERS.some((marker) => claim.quote.includes(marker)))
    .map((claim) => claim.id);
}

/** A copy of the pack with one claim's quote replaced. */
function withQuote(index: number, edit: (quote: string) => string): TopicPack {
  return {
    ...pack,
    claims: pack.claims.map((claim, i) => (i === index ? { ...claim, quote: edit(claim.quote) } : claim)),
  };
}

const normalise = (text: string): string => text.toLowerCase().replace(/[\s.!?,"“”]+$/u, '');

describe('data/topic-pack.json', () => {
  it('passes validatePack with no errors', () => {
    expect(validation.errors).toEqual([]);
  });

  it.each(LISTS)('has unique %s ids, sorted by id', (list) => {
    const ids = pack[list].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('is byte-for-byte what formatPack produces from it', () => {
    expect(formatPack(pack)).toBe(packText);
  });

  it('is left unchanged by Prettier', async () => {
    const filepath = fileURLToPath(new URL('topic-pack.json', dataUrl));
    const options = (await resolveConfig(filepath)) ?? {};
    expect(await format(packText, { ...options, filepath })).toBe(packText);
  });

  it('keeps every source text byte-identical to the seed article', () => {
    const digests = Object.fromEntries(
      [...sourceTexts].map(([id, text]) => [id, createHash('sha256').update(text, 'utf8').digest('hex')]),
    );
    expect(digests).toEqual(SOURCE_SHA256);
  });

  it('quotes every claim verbatim from the body of its source article', () => {
    expect(findMisquotes(pack)).toEqual([]);
  });

  it('detects a quote changed by one character', () => {
    const broken = withQuote(0, (quote) => `${quote.slice(0, -1)}#`);
    expect(findMisquotes(broken)).toEqual([
      `claims[${pack.claims[0]?.id}].quote: not found verbatim in ${pack.claims[0]?.source}`,
    ]);
  });

  it('detects a quote taken from outside the article body', () => {
    const euractiv = pack.claims.findIndex((claim) => claim.source === 'euractiv-brief-putin-nk-experiment');
    const broken = withQuote(euractiv, () => 'Germany ups defence exports to Israel');
    expect(findMisquotes(broken)).toEqual([`claims[${pack.claims[euractiv]?.id}].quote: outside the article body`]);
    expect(findOffTopicQuotes(broken)).toEqual([pack.claims[euractiv]?.id]);
  });

  it('keeps the ad, the Roundup, the agenda and page furniture out of every quote', () => {
    expect(findOffTopicQuotes(pack)).toEqual([]);
  });

  it('finds every figure text inside its claim quote', () => {
    const figures = pack.claims.flatMap((claim) => claim.figures.map((figure) => ({ claim, figure })));
    expect(figures.filter(({ claim, figure }) => !claim.quote.includes(figure.text))).toEqual([]);
  });

  it('references only sources, entities and quantities that exist', () => {
    const ids = (list: (typeof LISTS)[number]) => new Set(pack[list].map((record) => record.id));
    const [sources, entities, quantities] = [ids('sources'), ids('entities'), ids('quantities')];
    const dangling = pack.claims.flatMap((claim) => [
      ...(sources.has(claim.source) ? [] : [claim.source]),
      ...claim.entities.filter((id) => !entities.has(id)),
      ...claim.figures.map((figure) => figure.quantity).filter((id) => !quantities.has(id)),
    ]);
    expect(dangling).toEqual([]);
  });

  it('uses every source and quantity in at least one claim', () => {
    const cited = new Set(pack.claims.map((claim) => claim.source));
    const measured = new Set(pack.claims.flatMap((claim) => claim.figures.map((figure) => figure.quantity)));
    expect(pack.sources.filter((source) => !cited.has(source.id))).toEqual([]);
    expect(pack.quantities.filter((quantity) => !measured.has(quantity.id))).toEqual([]);
  });

  it('writes every statement as one sentence on one line, in words other than the quote', () => {
    const bad = pack.claims.filter(
      (claim) =>
        !/^\S(?:.*\S)?$/u.test(claim.statement) ||
        /\s{2}/u.test(claim.statement) ||
        /[.!?]["”’]?\s+\p{Lu}/u.test(claim.statement) ||
        normalise(claim.statement).includes(normalise(claim.quote)),
    );
    expect(bad.map((claim) => claim.id)).toEqual([]);
  });

  it.each(pack.entities.map((entity) => [entity.id, entity] as const))(
    'names %s in English, Korean, Ukrainian and Russian',
    (_id, entity) => {
      const langs = new Set(entity.aliases.map((alias) => alias.lang));
      expect(REQUIRED_LANGS.filter((lang) => !langs.has(lang))).toEqual([]);
    },
  );

  it('never lets Putin, Russia or Ukraine alone mark a page as on-topic', () => {
    const roles = new Map(pack.entities.map((entity) => [entity.id, entity.role]));
    expect(['vladimir-putin', 'russia', 'ukraine', 'kursk'].map((id) => roles.get(id))).toEqual([
      'context',
      'context',
      'context',
      'context',
    ]);
  });

  it('puts the troop counts of Austin, Zelenskyy and Doran side by side in one quantity', () => {
    const troopCounts = pack.claims.flatMap((claim) =>
      claim.figures
        .filter((figure) => figure.quantity === 'nk-troops-sent')
        .map((figure) => `${claim.id}: ${figure.text}`),
    );
    expect(troopCounts).toEqual([
      'troops-austin: thousands',
      'troops-doran-12000: roughly 12,000',
      'troops-zelenskyy-10000: 10,000',
    ]);
  });
});
