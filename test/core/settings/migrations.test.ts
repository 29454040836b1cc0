import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import {
  isSettingsV1,
  migrateSettings,
  migrateV1toV2,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type SettingsV1,
} from '@/core/settings/migrations';
import type { Settings } from '@/core/settings/types';
import { validateSettings } from '@/core/settings/validate-settings';

const V1: SettingsV1 = { enabled: true, hintStyle: 'tint', disabledSites: ['bbc.co.uk', 'News.Example.com'] };

describe('migrateV1toV2', () => {
  it.each<[SettingsV1['hintStyle'], Settings['defaults']['hintStyle']]>([
    ['tint', 'highlight'],
    ['underline', 'underline'],
    ['off', 'none'],
  ])("turns the v1 hint style '%s' into '%s'", (v1Style, v2Style) => {
    expect(migrateV1toV2({ ...V1, hintStyle: v1Style }).defaults.hintStyle).toBe(v2Style);
  });

  it('turns disabled sites into switched-off rules covering subdomains', () => {
    expect(migrateV1toV2(V1).sites).toEqual([
      { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false },
      { domain: 'news.example.com', includeSubdomains: true, enabled: false },
    ]);
  });

  it('turns enabled: false into a pause until resumed', () => {
    expect(migrateV1toV2({ ...V1, enabled: false }).pause).toEqual({ until: null });
  });

  it('leaves an enabled v1 install unpaused, with v2 defaults for the new fields', () => {
    const migrated = migrateV1toV2(V1);
    expect(migrated.pause).toBeNull();
    expect(migrated.defaults).toEqual({ hintStyle: 'highlight', showOn: 'about', autoOpenPanel: false });
    expect(migrated.panelWidth).toBe(DEFAULT_SETTINGS.panelWidth);
  });

  it('produces settings that validate without errors', () => {
    expect(validateSettings(migrateV1toV2(V1)).errors).toEqual([]);
  });

  it('drops disabled sites that are not hostnames and repeated ones', () => {
    const migrated = migrateV1toV2({ ...V1, disabledSites: ['bbc.co.uk', 'BBC.co.uk', 'not a site', 7, null] });
    expect(migrated.sites.map((rule) => rule.domain)).toEqual(['bbc.co.uk']);
  });

  it.each([null, 'v1', 42, [V1]])('gives the defaults for the unusable value %j', (raw) => {
    expect(migrateV1toV2(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('gives v1 fields with bad values their defaults', () => {
    expect(migrateV1toV2({ enabled: 'no', hintStyle: 'neon', disabledSites: 'bbc.co.uk' })).toEqual(DEFAULT_SETTINGS);
  });

  it('passes a value already in the v2 shape through instead of reading it as v1', () => {
    const v2: Settings = {
      ...DEFAULT_SETTINGS,
      sites: [{ domain: 'cnn.com', includeSubdomains: false, enabled: false }],
    };
    expect(migrateV1toV2(structuredClone(v2))).toEqual(v2);
  });
});

describe('isSettingsV1', () => {
  it.each<[unknown, boolean]>([
    [V1, true],
    [{ disabledSites: [] }, true],
    [DEFAULT_SETTINGS, false],
    [{ hintStyle: 'tint', sites: [] }, false],
    [{}, false],
    ['v1', false],
  ])('says %j is v1: %s', (raw, expected) => {
    expect(isSettingsV1(raw)).toBe(expected);
  });
});

describe('SETTINGS_MIGRATIONS', () => {
  it('has one migration for every version after the first', () => {
    const versions = Object.keys(SETTINGS_MIGRATIONS).map(Number);
    expect(versions).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
  });
});

describe('migrateSettings', () => {
  it('runs the migrations from a v1 value to the current version', () => {
    expect(migrateSettings(V1, 1)).toEqual(migrateV1toV2(V1));
  });

  it('leaves a current value unchanged', () => {
    const value = { anything: true };
    expect(migrateSettings(value, SETTINGS_VERSION)).toBe(value);
  });
});
