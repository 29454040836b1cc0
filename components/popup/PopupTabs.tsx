/** The popup's two views as tabs: Search and This site. Arrow keys move between them (ARIA tabs pattern). */

/** The popup's views. */
export type PopupTab = 'search' | 'site';

const TABS: ReadonlyArray<{ id: PopupTab; label: string }> = [
  { id: 'search', label: 'Search' },
  { id: 'site', label: 'This site' },
];

export interface PopupTabsProps {
  tab: PopupTab;
  onTab: (tab: PopupTab) => void;
}

/** DOM id of a tab, for its panel's `aria-labelledby`. */
export function tabId(tab: PopupTab): string {
  return `nc-popup-tab-${tab}`;
}

/** DOM id of a tab's panel, for the tab's `aria-controls`. */
export function panelId(tab: PopupTab): string {
  return `nc-popup-panel-${tab}`;
}

/** Renders a `role="tablist"`; only the selected tab is in the Tab order. */
export default function PopupTabs({ tab, onTab }: PopupTabsProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'search' ? 'site' : 'search';
    onTab(next);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <div class="nc-popup-tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {TABS.map(({ id, label }) => (
        <button
          type="button"
          role="tab"
          key={id}
          id={tabId(id)}
          class="nc-popup-tabs__tab"
          aria-selected={id === tab}
          aria-controls={panelId(id)}
          tabIndex={id === tab ? 0 : -1}
          onClick={() => onTab(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
