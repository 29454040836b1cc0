/** The whole popup, presentational: header, "On this page", Search / This site tabs, settings link. */
import type { Pause } from '../../core/settings/types';
import type { SearchResults } from '../../core/search/search-corpus';
import type { PackIndex } from '../pack-index';
import PageSummary, { type PageState } from './PageSummary';
import PauseControls from './PauseControls';
import PopupTabs, { panelId, tabId, type PopupTab } from './PopupTabs';
import SearchView from './SearchView';
import SiteControls from './SiteControls';
import type { SiteChange, SiteView } from './site-changes';

/** Everything the popup shows. */
export interface PopupData {
  page: PageState;
  /** `null` while settings load, and on pages no site rule can cover. */
  site: SiteView | null;
  pause: Pause | null;
  /** Epoch milliseconds, for the pause state. */
  now: number;
  tab: PopupTab;
  query: string;
  /** `null` while the search index is being built. */
  results: SearchResults | null;
  /** `null` until the topic pack has loaded, just after the first paint. */
  index: PackIndex | null;
}

/** Everything the popup can do; the container (entrypoints/popup/App.tsx) wires these to storage and messages. */
export interface PopupActions {
  onTab: (tab: PopupTab) => void;
  onQuery: (query: string) => void;
  onOpenPanel: () => void;
  onSiteChange: (change: SiteChange) => void;
  onPause: (durationMs: number | null) => void;
  onResume: () => void;
  onOpenOptions: () => void;
}

export interface PopupViewProps {
  data: PopupData;
  actions: PopupActions;
}

/** Renders the popup: the page summary stays visible above whichever tab is selected. */
export default function PopupView({ data, actions }: PopupViewProps) {
  const { page, site, tab, index } = data;
  return (
    <div class="nc-ui nc-popup">
      <header class="nc-popup-header">
        <span class="nc-popup-header__mark" aria-hidden="true" />
        <h1 class="nc-popup-header__title">News Context</h1>
        <span class="nc-popup-header__topic">North Korea · Russia · Ukraine</span>
      </header>
      <PageSummary
        page={page}
        index={index}
        onOpenPanel={actions.onOpenPanel}
        onResume={actions.onResume}
        onTurnOnSite={() => actions.onSiteChange({ kind: 'enabled', value: true })}
      />
      <PopupTabs tab={tab} onTab={actions.onTab} />
      <div class="nc-popup-main" id={panelId(tab)} role="tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'search' ? (
          <SearchView query={data.query} results={data.results} index={index} onQuery={actions.onQuery} />
        ) : (
          <div class="nc-popup-scroll nc-popup-site">
            <SiteControls site={site} onChange={actions.onSiteChange} />
            <PauseControls pause={data.pause} now={data.now} onPause={actions.onPause} onResume={actions.onResume} />
          </div>
        )}
      </div>
      <footer class="nc-popup-footer">
        <button type="button" class="nc-link-button" onClick={actions.onOpenOptions}>
          All settings
        </button>
        {index && (
          <span class="nc-popup-footer__meta">
            {index.claims.size} claims · {index.topic.version}
          </span>
        )}
      </footer>
    </div>
  );
}
