/**
 * Versions of the stored settings and the pure functions between them. WXT runs these once per
 * install when the extension starts (`storage.defineItem` with `version` and `migrations`), and
 * `importSettings` runs them on files exported by older versions.
 *
 * History:
 * - v1 (0.0.x, the first test builds): one switch, one hint style, a list of sites where the
 *   extension stayed off (each covering its subdomains).
 * - v2 (0.1.0): global display choices, per-site rules that can also change them, a timed pause and
 *   the panel width. `'tint'` became `'highlight'` when hints moved to the CSS Custom Highlight API
 *   (it paints a background, not a tinted overlay); `'off'` became `'none'` because the panel and
 *   badge still work without hints; the global switch became an open-ended pause.
 */
import { DEFAULT_DISPLAY_PREFS, MAX_SITE_RULES, PANEL_WIDTH_DEFAULT } from './defaults';
import { parseDomainInput } from './hostname';
import { isRecord, pickEnum, readOwn } from '../untrusted';
import type { HintStyle, Settings, SiteRule } from './types';
import { defaultSettings, validateSettings } from './validate-settings';

/** The settings shape of 0.0.x. */
export interface SettingsV1 {
  enabled: boolean;
  hintStyle: 'tint' | 'underline' | 'off';
  /** Hostnames where the extension stayed off, subdomains included. */
  disabledSites: string[];
}

/** The version of the `Settings` shape this build writes. */
export const SETTINGS_VERSION = 2;

const V1_STYLES: readonly SettingsV1['hintStyle'][] = ['tint', 'underline', 'off'];

const V1_HINT_STYLES: Readonly<Record<SettingsV1['hintStyle'], HintStyle>> = {
  tint: 'highlight',
  underline: 'underline',
  off: 'none',
};

/** Whether a value has the v2 shape's keys (and so must not be read as v1). */
function hasV2Keys(raw: Readonly<Record<string, unknown>>): boolean {
  return ['defaults', 'sites', 'pause', 'panelWidth'].some((key) => Object.hasOwn(raw, key));
}

/** Whether a value looks like v1 settings: v1 keys and none of v2's. */
export function isSettingsV1(raw: unknown): boolean {
  return (
    isRecord(raw) && !hasV2Keys(raw) && ['enabled', 'hintStyle', 'disabledSites'].some((key) => Object.hasOwn(raw, key))
  );
}

function disabledSiteRules(raw: unknown): SiteRule[] {
  if (!Array.isArray(raw)) return [];
  const domains = raw
    .slice(0, MAX_SITE_RULES)
    .map((site: unknown) => (typeof site === 'string' ? parseDomainInput(site) : null))
    .filter((domain): domain is string => domain !== null);
  return [...new Set(domains)].map((domain) => ({ domain, includeSubdomains: true, enabled: false }));
}

/**
 * v1 → v2: `'tint'` → `'highlight'`, `'off'` → `'none'`, `enabled: false` → a pause until resumed,
 * each disabled site → a rule with `enabled: false` covering subdomains; the rest are v2 defaults.
 * Takes `unknown` because storage may hold anything: unusable v1 fields give their defaults. A value
 * already in the v2 shape (stored without WXT's version key, e.g. after sync storage was cleared and
 * rewritten) passes through validation instead of being read as v1 and losing its rules.
 */
export function migrateV1toV2(old: unknown): Settings {
  if (!isRecord(old)) return defaultSettings();
  if (hasV2Keys(old)) return validateSettings(old).settings;
  const v1Style = pickEnum(readOwn(old, 'hintStyle'), V1_STYLES);
  return {
    defaults: {
      ...DEFAULT_DISPLAY_PREFS,
      hintStyle: v1Style ? V1_HINT_STYLES[v1Style] : DEFAULT_DISPLAY_PREFS.hintStyle,
    },
    sites: disabledSiteRules(readOwn(old, 'disabledSites')),
    pause: readOwn(old, 'enabled') === false ? { until: null } : null,
    panelWidth: PANEL_WIDTH_DEFAULT,
  };
}

/** Migration to each version from the one before, keyed as WXT expects (`{ 2: v1 → v2 }`). */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: unknown) => Settings>> = {
  2: migrateV1toV2,
};

/** A value of settings version `fromVersion` brought to `SETTINGS_VERSION` (unchanged if already there). */
export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  let value = raw;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (migrate) value = migrate(value);
  }
  return value;
}
