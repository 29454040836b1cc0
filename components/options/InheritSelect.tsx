/** A select for a site rule's display choice, whose first option keeps the global default. */

/** One choice of an `InheritSelect`. */
export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface InheritSelectProps<T extends string> {
  /** Accessible name, e.g. "Hint style on bbc.co.uk". */
  label: string;
  /** The rule's own choice, or `undefined` to inherit. */
  value: T | undefined;
  options: readonly SelectOption<T>[];
  /** The global choice's name, shown in the first option: "Default (Underline)". */
  defaultLabel: string;
  onChange: (value: T | undefined) => void;
}

/** A labelled select whose empty first option means "use the global default". */
export default function InheritSelect<T extends string>({
  label,
  value,
  options,
  defaultLabel,
  onChange,
}: InheritSelectProps<T>) {
  return (
    <select
      class="nc-options__select"
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => {
        const picked = event.currentTarget.value;
        onChange(options.find((option) => option.value === picked)?.value);
      }}
    >
      <option value="">{`Default (${defaultLabel})`}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
