/** A one-field form that adds a rule for a site the reader types or pastes. */
import { useState } from 'preact/hooks';
import { parseDomainInput } from '../../core/settings/hostname';

export interface AddSiteFormProps {
  /** Domains that already have a rule, to refuse a second one. */
  existingDomains: readonly string[];
  /** Called with the normalized hostname ("https://www.BBC.co.uk/news" → "www.bbc.co.uk"). */
  onAdd: (domain: string) => void;
}

/** The domain to add from the typed text, or why it cannot be added. */
function checkNewSite(text: string, existingDomains: readonly string[]): { domain: string } | { error: string } {
  const domain = parseDomainInput(text);
  if (domain === null) return { error: 'Enter a site such as bbc.co.uk or a page address.' };
  if (existingDomains.includes(domain)) return { error: `${domain} already has a rule; change it in the table.` };
  return { domain };
}

/** The field's hint, or its error announced as an alert; ids match the input's `aria-describedby`. */
function FieldMessage({ error }: { error: string | null }) {
  if (error !== null) {
    return (
      <p id="nc-add-site-error" class="nc-options__error" role="alert">
        {error}
      </p>
    );
  }
  return (
    <p id="nc-add-site-hint" class="nc-options__hint">
      A new rule covers the site and its subdomains; choose how News Context behaves there in the table.
    </p>
  );
}

/** A labelled text field and an Add button, with an inline error for input that names no site. */
export default function AddSiteForm({ existingDomains, onAdd }: AddSiteFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkNewSite(text, existingDomains);
    setError('error' in checked ? checked.error : null);
    if ('domain' in checked) {
      setText('');
      onAdd(checked.domain);
    }
  };
  return (
    <form class="nc-options__add" onSubmit={submit} noValidate>
      <label for="nc-add-site">Add a site</label>
      <div class="nc-options__add-row">
        <input
          id="nc-add-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="bbc.co.uk"
          value={text}
          aria-invalid={error !== null}
          aria-describedby={error === null ? 'nc-add-site-hint' : 'nc-add-site-error'}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="nc-button nc-button--primary">
          Add
        </button>
      </div>
      <FieldMessage error={error} />
    </form>
  );
}
