/**
 * Canonical serialisation of a topic pack: arrays of records sorted by id, keys in the order of
 * `types.ts`, 2-space indent, trailing newline, so `formatPack(JSON.parse(file)) === file`.
 * The layout is Prettier's for JSON (objects expanded, short scalar arrays on one line), so
 * `prettier --check` agrees with the file and the two formatters never fight.
 */

import type { Alias, Claim, Entity, Figure, Quantity, Source, Topic, TopicPack } from './types';

/** Prettier's default line width, in display columns; must match the repo's Prettier settings. */
const PRINT_WIDTH = 80;
const INDENT = '  ';

/** East Asian wide characters (Hangul, CJK) take two columns, as in Prettier's `getStringWidth`. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

const topicOf = ({ id, title, summary, version, updated }: Topic): Topic => ({ id, title, summary, version, updated });

const sourceOf = ({ id, title, outlet, author, published, url, textFile }: Source): Source => ({
  id,
  title,
  outlet,
  author,
  published,
  url,
  textFile,
});

/** Flags are written only when true: `false` and absent mean the same. */
const aliasOf = ({ text, lang, prefix, caseSensitive }: Alias): Alias => ({
  text,
  lang,
  ...(prefix === true ? { prefix } : {}),
  ...(caseSensitive === true ? { caseSensitive } : {}),
});

/** Like alias flags, `war` is written only when true. */
const entityOf = ({ id, name, type, description, role, war, aliases }: Entity): Entity => ({
  id,
  name,
  type,
  description,
  role,
  ...(war === true ? { war } : {}),
  aliases: aliases.map(aliasOf),
});

const quantityOf = ({ id, label, unit, cues }: Quantity): Quantity => ({ id, label, unit, cues: [...cues] });

const figureOf = ({ quantity, text, min, max, approx }: Figure): Figure => ({ quantity, text, min, max, approx });

const claimOf = (claim: Claim): Claim => ({
  id: claim.id,
  statement: claim.statement,
  quote: claim.quote,
  source: claim.source,
  attribution: { who: claim.attribution.who, role: claim.attribution.role, type: claim.attribution.type },
  kind: claim.kind,
  certainty: claim.certainty,
  date: claim.date,
  entities: [...claim.entities],
  figures: claim.figures.map(figureOf),
});

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** `column` is where the value starts; `tail` counts the characters that must follow it on its line. */
function printValue(value: unknown, depth: number, column: number, tail: number): string {
  if (Array.isArray(value)) return printArray(value, depth, column, tail);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries: [string, unknown][] = Object.entries(value);
  return printObject(entries, depth);
}

function printLines(open: string, lines: string[], close: string, depth: number): string {
  return `${open}\n${lines.join(',\n')}\n${INDENT.repeat(depth)}${close}`;
}

function printObject(entries: [string, unknown][], depth: number): string {
  if (entries.length === 0) return '{}';
  const pad = INDENT.repeat(depth + 1);
  const lines = entries.map(([key, value], index) => {
    const head = `${pad}${JSON.stringify(key)}: `;
    const tail = index < entries.length - 1 ? 1 : 0;
    return head + printValue(value, depth + 1, displayWidth(head), tail);
  });
  return printLines('{', lines, '}', depth);
}

function printArray(items: unknown[], depth: number, column: number, tail: number): string {
  if (items.length === 0) return '[]';
  if (items.every(isScalar)) {
    const flat = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (column + displayWidth(flat) + tail <= PRINT_WIDTH) return flat;
  }
  const pad = INDENT.repeat(depth + 1);
  const lines = items.map(
    (item, index) => pad + printValue(item, depth + 1, pad.length, index < items.length - 1 ? 1 : 0),
  );
  return printLines('[', lines, ']', depth);
}

/** The pack's canonical text (records sorted by id, keys in `types.ts` order, trailing newline). */
export function formatPack(pack: TopicPack): string {
  const canonical: TopicPack = {
    topic: topicOf(pack.topic),
    sources: byId(pack.sources).map(sourceOf),
    entities: byId(pack.entities).map(entityOf),
    quantities: byId(pack.quantities).map(quantityOf),
    claims: byId(pack.claims).map(claimOf),
  };
  return `${printValue(canonical, 0, 0, 0)}\n`;
}
