/** The active tab's id and what its content script reports, or that none answers. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { sendMessage, type TabState } from '@/platform/messages';

/** The active tab as the popup sees it. */
export type ActiveTab =
  | { kind: 'loading' }
  /** No content script answered: browser pages, the Web Store, PDFs, or a page still loading. */
  | { kind: 'unavailable'; tabId: number | undefined }
  | { kind: 'ready'; tabId: number; state: TabState };

/** Whether a reply looks like a `TabState` (a content script of an older version may answer otherwise). */
function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<TabState>;
  return typeof record.url === 'string' && typeof record.report === 'object' && record.report !== null;
}

/** Asks the active tab's content script for its state. Never throws. */
async function queryActiveTab(): Promise<ActiveTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'unavailable', tabId: undefined };
  try {
    const state: unknown = await sendMessage('getTabState', {}, tab.id);
    return isTabState(state) ? { kind: 'ready', tabId: tab.id, state } : { kind: 'unavailable', tabId: tab.id };
  } catch {
    // "Receiving end does not exist": no content script runs in this tab.
    return { kind: 'unavailable', tabId: tab.id };
  }
}

/** The active tab, asked once when the popup opens. */
export function useActiveTab(): ActiveTab {
  const [tab, setTab] = useState<ActiveTab>({ kind: 'loading' });
  useEffect(() => {
    let isLive = true;
    queryActiveTab().then(
      (result) => isLive && setTab(result),
      () => isLive && setTab({ kind: 'unavailable', tabId: undefined }),
    );
    return () => {
      isLive = false;
    };
  }, []);
  return tab;
}
