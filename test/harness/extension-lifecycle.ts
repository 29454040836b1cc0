/**
 * Reloads and disables the extension under test the way a browser update or a person would, for
 * the lifecycle tests. Everything goes through `chrome://extensions`, whose own page may call
 * `chrome.developerPrivate` and `chrome.management` on any extension.
 *
 * Why developer mode: an extension loaded with `--load-extension` runs as an unpacked extension,
 * and Chromium refuses to start an unpacked one again after a reload unless developer mode is on
 * (it stays disabled with the reason `unsupportedDeveloperExtension`).
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './launch';

/** What `chrome://extensions` gives its page (a subset). */
interface ExtensionsPageChrome {
  developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
  management: { setEnabled(id: string, enabled: boolean): Promise<void> };
}

/** What a service worker's `chrome.runtime` offers (a subset). */
interface WorkerChrome {
  runtime: { reload(): void };
}

/** Drives the extension's lifecycle from a `chrome://extensions` tab. */
export interface ExtensionLifecycle {
  /** Reloads the extension from its service worker (as an update does); resolves with the new worker. */
  reload(worker: Worker): Promise<Worker>;
  /** Turns the extension off or on, as its switch on `chrome://extensions` does. */
  setEnabled(enabled: boolean): Promise<void>;
  close(): Promise<void>;
}

/** How long a reloaded extension may take to start its new service worker, ms. */
const RESTART_TIMEOUT_MS = 15_000;

/** Opens `chrome://extensions` in a tab and turns developer mode on. */
export async function openExtensionLifecycle(browser: ExtensionBrowser): Promise<ExtensionLifecycle> {
  const page: Page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() => {
    const api = (globalThis as unknown as { chrome: ExtensionsPageChrome }).chrome;
    return api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
  });
  return {
    async reload(worker) {
      const next = browser.context.waitForEvent('serviceworker', { timeout: RESTART_TIMEOUT_MS });
      // Deferred so that `evaluate` returns before the worker it runs in goes away.
      await worker.evaluate(() => {
        const api = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
        setTimeout(() => api.runtime.reload(), 0);
      });
      return next;
    },
    async setEnabled(enabled) {
      await page.evaluate(
        ([id, on]) => (globalThis as unknown as { chrome: ExtensionsPageChrome }).chrome.management.setEnabled(id, on),
        [browser.extensionId, enabled] as const,
      );
    },
    close: () => page.close(),
  };
}
