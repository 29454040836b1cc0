/** Validation of display choices, shared by the global defaults and each site rule. */
import { describeValue, pickEnum, readOwn, type UnknownRecord } from '../untrusted';
import type { DisplayPrefs, HintStyle, ShowOn } from './types';

/** Every hint style, in the order the UI lists them. */
export const HINT_STYLES: readonly HintStyle[] = ['highlight', 'underline', 'none'];
/** Every "show on" choice, in the order the UI lists them. */
export const SHOW_ON_CHOICES: readonly ShowOn[] = ['about', 'passing'];

function readEnumField<T extends string>(
  record: UnknownRecord,
  key: string,
  allowed: readonly T[],
  path: string,
  errors: string[],
): T | undefined {
  const value = readOwn(record, key);
  const picked = pickEnum(value, allowed);
  if (picked === undefined && value !== undefined)
    errors.push(`${path}.${key}: ${describeValue(value)} is not one of ${allowed.join(', ')}; using the default`);
  return picked;
}

/**
 * The display choices present and usable in `record`. Missing ones are left out silently; unusable
 * ones are left out and reported, so the next level (global defaults, built-in defaults) applies.
 */
export function readDisplayPrefFields(record: UnknownRecord, path: string, errors: string[]): Partial<DisplayPrefs> {
  const prefs: Partial<DisplayPrefs> = {};
  const hintStyle = readEnumField(record, 'hintStyle', HINT_STYLES, path, errors);
  if (hintStyle) prefs.hintStyle = hintStyle;
  const showOn = readEnumField(record, 'showOn', SHOW_ON_CHOICES, path, errors);
  if (showOn) prefs.showOn = showOn;
  const autoOpen = readOwn(record, 'autoOpenPanel');
  if (typeof autoOpen === 'boolean') prefs.autoOpenPanel = autoOpen;
  else if (autoOpen !== undefined)
    errors.push(`${path}.autoOpenPanel: ${describeValue(autoOpen)} is not true or false; using the default`);
  return prefs;
}
