/** The hint card placed next to its mention: measured, positioned with positionCard, focus handled. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageReport } from '../core/report';
import HintCard from './HintCard';
import { buildHintView, type PackIndex } from './pack-index';
import { positionCard, type AnchorRect, type Size } from './position-card';

/** Viewports this narrow show the panel as a full-width bottom sheet; keep in step with styles/panel.css (480px). */
export const NARROW_VIEWPORT_MAX = 480;
/** Card size assumed before it is first measured, px (its CSS width and a typical height). */
export const CARD_SIZE_ESTIMATE: Size = { width: 360, height: 320 };

/** Which card to show: the entity, its mention's viewport rect, and whether to move focus into it. */
export interface CardRequest {
  entityId: string;
  rect: AnchorRect;
  /** Focus the card when it opens (it was opened from the keyboard); focus returns when it closes. */
  focus?: boolean;
}

export interface HintCardLayerProps {
  report: PageReport;
  index: PackIndex;
  card: CardRequest;
  /** The usable viewport, px. */
  viewport: Size;
  /** The open panel's width in px, or `null` when the panel is closed. */
  panelWidth: number | null;
  actions: { onOpenPanel: () => void; onNotUseful: (entityId: string) => void; onDismissCard: () => void };
}

/** Renders the card for `card.entityId`; on a wide screen with the panel open it stays left of the panel. */
export default function HintCardLayer({ report, index, card, viewport, panelWidth, actions }: HintCardLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>(CARD_SIZE_ESTIMATE);
  const view = useMemo(() => buildHintView(index, report, card.entityId), [index, report, card.entityId]);
  // Measure again whenever the card shows another entity; the size check stops the second pass.
  useLayoutEffect(() => {
    const measured = ref.current ? naturalSize(ref.current) : null;
    if (measured && (measured.width !== size.width || measured.height !== size.height)) setSize(measured);
  }, [view, size.width, size.height]);
  useEffect(() => {
    if (!card.focus || !ref.current) return;
    const root = ref.current.getRootNode() as Document | ShadowRoot;
    const previous = root.activeElement instanceof HTMLElement ? root.activeElement : null;
    ref.current.focus();
    return () => previous?.focus();
  }, [card.entityId, card.focus]);
  if (!view) return null;
  const isBesidePanel = panelWidth !== null && viewport.width > NARROW_VIEWPORT_MAX;
  const room = isBesidePanel ? { ...viewport, width: viewport.width - panelWidth } : viewport;
  return (
    <HintCard
      cardRef={ref}
      view={view}
      index={index}
      position={positionCard(card.rect, size, room)}
      onOpenPanel={panelWidth === null ? actions.onOpenPanel : undefined}
      onNotUseful={() => actions.onNotUseful(card.entityId)}
      onDismiss={actions.onDismissCard}
    />
  );
}

/** The card's size were its body not scrolling: what `positionCard` needs to choose a side. `null` before layout. */
function naturalSize(card: HTMLElement): Size | null {
  if (card.offsetWidth === 0) return null;
  const body = card.querySelector('.nc-card__body');
  const hidden = body ? body.scrollHeight - body.clientHeight : 0;
  return { width: card.offsetWidth, height: card.offsetHeight + hidden };
}
