/**
 * Field readers for validating an untrusted topic pack. Each reader returns the typed value, or
 * `undefined` after recording one error that names the file, the record and the field.
 */
import { describeValue, isRecord, readOwn, type UnknownRecord } from '../untrusted';

/** Where errors go, and which file they are about. */
export interface Ctx {
  file: string;
  errors: string[];
}

/** A record whose every field was read successfully. */
export type Whole<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/** Whether no reader failed: readers return `undefined` only after reporting an error. */
export function isWhole<T extends object>(fields: T): fields is T & Whole<T> {
  return Object.values(fields).every((value) => value !== undefined);
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Records `${file}: ${path}: ${message}` and returns `undefined`, so readers can `return report(…)`. */
export function report(ctx: Ctx, path: string, message: string): undefined {
  ctx.errors.push(`${ctx.file}: ${path}: ${message}`);
  return undefined;
}

/** The value as an object, or an error at `path`. */
export function readObject(ctx: Ctx, value: unknown, path: string): UnknownRecord | undefined {
  return isRecord(value) ? value : report(ctx, path, `expected an object, got ${describeValue(value)}`);
}

/** Reports every key of `fields` that the format does not define (usually a typo). */
export function checkKeys(ctx: Ctx, fields: UnknownRecord, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(fields)) {
    if (!allowed.includes(key)) report(ctx, `${path}.${key}`, 'unexpected field');
  }
}

/** Whether text is one trimmed line with single spaces: what readers see in a card. */
export function isNormalisedText(text: string): boolean {
  return text.length > 0 && text === text.trim() && !/\s\s|[\n\r\t]/.test(text);
}

/** A required string field, as it is (quotes keep their exact characters). */
export function readString(ctx: Ctx, fields: UnknownRecord, key: string, path: string): string | undefined {
  const value = readOwn(fields, key);
  if (value === undefined) return report(ctx, `${path}.${key}`, 'missing');
  if (typeof value !== 'string') return report(ctx, `${path}.${key}`, `expected a string, got ${describeValue(value)}`);
  return value.trim() === '' ? report(ctx, `${path}.${key}`, 'expected a non-empty string') : value;
}

/** A required single-line text field with normalised whitespace. */
export function readText(ctx: Ctx, fields: UnknownRecord, key: string, path: string): string | undefined {
  const text = readString(ctx, fields, key, path);
  if (text === undefined || isNormalisedText(text)) return text;
  return report(ctx, `${path}.${key}`, `expected one trimmed line with single spaces, got ${describeValue(text)}`);
}

/** A text field that may be `null` (unknown); `undefined` still means invalid. */
export function readNullableText(
  ctx: Ctx,
  fields: UnknownRecord,
  key: string,
  path: string,
): string | null | undefined {
  return readOwn(fields, key) === null ? null : readText(ctx, fields, key, path);
}

/** A kebab-case id such as `kim-jong-un`. */
export function readId(ctx: Ctx, fields: UnknownRecord, key: string, path: string): string | undefined {
  const text = readString(ctx, fields, key, path);
  if (text === undefined || KEBAB_ID.test(text)) return text;
  return report(ctx, `${path}.${key}`, `expected a kebab-case id, got ${describeValue(text)}`);
}

/** Whether a value is a kebab-case id. */
export function isKebabId(value: unknown): value is string {
  return typeof value === 'string' && KEBAB_ID.test(value);
}

/** One of a fixed set of strings. */
export function readEnum<T extends string>(
  ctx: Ctx,
  fields: UnknownRecord,
  key: string,
  path: string,
  allowed: readonly T[],
): T | undefined {
  const value = readOwn(fields, key);
  const match = allowed.find((option) => option === value);
  if (match !== undefined) return match;
  return report(ctx, `${path}.${key}`, `expected one of ${allowed.join('|')}, got ${describeValue(value)}`);
}

/** Whether text is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const parts = ISO_DATE.exec(text);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A required ISO date `YYYY-MM-DD`. */
export function readDate(ctx: Ctx, fields: UnknownRecord, key: string, path: string): string | undefined {
  const value = readOwn(fields, key);
  if (typeof value === 'string' && isIsoDate(value)) return value;
  return report(ctx, `${path}.${key}`, `expected an ISO date YYYY-MM-DD, got ${describeValue(value)}`);
}

/** An ISO date, or `null` where unknown. */
export function readNullableDate(
  ctx: Ctx,
  fields: UnknownRecord,
  key: string,
  path: string,
): string | null | undefined {
  return readOwn(fields, key) === null ? null : readDate(ctx, fields, key, path);
}

/** A finite number. */
export function readNumber(ctx: Ctx, fields: UnknownRecord, key: string, path: string): number | undefined {
  const value = readOwn(fields, key);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return report(ctx, `${path}.${key}`, `expected a finite number, got ${describeValue(value)}`);
}

/** A finite number, or `null`. */
export function readNullableNumber(
  ctx: Ctx,
  fields: UnknownRecord,
  key: string,
  path: string,
): number | null | undefined {
  return readOwn(fields, key) === null ? null : readNumber(ctx, fields, key, path);
}

/** A required boolean. */
export function readBoolean(ctx: Ctx, fields: UnknownRecord, key: string, path: string): boolean | undefined {
  const value = readOwn(fields, key);
  if (typeof value === 'boolean') return value;
  return report(ctx, `${path}.${key}`, `expected true or false, got ${describeValue(value)}`);
}

/** An optional boolean: `null` when absent, `undefined` when invalid. */
export function readOptionalBoolean(
  ctx: Ctx,
  fields: UnknownRecord,
  key: string,
  path: string,
): boolean | null | undefined {
  return readOwn(fields, key) === undefined ? null : readBoolean(ctx, fields, key, path);
}

/**
 * A list whose every item `readItem` accepts, or `undefined` if the field or any item is invalid
 * (all items are still checked, so one run reports every error).
 */
export function readList<T>(
  ctx: Ctx,
  fields: UnknownRecord,
  key: string,
  path: string,
  readItem: (value: unknown, itemPath: string, index: number) => T | undefined,
): T[] | undefined {
  const value = readOwn(fields, key);
  if (!Array.isArray(value)) return report(ctx, `${path}.${key}`, `expected an array, got ${describeValue(value)}`);
  const items = value.map((item: unknown, index) => readItem(item, `${path}.${key}[${index}]`, index));
  return items.every((item) => item !== undefined) ? items.filter((item) => item !== undefined) : undefined;
}
