/**
 * Runtime check of an untrusted topic pack (parsed JSON) against `types.ts`, hand-written to add no
 * dependency. Every error names the file, the record and the field:
 * `data/topic-pack.json: claims[troops-austin].certainty: expected one of …, got "sure"`.
 * Checks that need the article texts (quotes occur verbatim) live in `test/data.test.ts`.
 */

import { describeValue, type UnknownRecord, isRecord, readOwn } from '../untrusted';
import { type Ctx, isKebabId, isWhole, report } from './read-fields';
import { type KnownIds, validateClaim } from './validate-claims';
import { checkAliasesUnique, validateEntity } from './validate-entities';
import { validateQuantity, validateSource, validateTopic } from './validate-records';
import type { TopicPack } from './types';

/** The result of `validatePack`: the pack only when there are no errors. */
export interface PackValidation {
  pack: TopicPack | null;
  errors: string[];
}

type ListName = 'sources' | 'entities' | 'quantities' | 'claims';
type RecordValidator<T> = (ctx: Ctx, value: unknown, path: string) => T | undefined;

const PACK_KEYS: readonly string[] = ['topic', 'sources', 'entities', 'quantities', 'claims'];

/** Label for a record in messages: `claims[troops-austin]`, or `claims[3]` when it has no usable id. */
function recordPath(list: ListName, value: unknown, index: number): string {
  const id = isRecord(value) ? readOwn(value, 'id') : undefined;
  return isKebabId(id) ? `${list}[${id}]` : `${list}[${index}]`;
}

/** Every record of one list, checked; ids must be unique within the list. */
function readRecords<T>(ctx: Ctx, raw: UnknownRecord, list: ListName, validate: RecordValidator<T>): T[] | undefined {
  const value = readOwn(raw, list);
  if (!Array.isArray(value)) return report(ctx, list, `expected an array, got ${describeValue(value)}`);
  const seen = new Set<string>();
  const records = value.map((item: unknown, index) => {
    const path = recordPath(list, item, index);
    const id = isRecord(item) ? readOwn(item, 'id') : undefined;
    if (isKebabId(id) && seen.has(id)) report(ctx, `${path}.id`, `duplicate id "${id}" in ${list}`);
    if (isKebabId(id)) seen.add(id);
    return validate(ctx, item, path);
  });
  return records.every((record) => record !== undefined) ? records.filter((record) => record !== undefined) : undefined;
}

/** Ids present in a raw list, so one broken record does not also make every reference to it fail. */
function rawIds(raw: UnknownRecord, list: ListName): ReadonlySet<string> {
  const value = readOwn(raw, list);
  const items: unknown[] = Array.isArray(value) ? value : [];
  return new Set(items.map((item) => (isRecord(item) ? readOwn(item, 'id') : undefined)).filter(isKebabId));
}

/** Checks `raw` against the topic-pack format; never throws, whatever `raw` is. */
export function validatePack(raw: unknown, file: string): PackValidation {
  const ctx: Ctx = { file, errors: [] };
  if (!isRecord(raw)) {
    ctx.errors.push(`${file}: expected a topic pack object, got ${describeValue(raw)}`);
    return { pack: null, errors: ctx.errors };
  }
  for (const key of Object.keys(raw)) {
    if (!PACK_KEYS.includes(key)) report(ctx, key, 'unexpected field');
  }
  const known: KnownIds = {
    sources: rawIds(raw, 'sources'),
    entities: rawIds(raw, 'entities'),
    quantities: rawIds(raw, 'quantities'),
  };
  const pack = {
    topic: validateTopic(ctx, readOwn(raw, 'topic')),
    sources: readRecords(ctx, raw, 'sources', validateSource),
    entities: readRecords(ctx, raw, 'entities', validateEntity),
    quantities: readRecords(ctx, raw, 'quantities', validateQuantity),
    claims: readRecords(ctx, raw, 'claims', (c, value, path) => validateClaim(c, value, path, known)),
  };
  if (pack.entities !== undefined) checkAliasesUnique(ctx, pack.entities);
  return { pack: ctx.errors.length === 0 && isWhole(pack) ? pack : null, errors: ctx.errors };
}

/** The valid pack, or one Error listing every problem (the build calls this and fails on it). */
export function assertValidPack(raw: unknown, file: string): TopicPack {
  const { pack, errors } = validatePack(raw, file);
  if (pack !== null) return pack;
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  throw new Error(`Invalid topic pack (${count}):\n${errors.join('\n')}`);
}
