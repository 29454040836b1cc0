/** Keyboard and selection state of the search: the active result, the open claim, and their keys. */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** What `useResultNavigation` needs: the listed claims in order, the query, and the search box. */
export interface NavigationInput {
  claimIds: readonly string[];
  /** Changes whenever the results do; the active result then goes back to the first. */
  resultsKey: unknown;
  query: string;
  onQuery: (query: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The navigation state and the search box's key handler. */
export interface Navigation {
  activeIndex: number;
  setActiveIndex: (position: number) => void;
  openClaimId: string | null;
  open: (claimId: string) => void;
  /** Closes the open claim and puts focus back in the search box. */
  back: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** ArrowDown/ArrowUp move the active result, Enter opens it, Escape closes the claim or clears the query. */
export function useResultNavigation({ claimIds, resultsKey, query, onQuery, inputRef }: NavigationInput): Navigation {
  const [activeIndex, setActiveIndex] = useState(0);
  const [openClaimId, setOpenClaimId] = useState<string | null>(null);
  useEffect(() => setActiveIndex(0), [resultsKey]);
  const back = () => {
    setOpenClaimId(null);
    inputRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(Math.max(0, Math.min(claimIds.length - 1, activeIndex + step)));
    } else if (event.key === 'Enter' && claimIds[activeIndex] !== undefined) {
      event.preventDefault();
      setOpenClaimId(claimIds[activeIndex] ?? null);
    } else if (event.key === 'Escape' && (openClaimId !== null || query !== '')) {
      // Keep the popup open: Escape steps back first, then clears the query; only then it closes.
      event.preventDefault();
      if (openClaimId !== null) back();
      else onQuery('');
    }
  };
  return { activeIndex, setActiveIndex, openClaimId, open: setOpenClaimId, back, onKeyDown };
}
