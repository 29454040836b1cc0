/** The card shown next to a mention: what the entity is, what the sources say about it, its figures. */
import type { Ref } from 'preact';
import ClaimItem from './ClaimItem';
import QuantityFigures from './QuantityFigures';
import { ENTITY_TYPE_LABELS } from './format';
import type { HintView, PackIndex } from './pack-index';
import type { CardPosition } from './position-card';

export interface HintCardProps {
  view: HintView;
  index: PackIndex;
  /** From `positionCard`, in viewport pixels. */
  position: CardPosition;
  /** Omit while the panel is open: the button is then left out. */
  onOpenPanel?: () => void;
  onNotUseful: () => void;
  /** Close without feedback (close button, Escape inside the card). */
  onDismiss: () => void;
  /** The card's root element, so the parent can measure it for `positionCard` and move focus to it. */
  cardRef?: Ref<HTMLDivElement>;
}

/** Renders the hint card as a non-modal dialog at `position`. */
export default function HintCard({
  view,
  index,
  position,
  onOpenPanel,
  onNotUseful,
  onDismiss,
  cardRef,
}: HintCardProps) {
  const { entity, claims, quantities } = view;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onDismiss();
  };
  return (
    <div
      ref={cardRef}
      class={`nc-card nc-card--${position.placement}`}
      role="dialog"
      aria-label={`${entity.name}: context`}
      tabIndex={-1}
      style={{ left: `${position.x}px`, top: `${position.y}px`, maxHeight: `${position.maxHeight}px` }}
      data-entity-id={entity.id}
      onKeyDown={onKeyDown}
    >
      <div class="nc-card__header">
        <div>
          <p class="nc-card__type">{ENTITY_TYPE_LABELS[entity.type]}</p>
          <h2 class="nc-card__title">{entity.name}</h2>
        </div>
        <button type="button" class="nc-icon-button" aria-label="Close" onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="nc-card__body">
        <p class="nc-card__description">{entity.description}</p>
        {quantities.map((quantity) => (
          <QuantityFigures key={quantity.quantityId} report={quantity} index={index} />
        ))}
        {claims.length > 0 && (
          <ul class="nc-list nc-card__claims" aria-label="What sources say">
            {claims.map((claim) => (
              <li key={claim.id}>
                <ClaimItem claim={claim} source={index.sources.get(claim.source)} compact />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div class="nc-card__actions">
        {onOpenPanel && (
          <button type="button" class="nc-button nc-button--primary" onClick={onOpenPanel}>
            Open panel
          </button>
        )}
        <button type="button" class="nc-button nc-button--quiet" onClick={onNotUseful}>
          Not useful
        </button>
      </div>
    </div>
  );
}
