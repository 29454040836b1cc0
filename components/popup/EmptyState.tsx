/** What the search shows before anything is typed: what it covers and searches to try. */
import { useId } from 'preact/hooks';

/** Searches offered as one-click chips: a phrase, a place, Korean, a munition, a programme. */
export const SUGGESTED_SEARCHES = ['North Korean troops', 'Kursk', '김정은', 'artillery shells', 'I Want to Live'];

export interface EmptyStateProps {
  /** The pack's claim count, for the intro line; `null` while the pack loads. */
  claimCount: number | null;
  onQuery: (query: string) => void;
  /** Replaces the intro, e.g. "No claims match “xyz”." */
  message?: string;
}

/** Renders an intro line and the suggested searches as buttons. */
export default function EmptyState({ claimCount, onQuery, message }: EmptyStateProps) {
  const labelId = useId();
  return (
    <div class="nc-popup-empty">
      <p class="nc-popup-empty__intro">
        {message ?? `Search ${claimCount ?? 'the'} sourced claims by person, place, weapon or figure, in any language.`}
      </p>
      <p class="nc-popup-empty__label" id={labelId}>
        Try
      </p>
      <ul class="nc-popup-chips" aria-labelledby={labelId}>
        {SUGGESTED_SEARCHES.map((query) => (
          <li key={query}>
            <button type="button" class="nc-popup-chip" onClick={() => onQuery(query)}>
              {query}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
