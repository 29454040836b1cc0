/** An on/off switch: a button with `role="switch"`, its label inside so the whole row is clickable. */

export interface SwitchProps {
  label: string;
  isOn: boolean;
  onChange: (isOn: boolean) => void;
  /** A line under the label. */
  description?: string;
}

/** Renders the label, an optional description and a track-and-thumb switch; Space and Enter toggle it. */
export default function Switch({ label, isOn, onChange, description }: SwitchProps) {
  return (
    <button type="button" role="switch" aria-checked={isOn} class="nc-popup-switch" onClick={() => onChange(!isOn)}>
      <span class="nc-popup-switch__text">
        <span class="nc-popup-switch__label">{label}</span>
        {description && <span class="nc-popup-switch__description">{description}</span>}
      </span>
      <span class="nc-popup-switch__track" aria-hidden="true">
        <span class="nc-popup-switch__thumb" />
      </span>
    </button>
  );
}
