/**
 * The content script's wiring: settings → scan → judge → report → hints and UI. Each step lives
 * in core/ or platform/; this file only connects them and keeps the reader's UI state.
 */
import type { ContentScriptContext } from '#imports';
import type { ReaderUiActions } from '@/components/ReaderUi';
import type { TopicPack } from '@/core/pack/types';
import { EMPTY_REPORT, type PageReport } from '@/core/report';
import { resolveForSite, setPanelWidth } from '@/core/settings/resolve';
import { DEFAULT_SETTINGS } from '@/core/settings/defaults';
import type { ResolvedSettings, Settings } from '@/core/settings/types';
import { contextFrame, contextTimeout, type Cancel } from '@/platform/context-timers';
import { createHighlighter } from '@/platform/highlighter';
import { onMessages, sendMessage, type TabState } from '@/platform/messages';
import { loadSettings, updateSettings, watchSettings } from '@/platform/settings';
import type { FoundMention } from '@/platform/page-scan';
import { isInsideUiHost } from '@/platform/ui-host';
import { isWindowed, itemsToPaint } from '@/platform/paint-window';
import { createAnalysis } from './analysis';
import { watchHover } from './hover';
import { createMentionCursor } from './mention-cursor';
import { createReaderView, type UiState } from './ui';

/** How long after the last drag the panel width is saved, ms: sync storage allows few writes a minute. */
const SAVE_WIDTH_DELAY_MS = 800;
/** How often hints near the viewport are repainted while a huge page scrolls, ms. */
const SCROLL_REPAINT_MS = 100;
/** Launcher's distance from the viewport top at first, px. */
const LAUNCHER_START_Y = 160;

/** True when the report is one these settings show hints and the launcher for. */
export function isShownFor(report: PageReport, settings: ResolvedSettings): boolean {
  if (!settings.active) return false;
  return report.verdict === 'about' || (report.verdict === 'passing' && settings.showOn === 'passing');
}

