/** The site rules as a table with a header row; scrolls sideways on narrow windows. */
import type { DisplayPrefs, SiteRule } from '../../core/settings/types';
import SiteRuleRow from './SiteRuleRow';

export interface SiteRulesTableProps {
  sites: readonly SiteRule[];
  defaults: DisplayPrefs;
  onChange: (rule: SiteRule) => void;
  onRemove: (domain: string) => void;
}

const COLUMNS = ['Site', 'Subdomains', 'On', 'Hint style', 'Show hints on', 'Open panel'];

/** A `<table>` with one `SiteRuleRow` per rule; the remove column's header is for screen readers only. */
export default function SiteRulesTable({ sites, defaults, onChange, onRemove }: SiteRulesTableProps) {
  return (
    <div class="nc-options__table-wrap">
      <table class="nc-options__table">
        <caption class="nc-sr-only">Site rules</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span class="nc-sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((rule) => (
            <SiteRuleRow key={rule.domain} rule={rule} defaults={defaults} onChange={onChange} onRemove={onRemove} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
