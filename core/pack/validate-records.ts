/** Checkers for the topic, source and quantity records of a topic pack. */

import { describeValue, type UnknownRecord } from '../untrusted';
import {
  checkKeys,
  type Ctx,
  isNormalisedText,
  isWhole,
  readDate,
  readId,
  readList,
  readNullableDate,
  readNullableText,
  readObject,
  readString,
  readText,
  report,
} from './read-fields';
import type { Quantity, Source, Topic } from './types';

const TOPIC_KEYS = ['id', 'title', 'summary', 'version', 'updated'] as const;
const SOURCE_KEYS = ['id', 'title', 'outlet', 'author', 'published', 'url', 'textFile'] as const;
const QUANTITY_KEYS = ['id', 'label', 'unit', 'cues'] as const;

const SEMVER = /^\d+\.\d+\.\d+$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** The topic record at `topic`. */
export function validateTopic(ctx: Ctx, value: unknown): Topic | undefined {
  const fields = readObject(ctx, value, 'topic');
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, 'topic', TOPIC_KEYS);
  const version = readString(ctx, fields, 'version', 'topic');
  const topic = {
    id: readId(ctx, fields, 'id', 'topic'),
    title: readText(ctx, fields, 'title', 'topic'),
    summary: readText(ctx, fields, 'summary', 'topic'),
    version: version === undefined || SEMVER.test(version) ? version : semverError(ctx, version),
    updated: readDate(ctx, fields, 'updated', 'topic'),
  };
  return isWhole(topic) ? topic : undefined;
}

function semverError(ctx: Ctx, version: string): undefined {
  return report(ctx, 'topic.version', `expected a version MAJOR.MINOR.PATCH, got ${describeValue(version)}`);
}

/** A URL that may be `null`; only http(s) links are shown to readers. */
function readNullableUrl(ctx: Ctx, fields: UnknownRecord, path: string): string | null | undefined {
  const url = readNullableText(ctx, fields, 'url', path);
  if (url === null || url === undefined || HTTP_URL.test(url)) return url;
  return report(ctx, `${path}.url`, `expected an http(s) URL or null, got ${describeValue(url)}`);
}

/** The article text must live at `sources/<id>.txt`, so tests can find it from the id alone. */
function readTextFile(ctx: Ctx, fields: UnknownRecord, path: string, id: string | undefined): string | undefined {
  const textFile = readString(ctx, fields, 'textFile', path);
  const expected = `sources/${id ?? '<id>'}.txt`;
  if (textFile === undefined || id === undefined || textFile === expected) return textFile;
  return report(ctx, `${path}.textFile`, `expected "${expected}", got ${describeValue(textFile)}`);
}

/** One entry of `sources`, labelled `path`. */
export function validateSource(ctx: Ctx, value: unknown, path: string): Source | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, SOURCE_KEYS);
  const id = readId(ctx, fields, 'id', path);
  const source = {
    id,
    title: readText(ctx, fields, 'title', path),
    outlet: readNullableText(ctx, fields, 'outlet', path),
    author: readNullableText(ctx, fields, 'author', path),
    published: readNullableDate(ctx, fields, 'published', path),
    url: readNullableUrl(ctx, fields, path),
    textFile: readTextFile(ctx, fields, path, id),
  };
  return isWhole(source) ? source : undefined;
}

/** One cue: a lower-case word or phrase, as found next to a number on a page. */
function readCue(ctx: Ctx, value: unknown, path: string): string | undefined {
  if (typeof value === 'string' && isNormalisedText(value) && value === value.toLowerCase()) return value;
  return report(ctx, path, `expected a lower-case word or phrase, got ${describeValue(value)}`);
}

/** The non-empty, duplicate-free `cues` of a quantity. */
function readCues(ctx: Ctx, fields: UnknownRecord, path: string): string[] | undefined {
  const cues = readList(ctx, fields, 'cues', path, (value, cuePath) => readCue(ctx, value, cuePath));
  if (cues === undefined) return undefined;
  if (cues.length === 0) return report(ctx, `${path}.cues`, 'expected at least one cue');
  const repeated = cues.find((cue, index) => cues.indexOf(cue) !== index);
  return repeated === undefined ? cues : report(ctx, `${path}.cues`, `duplicate cue ${describeValue(repeated)}`);
}

/** One entry of `quantities`, labelled `path`. */
export function validateQuantity(ctx: Ctx, value: unknown, path: string): Quantity | undefined {
  const fields = readObject(ctx, value, path);
  if (fields === undefined) return undefined;
  checkKeys(ctx, fields, path, QUANTITY_KEYS);
  const quantity = {
    id: readId(ctx, fields, 'id', path),
    label: readText(ctx, fields, 'label', path),
    unit: readText(ctx, fields, 'unit', path),
    cues: readCues(ctx, fields, path),
  };
  return isWhole(quantity) ? quantity : undefined;
}
