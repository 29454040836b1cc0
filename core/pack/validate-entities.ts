/** Checkers for the entity records of a topic pack and their aliases. */

import { describeValue, type UnknownRecord } from '../untrusted';
import {
  checkKeys,
  type Ctx,
  isNormalisedText,
  isWhole,
  readEnum,
  readId,
  readList,
  readObject,
  readOptionalBoolean,
  readString,
  readText,
  report,
} from './read-fields';
import type { Alias, Entity, EntityRole, EntityType, Lang } from './types';

/** Every `Lang`, in the order the README lists them. */
export const LANGS: readonly Lang[] = ['en', 'ko', 'uk', 'ru', 'de', 'fr'];
const ENTITY_TYPES: readonly EntityType[] = [
  'person',
  'state',
  'organisation',
  'place',
  'military',
  'weapon',
  'programme',
  'agreement',
  'event',
];
const ENTITY_ROLES: readonly EntityRole[] = ['signal', 'core', 'context'];

const ENTITY_KEYS = ['id', 'name', 'type', 'description', 'role', 'war', 'aliases'] as const;
const ALIAS_KEYS = ['text', 'lang', 'prefix', 'caseSensitive'] as const;

/** Prefix matching relies on word-internal inflection, which only Latin and Cyrillic aliases have here. */
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\P{L}]+$/u;

/** The alias text, which must be one trimmed line (no line breaks inside a name). */
function readAliasText(ctx: Ctx, fields: UnknownRecord, path: string): string | undefined {
  const text = readString(ctx, fields, 'text', path);
  if (text === undefined || isNormalisedText(text)) return text;
  return report(ctx, `${path}.text`, `expected one trimmed line with single spaces, got ${describeValue(text)}`);
}

/** One alias; optional flags are kept only when set. */
function validateAlias(ctx: Ctx, value: unknown, path: string): Alias | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, ALIAS_KEYS);
  const base = { text: readAliasText(ctx, fields, path), lang: readEnum(ctx, fields, 'lang', path, LANGS) };
  const prefix = readOptionalBoolean(ctx, fields, 'prefix', path);
  const caseSensitive = readOptionalBoolean(ctx, fields, 'caseSensitive', path);
  if (prefix === true && base.text !== undefined && !LATIN_OR_CYRILLIC.test(base.text)) {
    return report(ctx, `${path}.prefix`, 'prefix matching is for Latin or Cyrillic aliases only');
  }
  if (!isWhole(base) || prefix === undefined || caseSensitive === undefined) return undefined;
  return {
    ...base,
    ...(prefix === null ? {} : { prefix }),
    ...(caseSensitive === null ? {} : { caseSensitive }),
  };
}

/** The non-empty alias list of an entity, with no text repeated for the same language. */
function readAliases(ctx: Ctx, fields: UnknownRecord, path: string): Alias[] | undefined {
  const aliases = readList(ctx, fields, 'aliases', path, (value, aliasPath) => validateAlias(ctx, value, aliasPath));
  if (aliases === undefined) return undefined;
  if (aliases.length === 0) return report(ctx, `${path}.aliases`, 'expected at least one alias');
  const keys = aliases.map((alias) => `${alias.lang}:${alias.text}`);
  const repeated = keys.findIndex((key, index) => keys.indexOf(key) !== index);
  if (repeated === -1) return aliases;
  return report(ctx, `${path}.aliases[${repeated}]`, `duplicate alias ${describeValue(aliases[repeated]?.text)}`);
}

/**
 * The optional `war` flag: `null` when absent, `undefined` when invalid. Only context entities may
 * set it: a core or signal entity that vouched for war context would vouch for itself.
 */
function readWar(
  ctx: Ctx,
  fields: UnknownRecord,
  path: string,
  role: EntityRole | undefined,
): boolean | null | undefined {
  const war = readOptionalBoolean(ctx, fields, 'war', path);
  if (war !== true || role === undefined || role === 'context') return war;
  return report(ctx, `${path}.war`, `only context entities can be war context, not ${role} ones`);
}

/** One entry of `entities`, labelled `path`. */
export function validateEntity(ctx: Ctx, value: unknown, path: string): Entity | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, ENTITY_KEYS);
  const entity = {
    id: readId(ctx, fields, 'id', path),
    name: readText(ctx, fields, 'name', path),
    type: readEnum(ctx, fields, 'type', path, ENTITY_TYPES),
    description: readText(ctx, fields, 'description', path),
    role: readEnum(ctx, fields, 'role', path, ENTITY_ROLES),
  };
  const war = readWar(ctx, fields, path, entity.role);
  const aliases = readAliases(ctx, fields, path);
  if (!isWhole(entity) || war === undefined || aliases === undefined) return undefined;
  return { ...entity, ...(war === null ? {} : { war }), aliases };
}

/**
 * Reports alias texts shared by two entities (compared case-insensitively): a page mention must
 * resolve to one entity.
 */
export function checkAliasesUnique(ctx: Ctx, entities: readonly Entity[]): void {
  const owners = new Map<string, string>();
  for (const entity of entities) {
    entity.aliases.forEach((alias, index) => {
      const key = alias.text.toLowerCase();
      const owner = owners.get(key);
      if (owner !== undefined && owner !== entity.id) {
        report(
          ctx,
          `entities[${entity.id}].aliases[${index}].text`,
          `${describeValue(alias.text)} is also an alias of ${owner}`,
        );
      }
      owners.set(key, owner ?? entity.id);
    });
  }
}
