/** The search field: a combobox whose options live in the result listbox; focused when the popup opens. */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

export interface SearchBoxProps {
  query: string;
  onQuery: (query: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** DOM id of the result listbox. */
  listId: string;
  /** DOM id of the active option, if any. */
  activeId: string | undefined;
  isExpanded: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** Renders a labelled `role="combobox"` input that keeps focus while arrow keys move through the results. */
export default function SearchBox({
  query,
  onQuery,
  onKeyDown,
  listId,
  activeId,
  isExpanded,
  inputRef,
}: SearchBoxProps) {
  // `autofocus` alone is not enough in an extension popup: Chrome focuses the document after load.
  useEffect(() => inputRef.current?.focus(), [inputRef]);
  return (
    <div class="nc-popup-search" role="search">
      <label class="nc-sr-only" for={`${listId}-input`}>
        Search the sources
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        class="nc-popup-search__input"
        type="search"
        role="combobox"
        // Preact's types allow role="combobox" on an input only beside `list`; no datalist is used.
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder="Search people, places, figures…"
        autocomplete="off"
        spellcheck={false}
        autofocus
        value={query}
        onInput={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
