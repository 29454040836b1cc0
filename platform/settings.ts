/**
 * The settings in `browser.storage.sync`, so they follow the reader across their browsers. Every read
 * goes through `validateSettings`, so a corrupted or hand-edited value costs only the fields that are
 * wrong; every write is validated too. Migrations are the pure functions in `core/settings/migrations`.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { formatSettingsExport, parseSettingsExport } from '@/core/settings/export-format';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '@/core/settings/migrations';
import type { Settings } from '@/core/settings/types';
import { validateSettings } from '@/core/settings/validate-settings';
import { isExtensionAlive } from './extension-context';

/**
 * Largest value `storage.sync` keeps under one key, in bytes (key plus JSON value): Chrome's
 * `QUOTA_BYTES_PER_ITEM`, which Firefox matches. About 120 site rules fit.
 */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

const STORAGE_KEY = 'settings';

/** The stored settings item; read it through `loadSettings`, which validates. */
export const settingsItem = storage.defineItem<Settings>(`sync:${STORAGE_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Thrown by `saveSettings` when the settings would not fit in one sync storage item. */
export class SettingsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `The settings take ${bytes} bytes; sync storage keeps at most ${SYNC_ITEM_QUOTA_BYTES}. Remove some site rules.`,
    );
    this.name = 'SettingsTooLargeError';
  }
}

/** The stored settings, validated; the defaults if storage cannot be read. Never throws. */
export async function loadSettings(): Promise<Settings> {
  try {
    return validateSettings(await settingsItem.getValue()).settings;
  } catch (error) {
    console.warn('[news-context] could not read settings; using the defaults', error);
    return validateSettings(null).settings;
  }
}

/**
 * Validates and stores settings, and returns what was stored. Rejects with `SettingsTooLargeError`
 * when they exceed the sync quota, and with the browser's error when the write fails.
 */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = validateSettings(settings).settings;
  const bytes = new TextEncoder().encode(STORAGE_KEY + JSON.stringify(valid)).length;
  if (bytes > SYNC_ITEM_QUOTA_BYTES) throw new SettingsTooLargeError(bytes);
  await settingsItem.setValue(valid);
  return valid;
}

/**
 * Loads, changes with `change` (a pure helper from `core/settings/resolve`), saves, and returns the
 * result. Two contexts updating at the same moment: the later write wins.
 */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await loadSettings()));
}

/** Calls `onChange` with validated settings whenever they change in any context; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const unwatch = settingsItem.watch((value) => onChange(validateSettings(value).settings));
  // After the extension is reloaded or disabled, the browser has dropped the listener along with
  // the old content script's storage API, and removing it would throw "Extension context invalidated".
  return () => {
    if (isExtensionAlive()) unwatch();
  };
}

/** The stored settings as the text of an export file. */
export async function exportSettings(now: number = Date.now()): Promise<string> {
  return formatSettingsExport(await loadSettings(), now);
}

/** What `importSettings` did. */
export interface ImportResult {
  /** The settings now stored: the file's, or the unchanged current ones when `imported` is false. */
  applied: Settings;
  /** What could not be used, one message per value; or why the file was refused. */
  errors: string[];
  /** Whether the file's settings replaced the stored ones. */
  imported: boolean;
}

/**
 * Replaces the stored settings with those in an export file's text, keeping every usable value.
 * An unusable file (not JSON, another format, a newer version) applies nothing. Rejects only when
 * saving fails (see `saveSettings`).
 */
export async function importSettings(text: string): Promise<ImportResult> {
  const { settings, errors } = parseSettingsExport(text);
  if (settings === null) return { applied: await loadSettings(), errors, imported: false };
  return { applied: await saveSettings(settings), errors, imported: true };
}
