/**
 * The popup paints before its corpus loads, and search works from the first keystroke. The corpus
 * chunk (topic pack and search engine) is held back with CDP `Fetch` interception, so the popup is
 * seen exactly as it is between its first paint and the corpus arriving.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';

/** The lazily imported chunk, by the name Vite gives it (`entrypoints/popup/corpus.ts`). */
const CORPUS_CHUNK = '*/chunks/corpus-*.js';

interface HeldPopup {
  popup: Page;
  /** Lets the held corpus request through. */
  release: () => Promise<void>;
}

/** Opens `popup.html` with every request for the corpus chunk paused until `release`. */
async function openWithCorpusHeld(browser: ExtensionBrowser): Promise<HeldPopup> {
  const popup = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(popup);
  const held: string[] = [];
  const seen = new Promise<void>((resolve) => {
    cdp.on('Fetch.requestPaused', ({ requestId }: { requestId: string }) => {
      held.push(requestId);
      resolve();
    });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: CORPUS_CHUNK }] });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await seen;
  const release = async () => {
    for (const requestId of held) await cdp.send('Fetch.continueRequest', { requestId });
    await cdp.send('Fetch.disable');
  };
  return { popup, release };
}

describe('popup start-up', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('paints its content before the corpus has loaded', async () => {
    const { popup, release } = await openWithCorpusHeld(browser);
    try {
      const painted = await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
      expect(await painted.jsonValue()).toBe(1);
      await expect(popup.getByRole('combobox').isVisible()).resolves.toBe(true);
      await expect(popup.getByRole('tab', { name: 'This site' }).isVisible()).resolves.toBe(true);
      expect(await popup.locator('.nc-popup-footer__meta').count()).toBe(0);
      await release();
      await popup.locator('.nc-popup-footer__meta').waitFor();
      expect(await popup.locator('.nc-popup-footer__meta').textContent()).toMatch(/^\d+ claims · /);
    } finally {
      await popup.close();
    }
  });

  it('answers a query typed before the corpus loaded once it arrives', async () => {
    const { popup, release } = await openWithCorpusHeld(browser);
    try {
      await popup.getByRole('combobox').fill('North Korean troops');
      await expect(popup.getByRole('status').textContent()).resolves.toBe('Loading the sources…');
      expect(await popup.getByRole('option').count()).toBe(0);
      await release();
      await popup.getByRole('option').first().waitFor();
      expect((await popup.getByRole('listbox').textContent()) ?? '').toMatch(/troops/i);
      await expect(popup.getByRole('combobox').inputValue()).resolves.toBe('North Korean troops');
    } finally {
      await popup.close();
    }
  });
});
