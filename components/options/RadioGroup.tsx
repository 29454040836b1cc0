/** A fieldset of radio buttons with a legend and a description under each choice. */

/** One radio button. */
export interface RadioChoice<T extends string> {
  value: T;
  label: string;
  description: string;
}

export interface RadioGroupProps<T extends string> {
  /** The fieldset's legend. */
  legend: string;
  /** Shared `name` of the inputs; unique on the page. */
  name: string;
  value: T;
  choices: readonly RadioChoice<T>[];
  onChange: (value: T) => void;
}

/** Radio buttons in a `<fieldset>`; each label holds its name and description. */
export default function RadioGroup<T extends string>({ legend, name, value, choices, onChange }: RadioGroupProps<T>) {
  return (
    <fieldset class="nc-options__fieldset">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="nc-options__choice" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.value}
              checked={choice.value === value}
              aria-describedby={`${id}-description`}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            <p id={`${id}-description`} class="nc-options__hint">
              {choice.description}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
