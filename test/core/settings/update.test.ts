import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import {
  createSiteRule,
  removeSiteRule,
  setDefaults,
  setPanelWidth,
  setPause,
  setSiteRule,
} from '@/core/settings/resolve';
import type { Settings } from '@/core/settings/types';

/** Settings frozen all the way down, so any mutation by a helper throws. */
function frozenSettings(): Settings {
  const settings: Settings = {
    defaults: Object.freeze({ hintStyle: 'underline', showOn: 'about', autoOpenPanel: false }),
    sites: Object.freeze([
      Object.freeze({ domain: 'bbc.co.uk', includeSubdomains: true, enabled: false }),
      Object.freeze({ domain: 'cnn.com', includeSubdomains: true, enabled: true }),
    ]) as Settings['sites'],
    pause: Object.freeze({ until: null }),
    panelWidth: 380,
  };
  return Object.freeze(settings);
}

describe('createSiteRule', () => {
  it('makes an enabled rule covering subdomains that inherits every display choice', () => {
    expect(createSiteRule('BBC.co.uk')).toEqual({ domain: 'bbc.co.uk', includeSubdomains: true, enabled: true });
  });
});

describe('setSiteRule', () => {
  it('appends a rule for a new domain without changing the input', () => {
    const before = frozenSettings();
    const after = setSiteRule(before, createSiteRule('nytimes.com', false));
    expect(after.sites.map((rule) => rule.domain)).toEqual(['bbc.co.uk', 'cnn.com', 'nytimes.com']);
    expect(before.sites).toHaveLength(2);
  });

  it('replaces the rule for the same domain in place', () => {
    const after = setSiteRule(frozenSettings(), { domain: 'BBC.CO.UK', includeSubdomains: false, enabled: true });
    expect(after.sites[0]).toEqual({ domain: 'bbc.co.uk', includeSubdomains: false, enabled: true });
    expect(after.sites).toHaveLength(2);
  });
});

describe('removeSiteRule', () => {
  it('removes the rule for a domain, matched without regard to case', () => {
    expect(removeSiteRule(frozenSettings(), 'BBC.co.uk').sites.map((rule) => rule.domain)).toEqual(['cnn.com']);
  });

  it('returns new settings with the same rules when the domain has none', () => {
    const before = frozenSettings();
    const after = removeSiteRule(before, 'example.com');
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });
});

describe('setPause', () => {
  it('sets and clears a pause', () => {
    const paused = setPause(frozenSettings(), { until: 42 });
    expect(paused.pause).toEqual({ until: 42 });
    expect(setPause(paused, null).pause).toBeNull();
  });
});

describe('setDefaults', () => {
  it('changes only the given display choices', () => {
    const after = setDefaults(frozenSettings(), { hintStyle: 'highlight', showOn: undefined });
    expect(after.defaults).toEqual({ hintStyle: 'highlight', showOn: 'about', autoOpenPanel: false });
  });
});

describe('setPanelWidth', () => {
  it.each([
    [500, 500],
    [433.6, 434],
    [100, 300],
    [9000, 640],
    [Number.NaN, 380],
  ])('stores a width of %d as %d', (width, expected) => {
    expect(setPanelWidth(frozenSettings(), width).panelWidth).toBe(expected);
  });

  it('leaves the defaults untouched', () => {
    setPanelWidth(DEFAULT_SETTINGS, 500);
    expect(DEFAULT_SETTINGS.panelWidth).toBe(380);
  });
});
