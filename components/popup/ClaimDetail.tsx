/** One claim in full: statement, verbatim quote, who says it, the source, and related figures side by side. */
import { useEffect, useRef } from 'preact/hooks';
import type { Claim } from '../../core/pack/types';
import CertaintyBadge from '../CertaintyBadge';
import QuantityFigures from '../QuantityFigures';
import { CERTAINTY_HINTS, KIND_LABELS, formatAttribution, isWebUrl } from '../format';
import type { PackIndex } from '../pack-index';
import ClaimSource from './ClaimSource';
import { relatedFigures } from './related-figures';

export interface ClaimDetailProps {
  claim: Claim;
  index: PackIndex;
  /** Back to the results (the Back button, or Escape anywhere in the detail). */
  onBack: () => void;
}

/** Renders the claim's detail with a Back button, which takes focus when the detail opens. */
export default function ClaimDetail({ claim, index, onBack }: ClaimDetailProps) {
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), [claim.id]);
  const source = index.sources.get(claim.source);
  const url = source?.url && isWebUrl(source.url) ? source.url : undefined;
  const kind = claim.certainty === 'opinion' ? undefined : KIND_LABELS[claim.kind];
  const entities = claim.entities.flatMap((id) => index.entities.get(id) ?? []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Keep the popup open: Escape steps back, as Back does.
    event.preventDefault();
    event.stopPropagation();
    onBack();
  };
  return (
    <article class="nc-popup-detail" aria-labelledby={`nc-popup-detail-${claim.id}`} onKeyDown={onKeyDown}>
      <button type="button" class="nc-popup-back" ref={backRef} onClick={onBack}>
        Back to results
      </button>
      <p class="nc-popup-detail__badges">
        <CertaintyBadge certainty={claim.certainty} />
        {kind && <span class="nc-kind">{kind}</span>}
        <span class="nc-popup-detail__hint">{CERTAINTY_HINTS[claim.certainty]}</span>
      </p>
      <h2 class="nc-popup-detail__statement" id={`nc-popup-detail-${claim.id}`}>
        {claim.statement}
      </h2>
      <blockquote class="nc-popup-detail__quote" cite={url}>
        “{claim.quote}”
      </blockquote>
      <p class="nc-popup-detail__who">
        <span class="nc-popup-detail__label">Said by</span> {formatAttribution(claim.attribution)}
      </p>
      <ClaimSource source={source} url={url} claim={claim} />
      {relatedFigures(claim, index).map((report) => (
        <QuantityFigures key={report.quantityId} report={report} index={index} />
      ))}
      {entities.length > 0 && (
        <ul class="nc-popup-detail__entities" aria-label="About">
          {entities.map((entity) => (
            <li key={entity.id} class="nc-popup-tag">
              {entity.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
