/** "This site": on/off, hint style, when to show, auto-open and subdomains for the active tab's site. */
import { HINT_STYLES, SHOW_ON_CHOICES } from '../../core/settings/validate-display-prefs';
import { HINT_STYLE_LABELS, SHOW_ON_SHORT_LABELS } from '../options/labels';
import SegmentedControl from './SegmentedControl';
import type { SiteChange, SiteView } from './site-changes';
import Switch from './Switch';

export interface SiteControlsProps {
  /** `null` on pages no site rule can cover (browser pages, files). */
  site: SiteView | null;
  onChange: (change: SiteChange) => void;
}

const HINT_OPTIONS = HINT_STYLES.map((value) => ({
  value,
  label: value === 'none' ? 'None' : HINT_STYLE_LABELS[value],
}));
const SHOW_ON_OPTIONS = SHOW_ON_CHOICES.map((value) => ({ value, label: SHOW_ON_SHORT_LABELS[value] }));

/** The subdomain choice's explanation for this page. */
function describeCoverage(site: SiteView): string {
  if (site.includeSubdomains) return `Covers ${site.domain} and every site under it.`;
  return `Covers ${site.hostname.replace(/^www\./, '')} only.`;
}

/** Renders the controls; each change calls `onChange` once with what changed. */
export default function SiteControls({ site, onChange }: SiteControlsProps) {
  if (site === null) {
    return (
      <section class="nc-popup-section" aria-labelledby="nc-popup-site">
        <h2 class="nc-popup-section__title" id="nc-popup-site">
          This site
        </h2>
        <p class="nc-popup-section__note">Site settings apply to web pages. Open a news article to change them.</p>
      </section>
    );
  }
  const { prefs } = site;
  return (
    <section class="nc-popup-section" aria-labelledby="nc-popup-site">
      <h2 class="nc-popup-section__title" id="nc-popup-site">
        {site.hostname.replace(/^www\./, '')}
      </h2>
      <Switch
        label="Show News Context on this site"
        isOn={site.enabled}
        onChange={(value) => onChange({ kind: 'enabled', value })}
        description={site.enabled ? undefined : 'Off: no hints and no panel here.'}
      />
      <SegmentedControl
        legend="Hints on the page"
        options={HINT_OPTIONS}
        value={prefs.hintStyle}
        onChange={(value) => onChange({ kind: 'hintStyle', value })}
        disabled={!site.enabled}
      />
      <SegmentedControl
        legend="Show hints on pages"
        options={SHOW_ON_OPTIONS}
        value={prefs.showOn}
        onChange={(value) => onChange({ kind: 'showOn', value })}
        disabled={!site.enabled}
      />
      <label class="nc-popup-check">
        <input
          type="checkbox"
          checked={prefs.autoOpenPanel}
          disabled={!site.enabled}
          onChange={(event) => onChange({ kind: 'autoOpenPanel', value: event.currentTarget.checked })}
        />
        <span>Open the panel by itself on pages about the topic</span>
      </label>
      <label class="nc-popup-check">
        <input
          type="checkbox"
          checked={site.includeSubdomains}
          onChange={(event) => onChange({ kind: 'includeSubdomains', value: event.currentTarget.checked })}
        />
        <span>
          Apply to subdomains
          <span class="nc-popup-check__hint">{describeCoverage(site)}</span>
        </span>
      </label>
    </section>
  );
}
