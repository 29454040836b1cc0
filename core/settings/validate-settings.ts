/**
 * Turns any value (stored, imported, hand-edited, corrupted) into usable `Settings`, field by field:
 * a bad field falls back to its default and is reported, and the rest is kept. A bad hint style does
 * not cost the site rules; a bad site rule is dropped alone. Never throws, and always returns new
 * objects, so callers may keep or change the result without touching the input or the defaults.
 */
import { DEFAULT_DISPLAY_PREFS, DEFAULT_SETTINGS, PANEL_WIDTH_MAX, PANEL_WIDTH_MIN } from './defaults';
import { describeValue, isRecord, readOwn, type UnknownRecord } from '../untrusted';
import type { DisplayPrefs, Pause, Settings } from './types';
import { readDisplayPrefFields } from './validate-display-prefs';
import { validateSiteRules } from './validate-site-rules';

/** Usable settings and one message per value that could not be used. */
export interface SettingsValidation {
  settings: Settings;
  /** `path: what was wrong; what was done`, e.g. `sites[3].hintStyle: "sparkle" is not one of …`. */
  errors: string[];
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(['defaults', 'sites', 'pause', 'panelWidth']);

/** Unknown top-level keys named one by one before the rest are counted, so a hostile file cannot flood the report. */
const MAX_REPORTED_UNKNOWN_KEYS = 10;

/** A fresh copy of the default settings. */
export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, defaults: { ...DEFAULT_DISPLAY_PREFS }, sites: [] };
}

function readDisplayPrefs(raw: unknown, errors: string[]): DisplayPrefs {
  if (raw === undefined) return { ...DEFAULT_DISPLAY_PREFS };
  if (isRecord(raw)) return { ...DEFAULT_DISPLAY_PREFS, ...readDisplayPrefFields(raw, 'defaults', errors) };
  errors.push(`defaults: ${describeValue(raw)} is not an object; using the defaults`);
  return { ...DEFAULT_DISPLAY_PREFS };
}

function readPause(raw: unknown, errors: string[]): Pause | null {
  if (raw === undefined || raw === null) return null;
  const until = isRecord(raw) ? readOwn(raw, 'until') : undefined;
  if (until === null) return { until: null };
  if (typeof until === 'number' && Number.isFinite(until) && until >= 0) return { until };
  errors.push(`pause: ${describeValue(isRecord(raw) ? until : raw)} is not a pause end time; not paused`);
  return null;
}

function readPanelWidth(raw: unknown, errors: string[]): number {
  if (raw === undefined) return DEFAULT_SETTINGS.panelWidth;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    errors.push(`panelWidth: ${describeValue(raw)} is not a number; using ${DEFAULT_SETTINGS.panelWidth}`);
    return DEFAULT_SETTINGS.panelWidth;
  }
  const width = Math.round(Math.min(PANEL_WIDTH_MAX, Math.max(PANEL_WIDTH_MIN, raw)));
  if (width !== Math.round(raw))
    errors.push(`panelWidth: ${raw} is outside ${PANEL_WIDTH_MIN}–${PANEL_WIDTH_MAX}; using ${width}`);
  return width;
}

function reportUnknownKeys(raw: UnknownRecord, errors: string[]): void {
  const unknown = Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key));
  for (const key of unknown.slice(0, MAX_REPORTED_UNKNOWN_KEYS)) errors.push(`${key}: not a setting; ignored`);
  if (unknown.length > MAX_REPORTED_UNKNOWN_KEYS)
    errors.push(`${unknown.length - MAX_REPORTED_UNKNOWN_KEYS} more unknown keys ignored`);
}

function readSettings(raw: unknown, errors: string[]): Settings {
  if (!isRecord(raw)) {
    errors.push(`settings: ${describeValue(raw)} is not an object; using the defaults`);
    return defaultSettings();
  }
  reportUnknownKeys(raw, errors);
  return {
    defaults: readDisplayPrefs(readOwn(raw, 'defaults'), errors),
    sites: validateSiteRules(readOwn(raw, 'sites'), errors),
    pause: readPause(readOwn(raw, 'pause'), errors),
    panelWidth: readPanelWidth(readOwn(raw, 'panelWidth'), errors),
  };
}

/**
 * Usable settings from any value; `null` and `undefined` (nothing stored) give the defaults silently.
 * Never throws: input that cannot even be read (a hostile proxy) gives the defaults and an error.
 */
export function validateSettings(raw: unknown): SettingsValidation {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), errors: [] };
  const errors: string[] = [];
  try {
    return { settings: readSettings(raw, errors), errors };
  } catch {
    return { settings: defaultSettings(), errors: [...errors, 'settings: could not be read; using the defaults'] };
  }
}
