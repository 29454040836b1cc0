/** Checkers for the claim records of a topic pack, including references to other records. */

import { describeValue, type UnknownRecord, readOwn } from '../untrusted';
import {
  checkKeys,
  type Ctx,
  isKebabId,
  isWhole,
  readBoolean,
  readDate,
  readEnum,
  readList,
  readNullableNumber,
  readNumber,
  readId,
  readObject,
  readString,
  readText,
  report,
} from './read-fields';
import type { Attribution, AttributionType, Certainty, Claim, ClaimKind, Figure } from './types';

const CLAIM_KINDS: readonly ClaimKind[] = ['fact', 'figure', 'assessment', 'opinion', 'quote'];
const CERTAINTIES: readonly Certainty[] = ['confirmed', 'estimate', 'reported', 'unverified', 'opinion'];
const ATTRIBUTION_TYPES: readonly AttributionType[] = [
  'official',
  'author',
  'expert',
  'organisation',
  'unnamed',
  'reports',
];

const CLAIM_KEYS = [
  'id',
  'statement',
  'quote',
  'source',
  'attribution',
  'kind',
  'certainty',
  'date',
  'entities',
  'figures',
] as const;
const ATTRIBUTION_KEYS = ['who', 'role', 'type'] as const;
const FIGURE_KEYS = ['quantity', 'text', 'min', 'max', 'approx'] as const;

/** Ids of the records a claim may point at. */
export interface KnownIds {
  sources: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  quantities: ReadonlySet<string>;
}

/** An id field that must name an existing record of one kind. */
function readRef(ctx: Ctx, value: unknown, path: string, kind: string, known: ReadonlySet<string>): string | undefined {
  if (!isKebabId(value)) return report(ctx, path, `expected a kebab-case ${kind} id, got ${describeValue(value)}`);
  return known.has(value) ? value : report(ctx, path, `unknown ${kind} "${value}"`);
}

/** The quote, verbatim: no surrounding whitespace, no line breaks (a quote never crosses a paragraph). */
function readQuote(ctx: Ctx, fields: UnknownRecord, path: string): string | undefined {
  const quote = readString(ctx, fields, 'quote', path);
  if (quote === undefined || (quote === quote.trim() && !/[\n\r]/.test(quote))) return quote;
  return report(ctx, `${path}.quote`, 'expected one line with no surrounding whitespace');
}

function validateAttribution(ctx: Ctx, value: unknown, path: string): Attribution | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, ATTRIBUTION_KEYS);
  const attribution = {
    who: readText(ctx, fields, 'who', path),
    role: readText(ctx, fields, 'role', path),
    type: readEnum(ctx, fields, 'type', path, ATTRIBUTION_TYPES),
  };
  return isWhole(attribution) ? attribution : undefined;
}

/** A figure: its quantity exists, its text occurs in the quote, and `min <= max`. */
function validateFigure(
  ctx: Ctx,
  value: unknown,
  path: string,
  quote: string | undefined,
  known: KnownIds,
): Figure | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, FIGURE_KEYS);
  const figure = {
    quantity: readRef(ctx, readOwn(fields, 'quantity'), `${path}.quantity`, 'quantity', known.quantities),
    text: readString(ctx, fields, 'text', path),
    min: readNumber(ctx, fields, 'min', path),
    max: readNullableNumber(ctx, fields, 'max', path),
    approx: readBoolean(ctx, fields, 'approx', path),
  };
  if (!isWhole(figure)) return undefined;
  if (quote !== undefined && !quote.includes(figure.text)) {
    return report(ctx, `${path}.text`, `${describeValue(figure.text)} does not occur in the quote`);
  }
  if (figure.max !== null && figure.min > figure.max) {
    return report(ctx, `${path}.max`, `expected max >= min (${figure.min}), got ${figure.max}`);
  }
  return figure;
}

/** The claim's entity ids: at least one, each known, none repeated. */
function readEntityRefs(ctx: Ctx, fields: UnknownRecord, path: string, known: KnownIds): string[] | undefined {
  const ids = readList(ctx, fields, 'entities', path, (value, refPath) =>
    readRef(ctx, value, refPath, 'entity', known.entities),
  );
  if (ids === undefined) return undefined;
  if (ids.length === 0) return report(ctx, `${path}.entities`, 'expected at least one entity');
  const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  return repeated === -1 ? ids : report(ctx, `${path}.entities[${repeated}]`, `duplicate entity "${ids[repeated]}"`);
}

/** Statements are one sentence: a normalised line ending in a full stop. */
function readStatement(ctx: Ctx, fields: UnknownRecord, path: string): string | undefined {
  const statement = readText(ctx, fields, 'statement', path);
  if (statement === undefined || /[.!?]$/.test(statement)) return statement;
  return report(ctx, `${path}.statement`, 'expected a sentence ending in a full stop');
}

/** One entry of `claims`, labelled `path`. */
export function validateClaim(ctx: Ctx, value: unknown, path: string, known: KnownIds): Claim | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, CLAIM_KEYS);
  const quote = readQuote(ctx, fields, path);
  const claim = {
    id: readId(ctx, fields, 'id', path),
    statement: readStatement(ctx, fields, path),
    quote,
    source: readRef(ctx, readOwn(fields, 'source'), `${path}.source`, 'source', known.sources),
    attribution: validateAttribution(ctx, readOwn(fields, 'attribution'), `${path}.attribution`),
    kind: readEnum(ctx, fields, 'kind', path, CLAIM_KINDS),
    certainty: readEnum(ctx, fields, 'certainty', path, CERTAINTIES),
    date: readDate(ctx, fields, 'date', path),
    entities: readEntityRefs(ctx, fields, path, known),
    figures: readList(ctx, fields, 'figures', path, (item, figurePath) =>
      validateFigure(ctx, item, figurePath, quote, known),
    ),
  };
  return isWhole(claim) ? claim : undefined;
}
