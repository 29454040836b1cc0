/**
 * The popup's "This site" choices as pure functions over settings: what the controls show for a page,
 * and the settings after one change. The popup's App stores the result with `updateSettings`.
 */
import { hostnameOf } from '../../core/settings/hostname';
import {
  createSiteRule,
  findRuleFor,
  removeSiteRule,
  resolveForSite,
  ruleKeyFor,
  setSiteRule,
} from '../../core/settings/resolve';
import type { DisplayPrefs, HintStyle, ResolvedSettings, Settings, ShowOn, SiteRule } from '../../core/settings/types';

/** One change made with the site controls. */
export type SiteChange =
  | { kind: 'enabled'; value: boolean }
  | { kind: 'hintStyle'; value: HintStyle }
  | { kind: 'showOn'; value: ShowOn }
  | { kind: 'autoOpenPanel'; value: boolean }
  | { kind: 'includeSubdomains'; value: boolean };

/** What the site controls show for one page. */
export interface SiteView {
  /** The page's hostname ("news.bbc.co.uk"). */
  hostname: string;
  /** The registrable domain a rule covering subdomains names ("bbc.co.uk"). */
  domain: string;
  /** Whether the site is on (ignoring a global pause). */
  enabled: boolean;
  /** Whether the rule in force (or the one a change would create) covers the domain's subdomains. */
  includeSubdomains: boolean;
  /** The display choices in force: the site rule's, else the defaults. */
  prefs: DisplayPrefs;
  resolved: ResolvedSettings;
}

/** The controls' view of `url`, or `null` for a page no site rule can cover (`chrome:`, `file:`). */
export function describeSite(url: string, settings: Settings, now: number): SiteView | null {
  const hostname = hostnameOf(url);
  const domain = ruleKeyFor(url);
  if (hostname === null || domain === null) return null;
  const resolved = resolveForSite(url, settings, now);
  const { hintStyle, showOn, autoOpenPanel } = resolved;
  return {
    hostname,
    domain,
    enabled: resolved.rule?.enabled ?? true,
    includeSubdomains: resolved.rule?.includeSubdomains ?? true,
    prefs: { hintStyle, showOn, autoOpenPanel },
    resolved,
  };
}

/**
 * The rule a change edits: the one in force, else a new one for the registrable domain with its
 * subdomains (`createSiteRule`), which inherits every display choice.
 */
function ruleToEdit(url: string, settings: Settings, domain: string): SiteRule {
  return findRuleFor(url, settings) ?? createSiteRule(domain);
}

/**
 * Moves a rule between "the whole domain and its subdomains" (`bbc.co.uk`) and "this hostname only"
 * (`news.bbc.co.uk`), keeping its choices. A rule for `bbc.co.uk` without subdomains would stop
 * covering `news.bbc.co.uk`, so narrowing also renames it to the page's hostname.
 */
function setSubdomains(settings: Settings, rule: SiteRule, view: SiteView, include: boolean): Settings {
  const domain = include ? view.domain : view.hostname.replace(/^www\./, '');
  return setSiteRule(removeSiteRule(settings, rule.domain), { ...rule, domain, includeSubdomains: include });
}

/** The settings after one change to the site of `url`; unchanged for a page no rule can cover. */
export function applySiteChange(settings: Settings, url: string, change: SiteChange, now: number): Settings {
  const view = describeSite(url, settings, now);
  if (view === null) return settings;
  const rule = ruleToEdit(url, settings, view.domain);
  switch (change.kind) {
    case 'includeSubdomains':
      return setSubdomains(settings, rule, view, change.value);
    case 'enabled':
      return setSiteRule(settings, { ...rule, enabled: change.value });
    case 'hintStyle':
      return setSiteRule(settings, { ...rule, hintStyle: change.value });
    case 'showOn':
      return setSiteRule(settings, { ...rule, showOn: change.value });
    case 'autoOpenPanel':
      return setSiteRule(settings, { ...rule, autoOpenPanel: change.value });
  }
}
