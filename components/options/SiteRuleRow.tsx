/** One site rule as a table row, every field editable in place. */
import type { DisplayPrefs, SiteRule } from '../../core/settings/types';
import RulePrefCells from './RulePrefCells';

export interface SiteRuleRowProps {
  rule: SiteRule;
  /** The global choices, named in each select's "Default (…)" option. */
  defaults: DisplayPrefs;
  /** Called with the whole changed rule. */
  onChange: (rule: SiteRule) => void;
  onRemove: (domain: string) => void;
}

/** A checkbox cell whose accessible name says what it switches on which site. */
function SwitchCell({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <td>
      <input
        type="checkbox"
        aria-label={label}
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
    </td>
  );
}

/** A `<tr>`: domain, subdomains, on/off, the three display choices, and a remove button. */
export default function SiteRuleRow({ rule, defaults, onChange, onRemove }: SiteRuleRowProps) {
  const { domain } = rule;
  return (
    <tr>
      <th scope="row" class="nc-options__domain">
        {domain}
      </th>
      <SwitchCell
        label={`Include subdomains of ${domain}`}
        checked={rule.includeSubdomains}
        onChange={(includeSubdomains) => onChange({ ...rule, includeSubdomains })}
      />
      <SwitchCell
        label={`Show News Context on ${domain}`}
        checked={rule.enabled}
        onChange={(enabled) => onChange({ ...rule, enabled })}
      />
      <RulePrefCells rule={rule} defaults={defaults} onChange={onChange} />
      <td>
        <button
          type="button"
          class="nc-button nc-button--quiet"
          aria-label={`Remove the rule for ${domain}`}
          onClick={() => onRemove(domain)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
