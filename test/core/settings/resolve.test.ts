import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import { findRuleFor, isPauseActive, resolveForSite, ruleKeyFor } from '@/core/settings/resolve';
import type { Pause, ResolvedSettings, Settings, SiteRule } from '@/core/settings/types';

const NOW = 1_750_000_000_000;
const HOUR = 3_600_000;

function settingsWith(sites: SiteRule[], pause: Pause | null = null): Settings {
  return { ...DEFAULT_SETTINGS, sites, pause };
}

const bbcOff: SiteRule = { domain: 'bbc.co.uk', includeSubdomains: true, enabled: false };
const bbcExact: SiteRule = { domain: 'bbc.co.uk', includeSubdomains: false, enabled: false };
const liveBbcOn: SiteRule = {
  domain: 'live.bbc.co.uk',
  includeSubdomains: true,
  enabled: true,
  hintStyle: 'highlight',
};

describe('resolveForSite', () => {
  it.each<[string, string, Settings, Pick<ResolvedSettings, 'active' | 'state'>, string | null]>([
    ['global defaults only', 'https://www.bbc.co.uk/news', settingsWith([]), { active: true, state: 'on' }, null],
    [
      'a site switched off',
      'https://www.bbc.co.uk/news',
      settingsWith([bbcOff]),
      { active: false, state: 'site-off' },
      'bbc.co.uk',
    ],
    [
      'a subdomain rule covering news.',
      'https://news.bbc.co.uk/a',
      settingsWith([bbcOff]),
      { active: false, state: 'site-off' },
      'bbc.co.uk',
    ],
    [
      'an exact rule not covering news.',
      'https://news.bbc.co.uk/a',
      settingsWith([bbcExact]),
      { active: true, state: 'on' },
      null,
    ],
    [
      'an exact rule covering the bare host',
      'https://bbc.co.uk/a',
      settingsWith([bbcExact]),
      { active: false, state: 'site-off' },
      'bbc.co.uk',
    ],
    [
      'an exact rule covering www.',
      'https://www.bbc.co.uk/a',
      settingsWith([bbcExact]),
      { active: false, state: 'site-off' },
      'bbc.co.uk',
    ],
    [
      'a rule not covering a look-alike domain',
      'https://notbbc.co.uk/',
      settingsWith([bbcOff]),
      { active: true, state: 'on' },
      null,
    ],
    [
      'the most specific rule (subdomain listed last)',
      'https://live.bbc.co.uk/x',
      settingsWith([bbcOff, liveBbcOn]),
      { active: true, state: 'on' },
      'live.bbc.co.uk',
    ],
    [
      'the most specific rule (subdomain listed first)',
      'https://a.live.bbc.co.uk/x',
      settingsWith([liveBbcOn, bbcOff]),
      { active: true, state: 'on' },
      'live.bbc.co.uk',
    ],
    [
      'an active timed pause',
      'https://cnn.com/',
      settingsWith([], { until: NOW + HOUR }),
      { active: false, state: 'paused' },
      null,
    ],
    ['an expired pause', 'https://cnn.com/', settingsWith([], { until: NOW - 1 }), { active: true, state: 'on' }, null],
    [
      'an indefinite pause',
      'https://cnn.com/',
      settingsWith([], { until: null }),
      { active: false, state: 'paused' },
      null,
    ],
    [
      'a pause over a site rule',
      'https://www.bbc.co.uk/',
      settingsWith([bbcOff], { until: null }),
      { active: false, state: 'paused' },
      'bbc.co.uk',
    ],
    ['a non-web page', 'chrome://extensions', settingsWith([bbcOff]), { active: true, state: 'on' }, null],
    ['an unparsable URL', '::nonsense', settingsWith([bbcOff]), { active: true, state: 'on' }, null],
  ])('resolves %s', (_name, url, settings, expected, ruleDomain) => {
    const resolved = resolveForSite(url, settings, NOW);
    expect({ active: resolved.active, state: resolved.state }).toEqual(expected);
    expect(resolved.rule?.domain ?? null).toBe(ruleDomain);
  });

  it('takes display choices from the global defaults when no rule matches', () => {
    const settings = {
      ...settingsWith([]),
      defaults: { hintStyle: 'none', showOn: 'passing', autoOpenPanel: true },
    } as const;
    expect(resolveForSite('https://cnn.com/', settings, NOW)).toMatchObject(settings.defaults);
  });

  it("overrides only the rule's own display choices and inherits the rest", () => {
    const rule: SiteRule = { domain: 'cnn.com', includeSubdomains: true, enabled: true, showOn: 'passing' };
    const resolved = resolveForSite('https://edition.cnn.com/', settingsWith([rule]), NOW);
    expect(resolved).toMatchObject({ hintStyle: 'underline', showOn: 'passing', autoOpenPanel: false });
  });

  it('ignores the letter case and trailing dot of the page hostname', () => {
    expect(resolveForSite('https://WWW.BBC.CO.UK./', settingsWith([bbcOff]), NOW).state).toBe('site-off');
  });
});

describe('isPauseActive', () => {
  it.each<[Pause | null, boolean]>([
    [null, false],
    [{ until: null }, true],
    [{ until: NOW + 1 }, true],
    [{ until: NOW }, false],
    [{ until: NOW - HOUR }, false],
  ])('says %j is active: %s', (pause, expected) => {
    expect(isPauseActive(pause, NOW)).toBe(expected);
  });
});

describe('findRuleFor', () => {
  it('returns null when no rule covers the page', () => {
    expect(findRuleFor('https://cnn.com/', settingsWith([bbcOff]))).toBeNull();
  });
});

describe('ruleKeyFor', () => {
  it.each([
    ['https://news.bbc.co.uk/world', 'bbc.co.uk'],
    ['https://edition.cnn.com/', 'cnn.com'],
    ['http://localhost:3000/', 'localhost'],
    ['http://192.168.1.4/', '192.168.1.4'],
    ['about:blank', null],
    ['chrome-extension://abc/options.html', null],
  ])('gives %s the rule domain %s', (url, expected) => {
    expect(ruleKeyFor(url)).toBe(expected);
  });
});
