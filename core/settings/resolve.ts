/**
 * Which settings apply to a page, and pure helpers to change settings. The popup, the background
 * and the content script all resolve through `resolveForSite`, so they cannot disagree.
 *
 * Precedence: an active pause → the most specific matching site rule → the global defaults.
 * - A pause is active while `until` is `null` or later than `now`; an expired pause is ignored.
 * - A rule with `includeSubdomains` covers its domain and every subdomain (`bbc.co.uk` covers
 *   `news.bbc.co.uk`). Without it, the rule covers its exact hostname and the `www.` form of it only,
 *   because sites serve the same pages on both and people rarely mean to treat them differently.
 * - Rules may name any hostname, not only registrable domains; when several match, the one with the
 *   longest domain wins (`live.bbc.co.uk` beats `bbc.co.uk`).
 * - A matching rule's display choices override the defaults one by one; unset ones inherit.
 */
import { PANEL_WIDTH_MAX, PANEL_WIDTH_MIN } from './defaults';
import { hostnameOf, normalizeHostname } from './hostname';
import { registrableDomain } from './registrable-domain';
import type { DisplayPrefs, Pause, ResolvedSettings, Settings, SiteRule } from './types';

/** Whether a pause is in force at `now` (epoch milliseconds). */
export function isPauseActive(pause: Pause | null, now: number): boolean {
  return pause !== null && (pause.until === null || pause.until > now);
}

/** Whether `rule` covers the normalized `hostname`. */
export function ruleCovers(rule: SiteRule, hostname: string): boolean {
  if (hostname === rule.domain || hostname === `www.${rule.domain}`) return true;
  return rule.includeSubdomains && hostname.endsWith(`.${rule.domain}`);
}

/** The most specific rule covering a page, or `null`; non-web URLs (`about:`, `chrome:`) match none. */
export function findRuleFor(url: string, settings: Settings): SiteRule | null {
  const hostname = hostnameOf(url);
  if (hostname === null) return null;
  let best: SiteRule | null = null;
  for (const rule of settings.sites) {
    if (ruleCovers(rule, hostname) && (best === null || rule.domain.length > best.domain.length)) best = rule;
  }
  return best;
}

/** The settings in force on `url` at `now` (epoch milliseconds). */
export function resolveForSite(url: string, settings: Settings, now: number): ResolvedSettings {
  const rule = findRuleFor(url, settings);
  const prefs: DisplayPrefs = {
    hintStyle: rule?.hintStyle ?? settings.defaults.hintStyle,
    showOn: rule?.showOn ?? settings.defaults.showOn,
    autoOpenPanel: rule?.autoOpenPanel ?? settings.defaults.autoOpenPanel,
  };
  if (isPauseActive(settings.pause, now)) return { ...prefs, active: false, state: 'paused', rule };
  if (rule && !rule.enabled) return { ...prefs, active: false, state: 'site-off', rule };
  return { ...prefs, active: true, state: 'on', rule };
}

/**
 * The domain a new rule for this page should name: its registrable domain (`news.bbc.co.uk` →
 * `bbc.co.uk`), so one rule covers the publisher. `null` for pages no rule can cover.
 */
export function ruleKeyFor(url: string): string | null {
  const hostname = hostnameOf(url);
  return hostname === null ? null : registrableDomain(hostname);
}

/** A new rule for `domain` that covers its subdomains and inherits every display choice. */
export function createSiteRule(domain: string, enabled = true): SiteRule {
  return { domain: normalizeHostname(domain), includeSubdomains: true, enabled };
}

/** New settings with `rule` added, or replacing the rule for the same domain in place. */
export function setSiteRule(settings: Settings, rule: SiteRule): Settings {
  const next = { ...rule, domain: normalizeHostname(rule.domain) };
  const index = settings.sites.findIndex((existing) => existing.domain === next.domain);
  const sites = index === -1 ? [...settings.sites, next] : settings.sites.map((r, i) => (i === index ? next : r));
  return { ...settings, sites };
}

/** New settings without the rule for `domain` (unchanged content if there is none). */
export function removeSiteRule(settings: Settings, domain: string): Settings {
  const target = normalizeHostname(domain);
  return { ...settings, sites: settings.sites.filter((rule) => rule.domain !== target) };
}

/** New settings with the pause set, or cleared with `null`. */
export function setPause(settings: Settings, pause: Pause | null): Settings {
  return { ...settings, pause: pause === null ? null : { until: pause.until } };
}

/** New settings with some global display choices changed; `undefined` values change nothing. */
export function setDefaults(settings: Settings, changes: Partial<DisplayPrefs>): Settings {
  const defaults = { ...settings.defaults };
  if (changes.hintStyle !== undefined) defaults.hintStyle = changes.hintStyle;
  if (changes.showOn !== undefined) defaults.showOn = changes.showOn;
  if (changes.autoOpenPanel !== undefined) defaults.autoOpenPanel = changes.autoOpenPanel;
  return { ...settings, defaults };
}

/** New settings with the side panel width, rounded and clamped to `PANEL_WIDTH_MIN`–`PANEL_WIDTH_MAX`. */
export function setPanelWidth(settings: Settings, width: number): Settings {
  const usable = Number.isFinite(width) ? Math.round(width) : settings.panelWidth;
  return { ...settings, panelWidth: Math.min(PANEL_WIDTH_MAX, Math.max(PANEL_WIDTH_MIN, usable)) };
}
