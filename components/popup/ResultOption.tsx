/** One claim in the result list: its statement with matched words marked, and who says it. */
import type { ClaimHit, FieldMatch } from '../../core/search/group-results';
import type { SearchKey } from '../../core/search/search-docs';
import CertaintyBadge from '../CertaintyBadge';
import { formatAttribution, formatDate } from '../format';
import Highlighted from './Highlighted';

/** Characters of a matched quote shown under the statement: about two lines at 380 px. */
const SNIPPET_CHARS = 90;

/** How a snippet names the field it comes from. */
const SNIPPET_LABELS: Partial<Record<SearchKey, string>> = {
  quote: 'Quote',
  figures: 'Figure',
  who: 'Said by',
  source: 'Source',
};

export interface ResultOptionProps {
  hit: ClaimHit;
  /** DOM id, for `aria-activedescendant`. */
  id: string;
  isActive: boolean;
  onOpen: () => void;
  onHover: () => void;
}

/** The match to show under the statement when the statement itself did not match. */
function snippetOf(matches: readonly FieldMatch[]): FieldMatch | undefined {
  if (matches.some((match) => match.key === 'statement')) return undefined;
  return matches.find((match) => SNIPPET_LABELS[match.key] !== undefined);
}

/** Renders a `role="option"`: statement, a matched snippet when needed, certainty, who and when. */
export default function ResultOption({ hit, id, isActive, onOpen, onHover }: ResultOptionProps) {
  const { claim, matches } = hit;
  const statement = matches.find((match) => match.key === 'statement');
  const snippet = snippetOf(matches);
  return (
    <div
      id={id}
      role="option"
      aria-selected={isActive}
      class={isActive ? 'nc-popup-option nc-popup-option--active' : 'nc-popup-option'}
      onClick={onOpen}
      onMouseMove={isActive ? undefined : onHover}
    >
      <span class="nc-popup-option__statement">
        <Highlighted text={claim.statement} ranges={statement?.indices ?? []} />
      </span>
      {snippet && (
        <span class="nc-popup-option__snippet">
          <span class="nc-popup-option__snippet-label">{SNIPPET_LABELS[snippet.key]}: </span>
          <Highlighted text={snippet.text} ranges={snippet.indices} maxChars={SNIPPET_CHARS} />
        </span>
      )}
      <span class="nc-popup-option__meta">
        <CertaintyBadge certainty={claim.certainty} />
        <span class="nc-popup-option__who">{formatAttribution({ who: claim.attribution.who, role: '' })}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={claim.date}>{formatDate(claim.date)}</time>
      </span>
    </div>
  );
}
