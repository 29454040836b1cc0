/** One source's figure for a quantity: the verbatim number, who states it, where, when, how certain. */
import type { Claim, Source } from '../core/pack/types';
import type { CorpusFigure } from '../core/report';
import CertaintyBadge from './CertaintyBadge';
import SourceLine from './SourceLine';
import { formatAttribution } from './format';

export interface FigureRowProps {
  figure: CorpusFigure;
  /** The claim stating it; `undefined` when the pack lacks it (the row then says "Unattributed"). */
  claim: Claim | undefined;
  source: Source | undefined;
}

/** Renders "thousands [Confirmed]" over "Lloyd Austin, US Secretary of Defense · U.S. Department of Defense · 23 Oct 2024". */
export default function FigureRow({ figure, claim, source }: FigureRowProps) {
  return (
    <li class="nc-figure" data-claim-id={figure.claimId}>
      <span class="nc-figure__head">
        <span class="nc-figure__value">{figure.text}</span>
        {claim && (
          <>
            {' '}
            <CertaintyBadge certainty={claim.certainty} />
          </>
        )}
      </span>
      <span class="nc-figure__detail">
        <span class="nc-sr-only">, according to </span>
        <span class="nc-figure__who">{claim ? formatAttribution(claim.attribution) : 'Unattributed'}</span>
        <span class="nc-source__sep" aria-hidden="true">
          {' · '}
        </span>
        <SourceLine source={source} date={claim?.date ?? null} hideAuthor={source?.author === claim?.attribution.who} />
      </span>
    </li>
  );
}
