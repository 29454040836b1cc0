import { browser, defineBackground } from '#imports';
import { onMessages, sendMessage, type TabState } from '@/platform/messages';
import { badgeFor } from '@/core/badge';

/** MV3 `action`, or MV2 `browserAction` in the Firefox build. */
const action = browser.action ?? browser.browserAction;

async function showBadge(tabId: number, state: TabState): Promise<void> {
  const badge = badgeFor(state.report, state.settings);
  await action.setBadgeText({ tabId, text: badge.text });
  await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await action.setTitle({ tabId, title: badge.title });
}

async function sendToActiveTab(type: 'showPanel' | 'nextMention'): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (type === 'showPanel') await sendMessage('showPanel', { toggle: true }, tab.id);
  else await sendMessage('nextMention', {}, tab.id);
}

export default defineBackground(() => {
  onMessages({
    tabStateChanged: async (state, sender) => {
      if (sender.tab?.id === undefined || sender.frameId !== 0) return false;
      await showBadge(sender.tab.id, state);
      return true;
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
      return true;
    },
  });
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-panel') void sendToActiveTab('showPanel').catch(() => undefined);
    if (command === 'next-mention') void sendToActiveTab('nextMention').catch(() => undefined);
  });
});
