import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { EXPORT_FORMAT } from '@/core/settings/export-format';
import { setDefaults, setSiteRule } from '@/core/settings/resolve';
import type { Settings } from '@/core/settings/types';
import {
  exportSettings,
  importSettings,
  loadSettings,
  saveSettings,
  SettingsTooLargeError,
  updateSettings,
  watchSettings,
} from '@/platform/settings';

const CUSTOM: Settings = {
  defaults: { hintStyle: 'highlight', showOn: 'passing', autoOpenPanel: true },
  sites: [{ domain: 'bbc.co.uk', includeSubdomains: true, enabled: false }],
  pause: { until: null },
  panelWidth: 450,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads back what saveSettings stored', async () => {
    await saveSettings(CUSTOM);
    expect(await loadSettings()).toEqual(CUSTOM);
  });

  it('keeps the usable fields of a corrupted stored value and never throws', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...CUSTOM, defaults: 'broken', panelWidth: 'wide' },
    });
    expect(await loadSettings()).toEqual({
      ...CUSTOM,
      defaults: DEFAULT_SETTINGS.defaults,
      panelWidth: 380,
    });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['a list', [1, 2, 3]],
  ])('gives the defaults when storage holds %s', async (_name, value) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a v1 value stored by an older version when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, hintStyle: 'tint', disabledSites: ['cnn.com'] },
    });
    vi.resetModules();
    const fresh = await import('@/platform/settings');
    expect(await fresh.loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      defaults: { ...DEFAULT_SETTINGS.defaults, hintStyle: 'highlight' },
      sites: [{ domain: 'cnn.com', includeSubdomains: true, enabled: false }],
      pause: { until: null },
    });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
  });
});

describe('saveSettings', () => {
  it('stores validated settings and returns them', async () => {
    const stored = await saveSettings({ ...CUSTOM, panelWidth: 9999 });
    expect(stored.panelWidth).toBe(640);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: stored });
  });

  it('refuses settings larger than one sync item and leaves storage unchanged', async () => {
    const sites = Array.from({ length: 300 }, (_, i) => ({
      domain: `site-${i}.example.com`,
      includeSubdomains: true,
      enabled: false,
    }));
    await expect(saveSettings({ ...DEFAULT_SETTINGS, sites })).rejects.toBeInstanceOf(SettingsTooLargeError);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
  });
});

describe('updateSettings', () => {
  it('applies a pure change to the stored settings', async () => {
    await saveSettings(CUSTOM);
    await updateSettings((s) => setSiteRule(s, { domain: 'cnn.com', includeSubdomains: false, enabled: true }));
    expect((await loadSettings()).sites.map((rule) => rule.domain)).toEqual(['bbc.co.uk', 'cnn.com']);
  });
});

describe('watchSettings', () => {
  it('reports each change with validated settings until unsubscribed', async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    await updateSettings((s) => setDefaults(s, { hintStyle: 'none' }));
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      defaults: { ...DEFAULT_SETTINGS.defaults, hintStyle: 'none' },
    });
    unwatch();
    await saveSettings(CUSTOM);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a corrupted write from elsewhere as usable settings', async () => {
    const onChange = vi.fn();
    watchSettings(onChange);
    await fakeBrowser.storage.sync.set({ settings: { sites: 'nonsense', panelWidth: 500 } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, panelWidth: 500 });
  });
});

describe('exportSettings', () => {
  it('writes the stored settings in the export format', async () => {
    await saveSettings(CUSTOM);
    const file: unknown = JSON.parse(await exportSettings(0));
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: 2,
      exported: '1970-01-01T00:00:00.000Z',
      settings: CUSTOM,
    });
  });
});

describe('importSettings', () => {
  it('round-trips an export into a fresh profile', async () => {
    await saveSettings(CUSTOM);
    const file = await exportSettings();
    fakeBrowser.reset();
    expect(await importSettings(file)).toEqual({ applied: CUSTOM, errors: [], imported: true });
    expect(await loadSettings()).toEqual(CUSTOM);
  });

  it('applies the usable values of a partly bad file and lists the rest', async () => {
    const file = JSON.stringify({ ...CUSTOM, defaults: { ...CUSTOM.defaults, showOn: 'never' } });
    const { applied, errors, imported } = await importSettings(file);
    expect(imported).toBe(true);
    expect(applied).toEqual({ ...CUSTOM, defaults: { ...CUSTOM.defaults, showOn: 'about' } });
    expect(errors).toEqual([expect.stringMatching(/^defaults\.showOn: "never"/)]);
    expect(await loadSettings()).toEqual(applied);
  });

  it('applies nothing from a file that is not settings', async () => {
    await saveSettings(CUSTOM);
    const { applied, errors, imported } = await importSettings('not json');
    expect(imported).toBe(false);
    expect(applied).toEqual(CUSTOM);
    expect(errors).toEqual(['The file is not valid JSON.']);
    expect(await loadSettings()).toEqual(CUSTOM);
  });
});
