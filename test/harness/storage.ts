/** Reads and writes the extension's stored settings from its service worker, as a test would tamper with them. */
import type { ExtensionBrowser } from './launch';

/** The slice of `chrome.storage.sync` the tests use, as seen inside the service worker. */
interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
type WorkerGlobal = { chrome: { storage: { sync: SyncArea } } };

/** The raw `settings` value in sync storage (undefined when absent). */
export function readStoredSettings(browser: ExtensionBrowser): Promise<unknown> {
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    return (await chrome.storage.sync.get('settings')).settings;
  });
}

/** Writes `value` as the stored settings, bypassing all validation. */
export function writeStoredSettings(browser: ExtensionBrowser, value: unknown): Promise<void> {
  return browser.worker.evaluate(async (raw) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    await chrome.storage.sync.set({ settings: raw });
  }, value);
}

/** Removes the stored settings. */
export function removeStoredSettings(browser: ExtensionBrowser): Promise<void> {
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    await chrome.storage.sync.remove('settings');
  });
}