/** Starts the reader on this page. */
export async function startReader(ctx: ContentScriptContext, pack: TopicPack): Promise<void> {
  let settings: Settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  let resolved = resolveForSite(location.href, settings, Date.now());
  const highlighter = createHighlighter(document, { style: resolved.hintStyle });
  ctx.onInvalidated(() => highlighter.destroy());
  const state: UiState = {
    report: EMPTY_REPORT,
    isShown: false,
    panelOpen: false,
    card: null,
    panelWidth: settings.panelWidth,
    launcherY: LAUNCHER_START_Y,
    query: '',
    results: [],
  };
  const dismissed = new Set<string>();
  let autoOpened = false;
  let cancelSaveWidth: Cancel | undefined;

  const analysis = createAnalysis(ctx, pack, () => refresh());
  const cursor = createMentionCursor(highlighter, () => analysis.mentions().filter((m) => !dismissed.has(m.entityId)));

  const actions: ReaderUiActions = {
    onOpenPanel: () => setState({ panelOpen: true, card: null }),
    onClosePanel: () => setState({ panelOpen: false }),
    onResizePanel: (width) => {
      setState({ panelWidth: width });
      cancelSaveWidth?.();
      const save = () => void updateSettings((s) => setPanelWidth(s, width));
      cancelSaveWidth = contextTimeout(ctx, save, SAVE_WIDTH_DELAY_MS);
    },
    onMoveLauncher: (y) => setState({ launcherY: Math.max(0, Math.min(window.innerHeight - 48, y)) }),
    onMentionClick: (entityId) => cursor.next(entityId),
    onOpenSettings: () => void sendMessage('openOptions', {}).catch(() => undefined),
    onQuery: (query) => setState({ query, results: analysis.search(query) }),
    onDismissCard: () => closeCard(),
    onNotUseful: (entityId) => {
      dismissed.add(entityId);
      closeCard();
      paint();
    },
  };
  const view = createReaderView(ctx, pack, actions);
  const hover = watchHover(ctx, highlighter, {
    onEnter: (id) => openCardFor(id),
    onLeave: () => setState({ card: null }),
    isInsideUi: (target) => target instanceof Node && isInsideUiHost(target),
  });
  cursor.onFocus((mention) => openCardFor(mention.id, true));

  function setState(patch: Partial<UiState>): void {
    Object.assign(state, patch);
    view.update(state);
  }

  function closeCard(): void {
    hover.forget();
    highlighter.focus(null);
    setState({ card: null });
  }

  /** Opens the card next to a mention; `fromKeyboard` moves focus into it (and back when it closes). */
  function openCardFor(mentionId: string, fromKeyboard = false): void {
    const mention = analysis.mentions().find((m) => m.id === mentionId);
    const rect = mention?.ranges[0]?.getBoundingClientRect();
    if (!mention || !rect) return;
    setState({ card: { entityId: mention.entityId, rect, focus: fromKeyboard } });
  }

  /** Mention ids painted now: a refresh paints only new mentions and unpaints gone ones, never all again. */
  const painted = new Set<string>();
  /** Whether only hints near the viewport are painted (a huge page): scrolling then repaints. */
  let windowed = false;
  function paint(): void {
    if (!state.isShown || resolved.hintStyle === 'none') {
      highlighter.clear();
      painted.clear();
      windowed = false;
      return;
    }
    highlighter.setStyle(resolved.hintStyle);
    const runs = analysis.paintRuns(dismissed);
    windowed = isWindowed(runs);
    if (windowed) paintWindowSoon();
    else applyPaint(runs.flat());
  }

  let windowPending = false;
  /**
   * Paints the hints near the viewport after the browser's next frame: their boxes are then read
   * from the layout the browser did for that frame, never forcing one (after an append to a 5 MB
   * page, a forced layout would be most of the work).
   */
  function paintWindowSoon(): void {
    if (windowPending) return;
    windowPending = true;
    contextFrame(ctx, () =>
      contextTimeout(
        ctx,
        () => {
          windowPending = false;
          if (!state.isShown || resolved.hintStyle === 'none') return;
          const runs = analysis.paintRuns(dismissed);
          applyPaint(itemsToPaint(runs, (mention) => mention.ranges[0], window.innerHeight));
        },
        0,
      ),
    );
  }

  /** Paints exactly `chosen`: new mentions are painted, those no longer chosen unpainted. */
  function applyPaint(chosen: readonly FoundMention[]): void {
    const ranges = analysis.paintRanges(chosen);
    const wanted = new Set(ranges.map((range) => range.id));
    const gone = [...painted].filter((id) => !wanted.has(id));
    highlighter.unpaint(gone);
    for (const id of gone) painted.delete(id);
    highlighter.paint(ranges.filter((range) => !painted.has(range.id)));
    for (const id of wanted) painted.add(id);
  }

  let repaintPending = false;
  /** Repaints the window of hints at most every `SCROLL_REPAINT_MS` while a huge page scrolls. */
  function onScroll(): void {
    if (!windowed || repaintPending) return;
    repaintPending = true;
    contextTimeout(
      ctx,
      () => {
        repaintPending = false;
        paint();
      },
      SCROLL_REPAINT_MS,
    );
  }
  for (const type of ['scroll', 'resize'] as const) {
    ctx.addEventListener(window, type, onScroll, { capture: true, passive: true });
  }

  function refresh(): void {
    const report = analysis.report();
    const isShown = isShownFor(report, resolved);
    const openNow = isShown && resolved.autoOpenPanel && report.verdict === 'about' && !autoOpened;
    autoOpened ||= openNow;
    const panelOpen = resolved.active && (state.panelOpen || openNow);
    setState({ report, isShown, panelOpen, card: isShown ? state.card : null });
    paint();
    void sendMessage('tabStateChanged', tabState()).catch(() => undefined);
  }

  function tabState(): TabState {
    return { report: state.report, settings: resolved, url: location.href };
  }

  let cancelPauseTimer: Cancel | undefined;
  /** Re-resolves the settings for this page, and again when a timed pause runs out. */
  function applySettings(next: Settings): void {
    settings = next;
    resolved = resolveForSite(location.href, settings, Date.now());
    cancelPauseTimer?.();
    const until = settings.pause?.until;
    if (resolved.state === 'paused' && typeof until === 'number') {
      const delay = Math.max(0, until - Date.now()) + 1;
      cancelPauseTimer = contextTimeout(ctx, () => applySettings(settings), delay);
    }
    refresh();
  }
  const stopWatching = watchSettings(applySettings);
  ctx.onInvalidated(stopWatching);
  ctx.onInvalidated(
    onMessages({
      getTabState: () => tabState(),
      showPanel: ({ toggle }) => {
        setState({ panelOpen: toggle ? !state.panelOpen : true, card: null });
        return state.panelOpen;
      },
      nextMention: () => cursor.next(null),
    }),
  );
  applySettings(settings);
  analysis.start();
}
