/** A site rule's three display choices as table cells, each a select that can inherit the default. */
import type { DisplayPrefs, SiteRule } from '../../core/settings/types';
import { HINT_STYLES, SHOW_ON_CHOICES } from '../../core/settings/validate-display-prefs';
import InheritSelect from './InheritSelect';
import { HINT_STYLE_LABELS, SHOW_ON_SHORT_LABELS, yesNo } from './labels';

export interface RulePrefCellsProps {
  rule: SiteRule;
  /** The global choices, named in each select's "Default (…)" option. */
  defaults: DisplayPrefs;
  /** Called with the whole changed rule. */
  onChange: (rule: SiteRule) => void;
}

const HINT_OPTIONS = HINT_STYLES.map((value) => ({ value, label: HINT_STYLE_LABELS[value] }));
const SHOW_ON_OPTIONS = SHOW_ON_CHOICES.map((value) => ({ value, label: SHOW_ON_SHORT_LABELS[value] }));
const AUTO_OPEN_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** Copy of `rule` with one optional display choice set, or removed when `value` is `undefined`. */
function withPref<K extends keyof DisplayPrefs>(rule: SiteRule, key: K, value: DisplayPrefs[K] | undefined): SiteRule {
  const next: SiteRule = { ...rule };
  // The same object seen through its display choices, so `key` indexes only those.
  const prefs: Partial<DisplayPrefs> = next;
  if (value === undefined) delete prefs[key];
  else prefs[key] = value;
  return next;
}

/** Three `<td>`s: hint style, "show hints on" and auto-open, each with a "Default (…)" option. */
export default function RulePrefCells({ rule, defaults, onChange }: RulePrefCellsProps) {
  const { domain } = rule;
  const autoOpen = rule.autoOpenPanel === undefined ? undefined : yesNo(rule.autoOpenPanel).toLowerCase();
  const set = <K extends keyof DisplayPrefs>(key: K, value: DisplayPrefs[K] | undefined) =>
    onChange(withPref(rule, key, value));
  return (
    <>
      <td>
        <InheritSelect
          label={`Hint style on ${domain}`}
          value={rule.hintStyle}
          options={HINT_OPTIONS}
          defaultLabel={HINT_STYLE_LABELS[defaults.hintStyle]}
          onChange={(value) => set('hintStyle', value)}
        />
      </td>
      <td>
        <InheritSelect
          label={`Show hints on ${domain}`}
          value={rule.showOn}
          options={SHOW_ON_OPTIONS}
          defaultLabel={SHOW_ON_SHORT_LABELS[defaults.showOn]}
          onChange={(value) => set('showOn', value)}
        />
      </td>
      <td>
        <InheritSelect
          label={`Open the panel automatically on ${domain}`}
          value={autoOpen}
          options={AUTO_OPEN_OPTIONS}
          defaultLabel={yesNo(defaults.autoOpenPanel)}
          onChange={(value) => set('autoOpenPanel', value === undefined ? undefined : value === 'yes')}
        />
      </td>
    </>
  );
}
