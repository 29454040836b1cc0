import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import {
  EXPORT_FORMAT,
  formatSettingsExport,
  MAX_IMPORT_CHARS,
  parseSettingsExport,
} from '@/core/settings/export-format';
import { SETTINGS_VERSION } from '@/core/settings/migrations';
import type { Settings } from '@/core/settings/types';

const SETTINGS: Settings = {
  defaults: { hintStyle: 'highlight', showOn: 'passing', autoOpenPanel: true },
  sites: [{ domain: 'bbc.co.uk', includeSubdomains: true, enabled: false, showOn: 'about' }],
  pause: null,
  panelWidth: 500,
};
const NOW = Date.UTC(2026, 10, 22, 9, 30);

describe('formatSettingsExport', () => {
  it('writes the format tag, the settings version and the export time', () => {
    const file: unknown = JSON.parse(formatSettingsExport(SETTINGS, NOW));
    expect(file).toEqual({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      exported: '2026-11-22T09:30:00.000Z',
      settings: SETTINGS,
    });
  });
});

describe('parseSettingsExport', () => {
  it('reads back what formatSettingsExport wrote', () => {
    expect(parseSettingsExport(formatSettingsExport(SETTINGS, NOW))).toEqual({ settings: SETTINGS, errors: [] });
  });

  it('accepts a bare settings object', () => {
    expect(parseSettingsExport(JSON.stringify(SETTINGS))).toEqual({ settings: SETTINGS, errors: [] });
  });

  it('migrates a tagged v1 file', () => {
    const file = {
      format: EXPORT_FORMAT,
      version: 1,
      settings: { enabled: false, hintStyle: 'off', disabledSites: [] },
    };
    const { settings } = parseSettingsExport(JSON.stringify(file));
    expect(settings?.pause).toEqual({ until: null });
    expect(settings?.defaults.hintStyle).toBe('none');
  });

  it('migrates a bare v1 object', () => {
    const { settings } = parseSettingsExport(
      JSON.stringify({ enabled: true, hintStyle: 'tint', disabledSites: ['cnn.com'] }),
    );
    expect(settings?.sites).toEqual([{ domain: 'cnn.com', includeSubdomains: true, enabled: false }]);
  });

  it('keeps the usable values of a partly bad file and lists the rest', () => {
    const bad = {
      ...SETTINGS,
      defaults: { ...SETTINGS.defaults, hintStyle: 'glow' },
      sites: [...SETTINGS.sites, { domain: '' }],
    };
    const { settings, errors } = parseSettingsExport(JSON.stringify(bad));
    expect(settings?.sites).toEqual(SETTINGS.sites);
    expect(settings?.defaults.showOn).toBe('passing');
    expect(errors).toEqual([
      expect.stringMatching(/^defaults\.hintStyle/),
      expect.stringMatching(/^sites\[1\]\.domain/),
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['text that is not JSON', 'hello', /not valid JSON/],
    ['a JSON list', '[1, 2]', /holds a list, not settings/],
    ['a JSON string', '"settings"', /holds "settings", not settings/],
    ['JSON null', 'null', /holds null/],
    [
      'another format',
      JSON.stringify({ format: 'other-extension', version: 1, settings: SETTINGS }),
      /format is "other-extension"/,
    ],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION + 1, settings: SETTINGS }),
      /newer News Context/,
    ],
    [
      'a version that is not a number',
      JSON.stringify({ format: EXPORT_FORMAT, version: 'two', settings: SETTINGS }),
      /not a version number/,
    ],
    [
      'a tagged file without settings',
      JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION }),
      /settings are nothing/,
    ],
    ['an oversized file', ' '.repeat(MAX_IMPORT_CHARS + 1), /characters long/],
  ])('refuses %s and applies nothing', (_name, text, error) => {
    const result = parseSettingsExport(text);
    expect(result.settings).toBeNull();
    expect(result.errors).toEqual([expect.stringMatching(error)]);
  });

  it('gives an empty object the defaults', () => {
    expect(parseSettingsExport('{}')).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });
});
