/** Everything the reader sees on a page: launcher, side panel and hint card, composed from plain data. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Claim, TopicPack } from '../core/pack/types';
import type { PageReport } from '../core/report';
import HintCardLayer, { type CardRequest } from './HintCardLayer';
import Launcher from './Launcher';
import SidePanel from './SidePanel';
import { indexPack } from './pack-index';
import type { Size } from './position-card';

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
  /** The card to show, or `null` for none. */
  card: CardRequest | null;
  /** The usable viewport, px: window size minus the page's scrollbar. */
  viewport: Size;
  panelWidth: number;
  launcherY: number;
  query: string;
  results: Claim[];
  actions: ReaderUiActions;
}

/**
 * Renders the launcher (panel closed) or the panel (open), plus the hint card for `card`. Opening the
 * panel from the UI moves focus into it; closing it from the UI returns focus to the launcher.
 */
export default function ReaderUi(props: ReaderUiProps) {
  const { report, panelOpen, actions } = props;
  const index = useMemo(() => indexPack(props.pack), [props.pack]);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusAfterToggle = useRef<string | null>(null);
  useEffect(() => {
    const selector = focusAfterToggle.current;
    focusAfterToggle.current = null;
    if (selector) rootRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [panelOpen]);
  const openPanel = () => {
    focusAfterToggle.current = '.nc-panel';
    actions.onOpenPanel();
  };
  const closePanel = () => {
    focusAfterToggle.current = '.nc-launcher__button';
    actions.onClosePanel();
  };
  return (
    <div class="nc-ui nc-reader" ref={rootRef}>
      {panelOpen ? (
        <SidePanel
          report={report}
          index={index}
          width={props.panelWidth}
          query={props.query}
          results={props.results}
          onQuery={actions.onQuery}
          onClose={closePanel}
          onMentionClick={actions.onMentionClick}
          onOpenSettings={actions.onOpenSettings}
          onResize={actions.onResizePanel}
        />
      ) : (
        <Launcher
          mentionCount={report.mentionCount}
          verdict={report.verdict}
          y={props.launcherY}
          onOpen={openPanel}
          onMove={actions.onMoveLauncher}
        />
      )}
      {props.card && (
        <HintCardLayer
          report={report}
          index={index}
          card={props.card}
          viewport={props.viewport}
          panelWidth={panelOpen ? props.panelWidth : null}
          actions={{ ...actions, onOpenPanel: openPanel }}
        />
      )}
    </div>
  );
}
