/**
 * The settings file people export and import: JSON with a format tag and the settings version, so a
 * file from an older version is migrated and one from a newer version is refused, not misread.
 * Files holding a bare settings object (v1 or v2 shape) are accepted too.
 */
import { migrateSettings, isSettingsV1, SETTINGS_VERSION } from './migrations';
import { describeValue, isRecord, readOwn, type UnknownRecord } from '../untrusted';
import type { Settings } from './types';
import { validateSettings } from './validate-settings';

/** The `format` tag of an exported settings file. */
export const EXPORT_FORMAT = 'news-context-settings';

/** Largest file read, in characters: settings are a few kilobytes, so anything larger is not ours. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** An exported settings file. */
export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  /** ISO date and time of the export. */
  exported: string;
  settings: Settings;
}

/** What an import could use: settings to apply (`null` when the file is unusable) and what was ignored. */
export interface ParsedImport {
  settings: Settings | null;
  errors: string[];
}

/** The export file's text for `settings`, made at `now` (epoch milliseconds). */
export function formatSettingsExport(settings: Settings, now: number): string {
  const file: SettingsExport = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exported: new Date(now).toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

/** The settings body of a tagged file brought to the current version, or an error. */
function readTaggedFile(file: UnknownRecord): { body: unknown } | { error: string } {
  const format = readOwn(file, 'format');
  const version = readOwn(file, 'version');
  if (format !== EXPORT_FORMAT)
    return { error: `The file's format is ${describeValue(format)}, not ${EXPORT_FORMAT}.` };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { error: `The file's settings version ${describeValue(version)} is not a version number.` };
  if (version > SETTINGS_VERSION)
    return { error: `The file comes from a newer News Context (settings v${version}); update the extension first.` };
  return { body: migrateSettings(readOwn(file, 'settings'), version) };
}

/** Settings from an imported file's text, validated field by field; never throws. */
export function parseSettingsExport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS)
    return { settings: null, errors: [`The file is ${text.length} characters long; settings files are far smaller.`] };
  const parsed = parseJson(text);
  if (parsed === null) return { settings: null, errors: ['The file is not valid JSON.'] };
  if (!isRecord(parsed.value))
    return { settings: null, errors: [`The file holds ${describeValue(parsed.value)}, not settings.`] };
  let body: unknown = parsed.value;
  if (Object.hasOwn(parsed.value, 'format')) {
    const tagged = readTaggedFile(parsed.value);
    if ('error' in tagged) return { settings: null, errors: [tagged.error] };
    body = tagged.body;
  } else if (isSettingsV1(body)) {
    body = migrateSettings(body, 1);
  }
  if (!isRecord(body))
    return { settings: null, errors: [`The file's settings are ${describeValue(body)}, not an object.`] };
  return validateSettings(body);
}
