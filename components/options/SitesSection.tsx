/** The "Sites" section: every site rule in an editable table, a form to add one, and a reset. */
import type { DisplayPrefs, SiteRule } from '../../core/settings/types';
import AddSiteForm from './AddSiteForm';
import ConfirmButton from './ConfirmButton';
import SiteRulesTable from './SiteRulesTable';

export interface SitesSectionProps {
  sites: readonly SiteRule[];
  defaults: DisplayPrefs;
  onChange: (rule: SiteRule) => void;
  onRemove: (domain: string) => void;
  onAdd: (domain: string) => void;
  /** Removes every site rule (after the reader confirms). */
  onResetAll: () => void;
}

/** A section with the rules table (or an empty note), the add form and "Remove all site rules". */
export default function SitesSection({ sites, defaults, onChange, onRemove, onAdd, onResetAll }: SitesSectionProps) {
  return (
    <section class="nc-options__section" aria-labelledby="nc-sites-heading">
      <h2 id="nc-sites-heading">Sites</h2>
      <p class="nc-options__intro">
        Rules for particular sites. A rule can switch News Context off on a site or change how it shows hints there;
        anything set to “Default” follows the choices under Defaults.
      </p>
      {sites.length === 0 ? (
        <p class="nc-empty">No site rules yet. Add one below, or use the toolbar button on a news site.</p>
      ) : (
        <SiteRulesTable sites={sites} defaults={defaults} onChange={onChange} onRemove={onRemove} />
      )}
      <AddSiteForm existingDomains={sites.map((rule) => rule.domain)} onAdd={onAdd} />
      <ConfirmButton
        label="Remove all site rules…"
        question={`Remove all ${sites.length} site rules? This cannot be undone.`}
        confirmLabel="Remove all"
        onConfirm={onResetAll}
        disabled={sites.length === 0}
      />
    </section>
  );
}
