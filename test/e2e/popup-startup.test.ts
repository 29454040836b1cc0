/**
 * The popup paints from its HTML before any of its app has loaded, the app takes that view over, and
 * search works from the first keystroke. Chunks are held back with CDP `Fetch` interception, so the
 * popup is seen exactly as it is before they arrive: the app (`entrypoints/popup/mount.tsx`), loaded
 * once the first view is on screen, and the corpus (topic pack and search engine), loaded by the app.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';

/** The chunks, by the names Vite gives them. */
const APP_CHUNK = '*/chunks/mount-*.js';
const CORPUS_CHUNK = '*/chunks/corpus-*.js';

interface HeldPopup {
  popup: Page;
  /** Lets the held requests through. */
  release: () => Promise<void>;
}

/** Opens `popup.html` with every request for chunks matching `pattern` paused until `release`. */
async function openWithChunkHeld(browser: ExtensionBrowser, pattern: string): Promise<HeldPopup> {
  const popup = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(popup);
  const held: string[] = [];
  const seen = new Promise<void>((resolve) => {
    cdp.on('Fetch.requestPaused', ({ requestId }: { requestId: string }) => {
      held.push(requestId);
      resolve();
    });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: pattern }] });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await seen;
  const release = async () => {
    for (const requestId of held) await cdp.send('Fetch.continueRequest', { requestId });
    await cdp.send('Fetch.disable');
  };
  return { popup, release };
}

/** Whether the page has reported its first contentful paint. */
function hasPainted(popup: Page): Promise<boolean> {
  return popup.evaluate(() => performance.getEntriesByName('first-contentful-paint').length === 1);
}

describe('popup start-up', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('paints its first view from the HTML and asks for the app only once that view is on screen', async () => {
    const { popup, release } = await openWithChunkHeld(browser, APP_CHUNK);
    try {
      expect(await hasPainted(popup)).toBe(true);
      await expect(popup.getByRole('heading', { name: 'News Context' }).isVisible()).resolves.toBe(true);
      await expect(popup.getByRole('tab', { name: 'This site' }).isVisible()).resolves.toBe(true);
      await expect(popup.getByRole('combobox').evaluate((input) => input === document.activeElement)).resolves.toBe(
        true,
      );
      await expect(popup.getByText('Checking…').isVisible()).resolves.toBe(true);
      await release();
      await popup.locator('.nc-popup-footer__meta').waitFor();
    } finally {
      await popup.close();
    }
  });

  it('takes over the painted nodes instead of drawing them again', async () => {
    const { popup, release } = await openWithChunkHeld(browser, APP_CHUNK);
    try {
      const painted = await popup.evaluate(() => {
        const nodes = [...document.querySelectorAll<HTMLElement>('#app *')];
        for (const node of nodes) node.dataset.shell = 'yes';
        return nodes.length;
      });
      await release();
      await popup.locator('.nc-popup-footer__meta').waitFor();
      expect(await popup.locator('.nc-popup').count()).toBe(1);
      await expect(popup.getByRole('combobox').getAttribute('data-shell')).resolves.toBe('yes');
      await expect(popup.getByRole('heading', { name: 'News Context' }).getAttribute('data-shell')).resolves.toBe(
        'yes',
      );
      // The footer's corpus line is the one node the loaded app adds; "Checking…" became the tab's state.
      expect(await popup.locator('#app [data-shell="yes"]').count()).toBeGreaterThanOrEqual(painted - 2);
      await popup.getByRole('tab', { name: 'This site' }).click();
      await expect(popup.getByRole('tab', { name: 'This site' }).getAttribute('aria-selected')).resolves.toBe('true');
    } finally {
      await popup.close();
    }
  });

  it('keeps a query typed before the app took over, and answers it', async () => {
    const { popup, release } = await openWithChunkHeld(browser, APP_CHUNK);
    try {
      await popup.keyboard.type('shells');
      await release();
      await popup.getByRole('option').first().waitFor();
      expect((await popup.getByRole('listbox').textContent()) ?? '').toMatch(/shells/i);
      await expect(popup.getByRole('combobox').inputValue()).resolves.toBe('shells');
    } finally {
      await popup.close();
    }
  });

  it('works before the corpus has loaded', async () => {
    const { popup, release } = await openWithChunkHeld(browser, CORPUS_CHUNK);
    try {
      expect(await hasPainted(popup)).toBe(true);
      expect(await popup.locator('.nc-popup-footer__meta').count()).toBe(0);
      await popup.getByRole('tab', { name: 'This site' }).click();
      await expect(popup.getByRole('tab', { name: 'This site' }).getAttribute('aria-selected')).resolves.toBe('true');
      await popup.getByRole('tab', { name: 'Search' }).click();
      await release();
      await popup.locator('.nc-popup-footer__meta').waitFor();
      expect(await popup.locator('.nc-popup-footer__meta').textContent()).toMatch(/^\d+ claims · /);
    } finally {
      await popup.close();
    }
  });

  it('answers a query typed before the corpus loaded once it arrives', async () => {
    const { popup, release } = await openWithChunkHeld(browser, CORPUS_CHUNK);
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
