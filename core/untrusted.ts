/** Small readers for untrusted values (storage, imported files, the corpus JSON), shared by every validator in core/. */

/** A plain object read from untrusted input. */
export type UnknownRecord = Readonly<Record<string, unknown>>;

/** Longest excerpt of a bad value quoted in an error message, in characters. */
const MAX_DESCRIBED_LENGTH = 40;

/** Whether a value is a non-array object whose fields can be read. */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own field of an object, or `undefined`. Never follows the prototype chain, so `__proto__`,
 * `constructor` and inherited getters in untrusted input are read as plain data or not at all.
 */
export function readOwn(record: UnknownRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The value if it is one of `allowed`, else `undefined`. */
export function pickEnum<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.find((option) => option === value);
}

/** A short, safe description of a bad value for an error message: `"sparkle"`, `42`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const quoted = JSON.stringify(value);
      return quoted.length > MAX_DESCRIBED_LENGTH ? `${quoted.slice(0, MAX_DESCRIBED_LENGTH - 2)}…"` : quoted;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
  }
}
