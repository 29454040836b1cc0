/** The popup container: wires the active tab (messages), stored settings and the search into PopupView. */
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { hostnameOf } from '@/core/settings/hostname';
import { resolveForSite, setPause } from '@/core/settings/resolve';
import type { Settings } from '@/core/settings/types';
import type { PageState } from '@/components/popup/PageSummary';
import type { PopupTab } from '@/components/popup/PopupTabs';
import PopupView from '@/components/popup/PopupView';
import { applySiteChange, describeSite, type SiteChange } from '@/components/popup/site-changes';
import { sendMessage } from '@/platform/messages';
import { useNow, useStoredSettings } from '@/hooks/use-stored-settings';
import { useActiveTab, type ActiveTab } from './use-active-tab';
import { useCorpus } from './use-corpus';
import { useSearch } from './use-search';

/** How often the popup re-reads the clock, in ms, so a timed pause shows as over soon after it ends. */
const CLOCK_INTERVAL_MS = 30_000;

/** The summary's state: settings resolved here, so a change made in the popup shows at once. */
function pageStateOf(tab: ActiveTab, settings: Settings | null, now: number): PageState {
  if (tab.kind === 'unavailable') return { kind: 'unavailable' };
  if (tab.kind === 'loading' || settings === null) return { kind: 'loading' };
  const { url, report } = tab.state;
  return { kind: 'ready', report, settings: resolveForSite(url, settings, now), hostname: hostnameOf(url) ?? url };
}

/** Opens the side panel in the tab, then closes the popup so the panel is in view. */
async function openPanel(tab: ActiveTab): Promise<void> {
  if (tab.kind === 'ready') await sendMessage('showPanel', { toggle: false }, tab.tabId).catch(() => false);
  window.close();
}

export interface AppProps {
  /** Text typed into the pre-rendered search box before the app took it over. */
  typedQuery: string;
}

/**
 * The popup: "On this page" for the active tab, corpus search, and this site's settings. Its first
 * render (nothing loaded yet) is the view `shell.tsx` renders into the HTML at build time.
 */
export default function App({ typedQuery }: AppProps) {
  const corpus = useCorpus();
  const tab = useActiveTab();
  const { settings, change } = useStoredSettings();
  const now = useNow(CLOCK_INTERVAL_MS);
  const [view, setView] = useState<PopupTab>('search');
  const [query, setQuery] = useState('');
  // The first render must match the pre-rendered view (`hydrate` does not patch the DOM), so text typed
  // before the app took over becomes the query just after it, before the next paint.
  useLayoutEffect(() => {
    if (typedQuery !== '') setQuery(typedQuery);
  }, [typedQuery]);
  const results = useSearch(corpus, query);
  const url = tab.kind === 'ready' ? tab.state.url : null;
  const onSiteChange = (siteChange: SiteChange) => {
    if (url !== null) change((current) => applySiteChange(current, url, siteChange, Date.now()));
  };
  return (
    <PopupView
      data={{
        page: pageStateOf(tab, settings, now),
        site: url !== null && settings !== null ? describeSite(url, settings, now) : null,
        pause: settings?.pause ?? null,
        now,
        tab: view,
        query,
        results,
        index: corpus?.packIndex ?? null,
      }}
      actions={{
        onTab: setView,
        onQuery: setQuery,
        onOpenPanel: () => void openPanel(tab),
        onSiteChange,
        onPause: (ms) => change((current) => setPause(current, { until: ms === null ? null : Date.now() + ms })),
        onResume: () => change((current) => setPause(current, null)),
        onOpenOptions: () => void browser.runtime.openOptionsPage().then(() => window.close()),
      }}
    />
  );
}
