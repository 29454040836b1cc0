import { describe, expect, it } from 'vitest';
import { applySiteChange, describeSite } from '@/components/popup/site-changes';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { setPause, setSiteRule } from '@/core/settings/resolve';

const URL = 'https://news.bbc.co.uk/world';
const NOW = 1_000;

describe('describeSite', () => {
  it('names the hostname and the registrable domain', () => {
    expect(describeSite(URL, DEFAULT_SETTINGS, NOW)).toMatchObject({ hostname: 'news.bbc.co.uk', domain: 'bbc.co.uk' });
  });

  it('shows a site without a rule as on, covering subdomains, with the defaults', () => {
    expect(describeSite(URL, DEFAULT_SETTINGS, NOW)).toMatchObject({
      enabled: true,
      includeSubdomains: true,
      prefs: DEFAULT_SETTINGS.defaults,
    });
  });

  it('shows the choices of the rule in force', () => {
    const settings = setSiteRule(DEFAULT_SETTINGS, {
      domain: 'bbc.co.uk',
      includeSubdomains: true,
      enabled: true,
      hintStyle: 'none',
    });
    expect(describeSite(URL, settings, NOW)?.prefs.hintStyle).toBe('none');
  });

  it('shows an off site as off even while paused', () => {
    const off = setSiteRule(DEFAULT_SETTINGS, { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false });
    expect(describeSite(URL, setPause(off, { until: null }), NOW)?.enabled).toBe(false);
  });

  it.each(['chrome://extensions', 'file:///tmp/a.html', 'about:blank'])('returns null for %s', (url) => {
    expect(describeSite(url, DEFAULT_SETTINGS, NOW)).toBeNull();
  });
});

describe('applySiteChange', () => {
  it('creates a rule for the registrable domain, covering subdomains', () => {
    const next = applySiteChange(DEFAULT_SETTINGS, URL, { kind: 'hintStyle', value: 'highlight' }, NOW);
    expect(next.sites).toEqual([
      { domain: 'bbc.co.uk', includeSubdomains: true, enabled: true, hintStyle: 'highlight' },
    ]);
  });

  it('changes the rule in force rather than adding one', () => {
    const once = applySiteChange(DEFAULT_SETTINGS, URL, { kind: 'showOn', value: 'passing' }, NOW);
    const twice = applySiteChange(once, URL, { kind: 'autoOpenPanel', value: true }, NOW);
    expect(twice.sites).toEqual([
      { domain: 'bbc.co.uk', includeSubdomains: true, enabled: true, showOn: 'passing', autoOpenPanel: true },
    ]);
  });

  it('turns the site off', () => {
    const next = applySiteChange(DEFAULT_SETTINGS, URL, { kind: 'enabled', value: false }, NOW);
    expect(describeSite(URL, next, NOW)?.resolved.state).toBe('site-off');
  });

  it('narrows a rule to the page’s hostname when subdomains are left out, keeping its choices', () => {
    const wide = applySiteChange(DEFAULT_SETTINGS, URL, { kind: 'hintStyle', value: 'none' }, NOW);
    const narrow = applySiteChange(wide, URL, { kind: 'includeSubdomains', value: false }, NOW);
    expect(narrow.sites).toEqual([
      { domain: 'news.bbc.co.uk', includeSubdomains: false, enabled: true, hintStyle: 'none' },
    ]);
    expect(describeSite(URL, narrow, NOW)?.prefs.hintStyle).toBe('none');
  });

  it('widens a narrowed rule back to the registrable domain', () => {
    const narrow = applySiteChange(DEFAULT_SETTINGS, URL, { kind: 'includeSubdomains', value: false }, NOW);
    const wide = applySiteChange(narrow, URL, { kind: 'includeSubdomains', value: true }, NOW);
    expect(wide.sites).toEqual([{ domain: 'bbc.co.uk', includeSubdomains: true, enabled: true }]);
  });

  it('names the bare domain, not www, when narrowing on a www page', () => {
    const next = applySiteChange(
      DEFAULT_SETTINGS,
      'https://www.bbc.co.uk/',
      { kind: 'includeSubdomains', value: false },
      NOW,
    );
    expect(next.sites[0]?.domain).toBe('bbc.co.uk');
  });

  it('leaves settings unchanged for a page no rule can cover', () => {
    expect(applySiteChange(DEFAULT_SETTINGS, 'chrome://newtab', { kind: 'enabled', value: false }, NOW)).toBe(
      DEFAULT_SETTINGS,
    );
  });
});
