/**
 * Opens the extension's popup as a tab pointed at another tab. A toolbar popup cannot be opened
 * headless, and a popup opened as a tab is itself the active tab; so before the popup's scripts
 * run, `tabs.query({ active: true })` is answered with the given tab instead.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch';

/** Installed in the popup before its scripts: "the active tab" is the newest tab that is not the popup. */
const POINT_AT_PAGE_TAB = `
  (() => {
    const query = chrome.tabs.query.bind(chrome.tabs);
    chrome.tabs.query = (info, callback) => {
      const answer = (async () => {
        if (!info || !info.active) return query(info || {});
        const self = await chrome.tabs.getCurrent();
        const others = (await query({})).filter((tab) => tab.id !== self.id);
        return others.slice(-1);
      })();
      if (typeof callback === 'function') answer.then(callback);
      else return answer;
    };
  })();
`;

/** Opens `popup.html` acting on the most recently opened other tab. */
export async function openPopupFor(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.addInitScript(POINT_AT_PAGE_TAB);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return popup;
}
