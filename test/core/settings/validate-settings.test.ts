import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITE_RULES } from '@/core/settings/defaults';
import type { Settings } from '@/core/settings/types';
import { validateSettings } from '@/core/settings/validate-settings';

const VALID: Settings = {
  defaults: { hintStyle: 'highlight', showOn: 'passing', autoOpenPanel: true },
  sites: [
    { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false },
    { domain: 'nytimes.com', includeSubdomains: false, enabled: true, hintStyle: 'none' },
  ],
  pause: { until: 1_700_000_000_000 },
  panelWidth: 420,
};

/** VALID with some top-level fields replaced by raw values. */
function corrupt(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(VALID), ...changes };
}

describe('validateSettings', () => {
  it('keeps valid settings unchanged and reports nothing', () => {
    expect(validateSettings(structuredClone(VALID))).toEqual({ settings: VALID, errors: [] });
  });

  it('returns new objects, never the input', () => {
    const input = structuredClone(VALID);
    const { settings } = validateSettings(input);
    expect(settings).not.toBe(input);
    expect(settings.defaults).not.toBe(input.defaults);
    expect(settings.sites[0]).not.toBe(input.sites[0]);
  });

  it.each([null, undefined])('gives the defaults silently for %s (nothing stored)', (raw) => {
    expect(validateSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
  });

  it.each(['settings', 42, true, [VALID], () => VALID])('gives the defaults and one error for %j', (raw) => {
    const result = validateSettings(raw);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.errors).toEqual([expect.stringMatching(/^settings: .* is not an object/)]);
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>, RegExp]>([
    [
      'a bad hint style',
      { defaults: { ...VALID.defaults, hintStyle: 'sparkle' } },
      { defaults: { ...VALID.defaults, hintStyle: 'underline' } },
      /^defaults\.hintStyle: "sparkle"/,
    ],
    [
      'a bad show-on',
      { defaults: { ...VALID.defaults, showOn: 7 } },
      { defaults: { ...VALID.defaults, showOn: 'about' } },
      /^defaults\.showOn: 7/,
    ],
    [
      'a string auto-open',
      { defaults: { ...VALID.defaults, autoOpenPanel: 'yes' } },
      { defaults: { ...VALID.defaults, autoOpenPanel: false } },
      /^defaults\.autoOpenPanel: "yes"/,
    ],
    ['defaults as a list', { defaults: ['highlight'] }, { defaults: DEFAULT_SETTINGS.defaults }, /^defaults: a list/],
    ['sites as an object', { sites: { 'bbc.co.uk': false } }, { sites: [] }, /^sites: an object/],
    ['a pause with a string end', { pause: { until: 'tomorrow' } }, { pause: null }, /^pause: "tomorrow"/],
    ['a pause with a negative end', { pause: { until: -5 } }, { pause: null }, /^pause: -5/],
    ['a pause as a number', { pause: 12 }, { pause: null }, /^pause: 12/],
    ['a NaN panel width', { panelWidth: Number.NaN }, { panelWidth: 380 }, /^panelWidth: NaN/],
    ['a string panel width', { panelWidth: '400px' }, { panelWidth: 380 }, /^panelWidth: "400px"/],
    ['a huge panel width', { panelWidth: 5000 }, { panelWidth: 640 }, /^panelWidth: 5000 is outside 300–640/],
    ['a tiny panel width', { panelWidth: 10 }, { panelWidth: 300 }, /^panelWidth: 10 is outside/],
    ['an unknown key', { theme: 'dark' }, {}, /^theme: not a setting/],
  ])('replaces %s with its default and keeps every other field', (_name, changes, fixed, error) => {
    const result = validateSettings(corrupt(changes));
    expect(result.settings).toEqual({ ...VALID, ...fixed });
    expect(result.errors).toEqual([expect.stringMatching(error)]);
  });

  it('drops one rule without a usable domain, names it, and keeps the others', () => {
    const result = validateSettings(corrupt({ sites: [VALID.sites[0], { domain: 'not a host' }, VALID.sites[1]] }));
    expect(result.settings.sites).toEqual(VALID.sites);
    expect(result.errors).toEqual([
      expect.stringMatching(/^sites\[1\]\.domain: "not a host" is not a hostname; rule dropped/),
    ]);
  });

  it('drops a rule that is not an object', () => {
    const result = validateSettings(corrupt({ sites: ['bbc.co.uk', VALID.sites[1]] }));
    expect(result.settings.sites).toEqual([VALID.sites[1]]);
    expect(result.errors).toEqual([expect.stringMatching(/^sites\[0\]: "bbc.co.uk" is not a site rule/)]);
  });

  it("drops a rule's unusable display choice so the global one applies", () => {
    const result = validateSettings(corrupt({ sites: [{ ...VALID.sites[1], hintStyle: 'glow' }] }));
    expect(result.settings.sites).toEqual([{ domain: 'nytimes.com', includeSubdomains: false, enabled: true }]);
    expect(result.errors).toEqual([expect.stringMatching(/^sites\[0\]\.hintStyle: "glow"/)]);
  });

  it('gives a rule with a non-boolean switch the value true and reports it', () => {
    const result = validateSettings(corrupt({ sites: [{ domain: 'bbc.co.uk', includeSubdomains: 1, enabled: 'no' }] }));
    expect(result.settings.sites).toEqual([{ domain: 'bbc.co.uk', includeSubdomains: true, enabled: true }]);
    expect(result.errors).toHaveLength(2);
  });

  it('normalizes rule domains', () => {
    const result = validateSettings(
      corrupt({ sites: [{ domain: ' BBC.co.uk. ', includeSubdomains: true, enabled: true }] }),
    );
    expect(result.settings.sites[0]?.domain).toBe('bbc.co.uk');
  });

  it('keeps the last of several rules for one domain and reports the others', () => {
    const first = { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false };
    const last = { domain: 'BBC.co.uk', includeSubdomains: false, enabled: true };
    const result = validateSettings(corrupt({ sites: [first, VALID.sites[1], last] }));
    expect(result.settings.sites).toEqual([VALID.sites[1], { ...last, domain: 'bbc.co.uk' }]);
    expect(result.errors).toEqual(['sites[0]: replaced by sites[2], a later rule for bbc.co.uk']);
  });

  it(`keeps at most ${MAX_SITE_RULES} rules from a huge list`, () => {
    const sites = Array.from({ length: MAX_SITE_RULES + 10 }, (_, i) => ({
      domain: `site${i}.com`,
      includeSubdomains: true,
      enabled: true,
    }));
    const result = validateSettings(corrupt({ sites }));
    expect(result.settings.sites).toHaveLength(MAX_SITE_RULES);
    expect(result.errors).toEqual([`sites: kept the first ${MAX_SITE_RULES} of ${MAX_SITE_RULES + 10} rules`]);
  });

  it('reads a sparse list of a billion slots without walking it', () => {
    const result = validateSettings(corrupt({ sites: new Array(1_000_000_000) }));
    expect(result.settings.sites).toEqual([]);
  });

  it('treats a "__proto__" key from JSON as data and leaves prototypes alone', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__": {"polluted": true, "panelWidth": 999}, "sites": [{"domain": "a.com", "__proto__": {"enabled": false}}]}',
    );
    const result = validateSettings(raw);
    expect(result.settings.panelWidth).toBe(380);
    expect(result.settings.sites).toEqual([{ domain: 'a.com', includeSubdomains: true, enabled: true }]);
    expect(result.errors).toEqual(['__proto__: not a setting; ignored']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores inherited fields', () => {
    const raw: unknown = Object.create({ panelWidth: 500, defaults: { hintStyle: 'none' } });
    expect(validateSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('names at most ten unknown keys and counts the rest', () => {
    const raw = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`junk${i}`, i]));
    const { errors } = validateSettings(raw);
    expect(errors).toHaveLength(11);
    expect(errors.at(-1)).toBe('15 more unknown keys ignored');
  });

  it('gives the defaults without throwing for an object whose fields throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const result = validateSettings(hostile);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.errors.at(-1)).toBe('settings: could not be read; using the defaults');
  });

  it('never returns the frozen defaults object', () => {
    const { settings } = validateSettings(null);
    settings.sites.push({ domain: 'a.com', includeSubdomains: true, enabled: true });
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
  });
});
