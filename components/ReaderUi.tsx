/** Everything the reader sees on a page: launcher, side panel and hint card, composed from plain data. */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim, TopicPack } from '../core/pack/types';
import type { PageReport } from '../core/report';
import HintCard from './HintCard';
import Launcher from './Launcher';
import SidePanel from './SidePanel';
import { buildHintView, indexPack } from './pack-index';
import { positionCard, type AnchorRect, type Size } from './position-card';

/** Viewports this narrow show the panel as a full-width bottom sheet; keep in step with reader.css. */
export const NARROW_VIEWPORT_MAX = 480;
/** Card size assumed before it is first measured, px (its CSS max-width and a typical height). */
export const CARD_SIZE_ESTIMATE: Size = { width: 360, height: 320 };

/** What the integrator wires: each user action, reported once. */
export interface ReaderUiActions {
  onOpenPanel: () => void;
  onClosePanel: () => void;
  onResizePanel: (width: number) => void;
  onMoveLauncher: (y: number) => void;
  onMentionClick: (entityId: string) => void;
  onOpenSettings: () => void;
  onQuery: (query: string) => void;
  onDismissCard: () => void;
  onNotUseful: (entityId: string) => void;
}

export interface ReaderUiProps {
  report: PageReport;
  pack: TopicPack;
  panelOpen: boolean;
  /** The entity whose card is open and its mention's viewport rect; `null` for no card. */
  card: { entityId: string; rect: AnchorRect } | null;
  /** The usable viewport, px: window size minus the page's scrollbar. */
  viewport: Size;
  panelWidth: number;
  launcherY: number;
  query: string;
  results: Claim[];
  actions: ReaderUiActions;
}

/** Renders the launcher (panel closed) or the panel (open), plus the hint card for `card`. */
export default function ReaderUi(props: ReaderUiProps) {
  const { report, panelOpen, actions } = props;
  const index = useMemo(() => indexPack(props.pack), [props.pack]);
  return (
    <div class="nc-ui nc-reader">
      {panelOpen ? (
        <SidePanel
          report={report}
          index={index}
          width={props.panelWidth}
          query={props.query}
          results={props.results}
          onQuery={actions.onQuery}
          onClose={actions.onClosePanel}
          onMentionClick={actions.onMentionClick}
          onOpenSettings={actions.onOpenSettings}
          onResize={actions.onResizePanel}
        />
      ) : (
        <Launcher
          mentionCount={report.mentionCount}
          verdict={report.verdict}
          y={props.launcherY}
          onOpen={actions.onOpenPanel}
          onMove={actions.onMoveLauncher}
        />
      )}
      {props.card && <CardLayer {...props} index={index} card={props.card} />}
    </div>
  );
}

type CardLayerProps = ReaderUiProps & { index: ReturnType<typeof indexPack>; card: NonNullable<ReaderUiProps['card']> };

/** The card, positioned from its measured size; with the panel open on a wide screen, it stays left of the panel. */
function CardLayer({ report, index, card, viewport, panelOpen, panelWidth, actions }: CardLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>(CARD_SIZE_ESTIMATE);
  const view = useMemo(() => buildHintView(index, report, card.entityId), [index, report, card.entityId]);
  // Measure again whenever the card shows another entity; the size check stops the second pass.
  useLayoutEffect(() => {
    const measured = ref.current ? naturalSize(ref.current) : null;
    if (measured && (measured.width !== size.width || measured.height !== size.height)) setSize(measured);
  }, [view, size.width, size.height]);
  if (!view) return null;
  const isBesidePanel = panelOpen && viewport.width > NARROW_VIEWPORT_MAX;
  const room = isBesidePanel ? { ...viewport, width: viewport.width - panelWidth } : viewport;
  return (
    <HintCard
      cardRef={ref}
      view={view}
      index={index}
      position={positionCard(card.rect, size, room)}
      onOpenPanel={panelOpen ? undefined : actions.onOpenPanel}
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
