/** A small set of exclusive choices drawn as joined segments; native radio buttons underneath. */
import { useId } from 'preact/hooks';

export interface SegmentedControlProps<T extends string> {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}

/** Renders a fieldset of radios styled as segments; arrow keys move between them as with any radio group. */
export default function SegmentedControl<T extends string>({
  legend,
  options,
  value,
  onChange,
  disabled = false,
}: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset class="nc-popup-segmented" disabled={disabled}>
      <legend class="nc-popup-field__legend">{legend}</legend>
      <div class="nc-popup-segmented__options">
        {options.map((option) => (
          <label class="nc-popup-segmented__option" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
