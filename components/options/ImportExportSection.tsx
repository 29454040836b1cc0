/** The "Import and export" section: download the settings as a file, or restore them from one. */

/** The outcome of the last import, for the section to report. */
export interface ImportReport {
  /** Whether any settings were applied. */
  applied: boolean;
  /** What could not be used, one message per value (or why nothing was applied). */
  errors: readonly string[];
}

export interface ImportExportSectionProps {
  onExport: () => void;
  /** Called with the chosen file; the container reads, validates and applies it. */
  onImport: (file: File) => void;
  /** The last import's outcome, or `null` before any. */
  report: ImportReport | null;
}

/** Messages listed one by one before the rest are counted: enough to fix a hand-edited file. */
const MAX_LISTED_ERRORS = 10;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function ImportOutcome({ report }: { report: ImportReport }) {
  const { applied, errors } = report;
  const summary = !applied
    ? 'Nothing was imported.'
    : errors.length === 0
      ? 'Imported. Every value in the file was used.'
      : `Imported. Ignored ${plural(errors.length, 'value', 'values')} that could not be used:`;
  const hidden = errors.length - MAX_LISTED_ERRORS;
  return (
    <div class={applied ? 'nc-options__outcome' : 'nc-options__outcome nc-options__outcome--failed'}>
      <p>{summary}</p>
      {errors.length > 0 && (
        <ul class="nc-options__errors">
          {errors.slice(0, MAX_LISTED_ERRORS).map((error, i) => (
            <li key={i}>{error}</li>
          ))}
          {hidden > 0 && <li>{`…and ${plural(hidden, 'more', 'more')}.`}</li>}
        </ul>
      )}
    </div>
  );
}

/** An export button, a file input for import, and a live report of the last import. */
export default function ImportExportSection({ onExport, onImport, report }: ImportExportSectionProps) {
  return (
    <section class="nc-options__section" aria-labelledby="nc-transfer-heading">
      <h2 id="nc-transfer-heading">Import and export</h2>
      <p class="nc-options__intro">
        Save your settings as a file, or restore them from one. Importing replaces all current settings.
      </p>
      <div class="nc-options__buttons">
        <button type="button" class="nc-button nc-button--primary" onClick={onExport}>
          Export settings
        </button>
      </div>
      <div class="nc-options__file">
        <label for="nc-import-file">Import a settings file</label>
        <input
          id="nc-import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            // Cleared so choosing the same file again (after fixing it) imports it again.
            input.value = '';
          }}
        />
      </div>
      <div role="status" aria-live="polite">
        {report && <ImportOutcome report={report} />}
      </div>
    </section>
  );
}
