/** A controlled search box over the pack's claims; the integrator runs the search and passes results in. */
import { useId } from 'preact/hooks';
import type { Claim } from '../core/pack/types';
import ClaimItem from './ClaimItem';
import type { PackIndex } from './pack-index';

export interface ClaimSearchProps {
  query: string;
  results: Claim[];
  index: PackIndex;
  onQuery: (query: string) => void;
}

/** Renders the search field, a live result count and the matching claims; Escape clears a non-empty query. */
export default function ClaimSearch({ query, results, index, onQuery }: ClaimSearchProps) {
  const inputId = useId();
  const hasQuery = query.trim() !== '';
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || query === '') return;
    event.stopPropagation();
    onQuery('');
  };
  return (
    <div class="nc-search" role="search">
      <label class="nc-search__label" for={inputId}>
        Search the sources
      </label>
      <input
        id={inputId}
        class="nc-search__input"
        type="search"
        value={query}
        placeholder="People, places, figures…"
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p class="nc-search__status" role="status">
        {hasQuery && (results.length === 1 ? '1 claim found' : `${results.length} claims found`)}
      </p>
      {hasQuery && results.length > 0 && (
        <ul class="nc-list nc-claims">
          {results.map((claim) => (
            <li key={claim.id}>
              <ClaimItem claim={claim} source={index.sources.get(claim.source)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
