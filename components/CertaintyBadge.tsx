/** A small labelled badge for a claim's certainty; the word itself carries the meaning, colour only helps. */
import type { Certainty } from '../core/pack/types';
import { CERTAINTY_HINTS, CERTAINTY_LABELS } from './format';

export interface CertaintyBadgeProps {
  certainty: Certainty;
}

/** Renders "Confirmed", "Estimate", "Reported", "Unverified" or "Opinion" as a badge with a tooltip. */
export default function CertaintyBadge({ certainty }: CertaintyBadgeProps) {
  return (
    <span class={`nc-badge nc-badge--${certainty}`} title={CERTAINTY_HINTS[certainty]} data-certainty={certainty}>
      <span class="nc-sr-only">Certainty: </span>
      {CERTAINTY_LABELS[certainty]}
    </span>
  );
}
