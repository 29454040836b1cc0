/** The user's settings: global defaults plus per-site rules. Stored as `sync:settings`. */

/** How mentions are painted on the page. */
export type HintStyle = 'highlight' | 'underline' | 'none';

/** Which pages show hints: only pages about the topic, or also pages that mention it in passing. */
export type ShowOn = 'about' | 'passing';

/** The choices a site rule or the global defaults make. */
export interface DisplayPrefs {
  hintStyle: HintStyle;
  showOn: ShowOn;
  autoOpenPanel: boolean;
}

/** A rule for one registrable domain ("bbc.co.uk"), optionally covering its subdomains. */
export interface SiteRule extends Partial<DisplayPrefs> {
  domain: string;
  includeSubdomains: boolean;
  enabled: boolean;
}

/** A global pause: `until` is epoch milliseconds, or `null` for "until turned back on". */
export interface Pause {
  until: number | null;
}

export interface Settings {
  defaults: DisplayPrefs;
  sites: SiteRule[];
  pause: Pause | null;
  /** Side panel width in CSS pixels. */
  panelWidth: number;
}

/** The settings that apply to one page, after site rule → global resolution. */
export interface ResolvedSettings extends DisplayPrefs {
  /** Whether the extension shows anything on this page at all. */
  active: boolean;
  /** Why it is inactive, for the popup and the badge. */
  state: 'on' | 'site-off' | 'paused';
  /** The most specific rule covering the page, if any; also set while paused, so the popup can show the site's own choice. */
  rule: SiteRule | null;
}
