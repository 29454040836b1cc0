/** The options page's header: title, section links, and an alert when a change could not be saved. */

export interface PageHeaderProps {
  /** Why the last change was not saved, or `null`. */
  saveError: string | null;
}

const SECTIONS: readonly [string, string][] = [
  ['nc-sites-heading', 'Sites'],
  ['nc-defaults-heading', 'Defaults'],
  ['nc-transfer-heading', 'Import and export'],
  ['nc-corpus-heading', 'About the corpus'],
];

/** An `<h1>`, a navigation list of the sections, and the save error (announced) when there is one. */
export default function PageHeader({ saveError }: PageHeaderProps) {
  return (
    <header class="nc-options__header">
      <h1>News Context settings</h1>
      <p class="nc-options__tagline">Context from a verified corpus while you read the news.</p>
      <nav aria-label="Sections">
        <ul class="nc-list nc-options__nav">
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a class="nc-link" href={`#${id}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {saveError !== null && (
        <p class="nc-options__error nc-options__banner" role="alert">
          {saveError}
        </p>
      )}
    </header>
  );
}
