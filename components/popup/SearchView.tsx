/** The popup's search: box, status line, then suggestions, grouped results or one claim's detail. */
import { useEffect, useId, useRef } from 'preact/hooks';
import { normalizeQuery } from '../../core/search/normalize-text';
import type { SearchResults } from '../../core/search/search-corpus';
import type { PackIndex } from '../pack-index';
import ClaimDetail from './ClaimDetail';
import EmptyState from './EmptyState';
import EntityNote from './EntityNote';
import ResultList, { optionId } from './ResultList';
import SearchBox from './SearchBox';
import { useResultNavigation } from './use-result-navigation';

export interface SearchViewProps {
  query: string;
  /** `null` while the search index is being built. */
  results: SearchResults | null;
  /** `null` while the pack loads; results only come after it. */
  index: PackIndex | null;
  onQuery: (query: string) => void;
}

/** The status line under the box, read out politely by screen readers. */
function describeResults(query: string, results: SearchResults | null, count: number): string {
  if (query.trim() === '') return '';
  if (normalizeQuery(query) === '') return 'Keep typing: words need 3 letters (2 in Korean).';
  if (results === null) return 'Loading the sources…';
  if (count === 0) return results.groups.length > 0 ? '' : `No claims match “${query.trim()}”.`;
  const claims = count === 1 ? '1 claim' : `${count} claims`;
  return results.allTerms ? claims : `${claims} with some of your words; none has them all.`;
}

/** Renders the search; arrow keys move the active result, Enter opens it, Escape steps back or clears. */
export default function SearchView({ query, results, index, onQuery }: SearchViewProps) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const groups = results?.groups.filter((group) => group.items.length > 0) ?? [];
  const notes = results?.groups.filter((group) => group.items.length === 0) ?? [];
  const claimIds = groups.flatMap((group) => group.items.map((item) => item.claim.id));
  const nav = useResultNavigation({ claimIds, resultsKey: results, query, onQuery, inputRef });
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [nav.activeIndex]);
  const openClaim = nav.openClaimId === null ? undefined : index?.claims.get(nav.openClaimId);
  const hasResults = index !== null && claimIds.length > 0 && !openClaim;
  const isBlank = query.trim() === '';
  const isMiss = !isBlank && results !== null && results.groups.length === 0 && normalizeQuery(query) !== '';
  return (
    <div class="nc-popup-searchview">
      {!openClaim && (
        <>
          <SearchBox
            query={query}
            onQuery={onQuery}
            onKeyDown={nav.onKeyDown}
            listId={listId}
            activeId={hasResults ? optionId(listId, nav.activeIndex) : undefined}
            isExpanded={hasResults}
            inputRef={inputRef}
          />
          <p class="nc-popup-status" role="status">
            {describeResults(query, results, claimIds.length)}
          </p>
        </>
      )}
      {openClaim && index ? (
        <ClaimDetail claim={openClaim} index={index} onBack={nav.back} />
      ) : (
        <div class="nc-popup-scroll" ref={listRef}>
          {notes.map((group) => (
            <EntityNote key={group.group.id} group={group} entity={index?.entities.get(group.group.id)} />
          ))}
          {hasResults && (
            <ResultList
              groups={groups}
              index={index}
              listId={listId}
              activeIndex={nav.activeIndex}
              onOpen={nav.open}
              onActivate={nav.setActiveIndex}
            />
          )}
          {(isBlank || isMiss) && (
            <EmptyState
              claimCount={index?.claims.size ?? null}
              onQuery={onQuery}
              message={isMiss ? 'Try another spelling or language, or one of these searches.' : undefined}
            />
          )}
        </div>
      )}
    </div>
  );
}
