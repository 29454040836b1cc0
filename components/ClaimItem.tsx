/** One claim: what is said, who says it, where and when, how certain; the verbatim quote on demand. */
import { useId, useState } from 'preact/hooks';
import type { Claim, Source } from '../core/pack/types';
import CertaintyBadge from './CertaintyBadge';
import SourceLine from './SourceLine';
import { KIND_LABELS, formatAttribution, isWebUrl } from './format';

export interface ClaimItemProps {
  claim: Claim;
  /** The claim's source; `null`/`undefined` shows "Source unknown". */
  source: Source | null | undefined;
  /** Tighter layout for the hint card. */
  compact?: boolean;
}

/** Renders a claim with its attribution, source line, certainty badge and a quote disclosure button. */
export default function ClaimItem({ claim, source, compact = false }: ClaimItemProps) {
  const [isQuoteOpen, setQuoteOpen] = useState(false);
  const quoteId = useId();
  const kindLabel = claim.certainty === 'opinion' ? undefined : KIND_LABELS[claim.kind];
  const cite = source?.url && isWebUrl(source.url) ? source.url : undefined;
  return (
    <div class={compact ? 'nc-claim nc-claim--compact' : 'nc-claim'} data-claim-id={claim.id}>
      <p class="nc-claim__statement">{claim.statement}</p>
      <p class="nc-claim__who">
        <CertaintyBadge certainty={claim.certainty} /> {kindLabel && <span class="nc-kind">{kindLabel}</span>}{' '}
        <span class="nc-claim__attribution">
          <span class="nc-sr-only">said by </span>
          {formatAttribution(claim.attribution)}
        </span>
      </p>
      <div class="nc-claim__meta">
        <SourceLine source={source} date={claim.date} hideAuthor={source?.author === claim.attribution.who} />
        <button
          type="button"
          class="nc-disclosure"
          aria-expanded={isQuoteOpen}
          aria-controls={quoteId}
          onClick={() => setQuoteOpen(!isQuoteOpen)}
        >
          {isQuoteOpen ? 'Hide quote' : 'Show quote'}
        </button>
      </div>
      <blockquote class="nc-claim__quote" id={quoteId} cite={cite} hidden={!isQuoteOpen}>
        “{claim.quote}”
      </blockquote>
    </div>
  );
}
