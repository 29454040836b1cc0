/** The "Defaults" section: the global display choices and the pause. */
import { HINT_STYLES, SHOW_ON_CHOICES } from '../../core/settings/validate-display-prefs';
import type { DisplayPrefs, Pause } from '../../core/settings/types';
import { HINT_STYLE_DESCRIPTIONS, HINT_STYLE_LABELS, SHOW_ON_DESCRIPTIONS, SHOW_ON_LABELS } from './labels';
import PauseControl from './PauseControl';
import RadioGroup from './RadioGroup';

export interface DefaultsSectionProps {
  defaults: DisplayPrefs;
  pause: Pause | null;
  /** Current time, epoch milliseconds, for the pause state. */
  now: number;
  onChange: (changes: Partial<DisplayPrefs>) => void;
  /** Pause for a duration in ms from now, or until resumed (`null`). */
  onPause: (durationMs: number | null) => void;
  onResume: () => void;
}

const HINT_CHOICES = HINT_STYLES.map((value) => ({
  value,
  label: HINT_STYLE_LABELS[value],
  description: HINT_STYLE_DESCRIPTIONS[value],
}));
const SHOW_ON_RADIO_CHOICES = SHOW_ON_CHOICES.map((value) => ({
  value,
  label: SHOW_ON_LABELS[value],
  description: SHOW_ON_DESCRIPTIONS[value],
}));

/** The "Side panel" fieldset with the auto-open checkbox and what it does. */
function AutoOpenField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <fieldset class="nc-options__fieldset">
      <legend>Side panel</legend>
      <div class="nc-options__choice">
        <input
          type="checkbox"
          id="nc-auto-open"
          checked={checked}
          aria-describedby="nc-auto-open-description"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for="nc-auto-open">Open the side panel automatically</label>
        <p id="nc-auto-open-description" class="nc-options__hint">
          On pages about the topic, open the panel with its claims and sources as soon as the page loads.
        </p>
      </div>
    </fieldset>
  );
}

/** Hint style and "show on" as radio groups, the auto-open checkbox, and the pause control. */
export default function DefaultsSection({ defaults, pause, now, onChange, onPause, onResume }: DefaultsSectionProps) {
  return (
    <section class="nc-options__section" aria-labelledby="nc-defaults-heading">
      <h2 id="nc-defaults-heading">Defaults</h2>
      <p class="nc-options__intro">How News Context behaves on every site without a rule of its own.</p>
      <div class="nc-options__grid">
        <RadioGroup
          legend="Hint style"
          name="nc-hint-style"
          value={defaults.hintStyle}
          choices={HINT_CHOICES}
          onChange={(hintStyle) => onChange({ hintStyle })}
        />
        <RadioGroup
          legend="Show hints on"
          name="nc-show-on"
          value={defaults.showOn}
          choices={SHOW_ON_RADIO_CHOICES}
          onChange={(showOn) => onChange({ showOn })}
        />
      </div>
      <AutoOpenField checked={defaults.autoOpenPanel} onChange={(autoOpenPanel) => onChange({ autoOpenPanel })} />
      <PauseControl pause={pause} now={now} onPause={onPause} onResume={onResume} />
    </section>
  );
}
