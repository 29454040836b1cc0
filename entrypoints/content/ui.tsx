/** Mounts the reader UI in a shadow root on first need, and re-renders it from the reader's state. */
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { render } from 'preact';
import ReaderUi, { type ReaderUiActions } from '@/components/ReaderUi';
import readerCss from '@/components/reader.css?inline';
import type { Claim, TopicPack } from '@/core/pack/types';
import type { PageReport } from '@/core/report';
import type { CardRequest } from '@/components/HintCardLayer';
import { trackScrollbarWidth } from '@/platform/scrollbar-width';
import { UI_HOST_TAG } from '@/platform/ui-host';

/** Everything the reader UI shows. */
export interface UiState {
  report: PageReport;
  /** Whether the launcher (and hints) are shown for this page under the current settings. */
  isShown: boolean;
  panelOpen: boolean;
  card: CardRequest | null;
  panelWidth: number;
  launcherY: number;
  query: string;
  results: Claim[];
}

/** The mounted UI: call `update` with new state; `remove` on teardown. */
export interface ReaderView {
  update(state: UiState): void;
  /** The shadow host, once mounted. */
  host(): HTMLElement | null;
}

/** Creates the view; the shadow root is mounted the first time there is something to show. */
export function createReaderView(ctx: ContentScriptContext, pack: TopicPack, actions: ReaderUiActions): ReaderView {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let mounting: Promise<void> | null = null;
  let latest: UiState | null = null;
  let mountedIn: Element | null = null;
  // The panel and launcher leave the page's scrollbar uncovered; measured after layout, never during it.
  const scrollbar = trackScrollbarWidth(window, () => draw());
  ctx.onInvalidated(() => scrollbar.stop());

  /**
   * Puts the host back when `document.open()` replaced the page's root element (and our host with it).
   * A host the page removed from a root it kept stays out: no tug of war with the page.
   */
  function remountIfRootReplaced(): void {
    if (!ui || ui.shadowHost.isConnected || document.documentElement === mountedIn) return;
    ui.mount();
    mountedIn = document.documentElement;
    scrollbar.watch(mountedIn);
  }

  function draw(): void {
    if (!ui || !latest) return;
    const { uiContainer, shadowHost } = ui;
    const state = latest;
    shadowHost.style.setProperty('--nc-scrollbar-width', `${scrollbar.current()}px`);
    const viewport = { width: window.innerWidth - scrollbar.current(), height: window.innerHeight };
    const visible = state.isShown || state.panelOpen;
    render(
      visible ? (
        <ReaderUi
          report={state.report}
          pack={pack}
          panelOpen={state.panelOpen}
          card={state.card}
          viewport={viewport}
          panelWidth={state.panelWidth}
          launcherY={state.launcherY}
          query={state.query}
          results={state.results}
          actions={actions}
        />
      ) : null,
      uiContainer,
    );
  }

  async function mount(): Promise<void> {
    ui = await createShadowRootUi(ctx, {
      name: UI_HOST_TAG,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: readerCss,
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
    mountedIn = document.documentElement;
    draw();
  }

  return {
    update(state) {
      latest = state;
      if (ui) {
        remountIfRootReplaced();
        draw();
      } else if (state.isShown || state.panelOpen) mounting ??= mount();
    },
    host: () => ui?.shadowHost ?? null,
  };
}
