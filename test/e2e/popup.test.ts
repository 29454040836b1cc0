import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { openPopupFor } from '../harness/popup';
import { launcher, paintedHints } from '../harness/reader';
import { readStoredSettings, removeStoredSettings, writeStoredSettings } from '../harness/storage';
import { serveFixtures, type FixtureServer } from '../harness/serve';

const ARTICLE = '/demo/sample-article.html';
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(resolve(import.meta.dirname, '../..'));
});
afterAll(async () => {
  await server?.close();
});

/** Opens the demo article (closing the profile's blank first tab) and waits for its hints. */
async function openArticle(browser: ExtensionBrowser): Promise<Page> {
  for (const page of browser.context.pages()) if (page.url() === 'about:blank') await page.close();
  const page = await browser.context.newPage();
  await page.goto(server.url(ARTICLE));
  await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

describe('popup search', () => {
  let browser: ExtensionBrowser;
  let popup: Page;
  beforeAll(async () => {
    browser = await launchWithExtension();
    popup = await openPopupFor(browser);
  });
  afterAll(async () => browser?.close());

  it.each([
    ['English', 'North Korean troops', /troops/i],
    ['Korean', '김정은', /Kim Jong Un|Kim/],
    ['Russian', 'КНДР', /North Korea/],
    ['a misspelling', 'Kim Jong Um', /Kim/],
  ])('finds the expected claims for a query in %s', async (_kind, query, expected) => {
    const box = popup.getByRole('combobox');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await box.fill(query);
    const options = popup.getByRole('option');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(0);
    expect((await popup.getByRole('listbox').textContent()) ?? '').toMatch(expected);
  });

  it('opens a claim with its quote, who said it and its source on Enter', async () => {
    const box = popup.getByRole('combobox');
    await box.fill('Zelenskyy 10,000');
    await popup.getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    const detail = (await popup.locator('body').textContent()) ?? '';
    expect(detail).toMatch(/Zelenskyy/);
    expect(detail).toMatch(/10,000/);
  });
});

describe('per-site settings', () => {
  let profile: string;
  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'news-context-restart-'));
  });
  afterAll(async () => rm(profile, { recursive: true, force: true }));

  it('turning the site off removes the hints from the open tab, and the choice survives a restart', async () => {
    const first = await launchWithExtension({ userDataDir: profile });
    const article = await openArticle(first);
    expect((await paintedHints(article)).length).toBeGreaterThan(0);
    const popup = await openPopupFor(first);
    await popup.getByRole('tab', { name: 'This site' }).click();
    await popup.getByRole('switch', { name: /Show News Context on this site/ }).click();
    await article.waitForFunction(
      () => !document.querySelector('news-context-ui')?.shadowRoot?.querySelector('[data-mention-count]'),
    );
    expect(await paintedHints(article)).toEqual([]);
    await first.close();

    const second = await launchWithExtension({ userDataDir: profile });
    const again = await second.context.newPage();
    await again.goto(server.url(ARTICLE));
    await again.waitForTimeout(1500);
    expect(await paintedHints(again)).toEqual([]);
    expect(await again.locator('news-context-ui [data-mention-count]').count()).toBe(0);
    await second.close();
  });
});

describe('global pause', () => {
  it('removes the hints from every open tab and brings them back on resume', async () => {
    const browser = await launchWithExtension();
    try {
      const article = await openArticle(browser);
      const other = await browser.context.newPage();
      await other.goto(server.url('/test/fixtures/pages/en-gzero-north-korean-troops-expected-to-engage.html'));
      await launcher(other).waitFor({ state: 'visible', timeout: 15_000 });
      const popup = await openPopupFor(browser);
      await popup.getByRole('tab', { name: 'This site' }).click();
      await popup.getByRole('button', { name: 'Pause until I resume' }).click();
      for (const page of [article, other]) {
        await page.waitForFunction(
          () => !document.querySelector('news-context-ui')?.shadowRoot?.querySelector('[data-mention-count]'),
        );
        expect(await paintedHints(page)).toEqual([]);
      }
      await popup.getByRole('button', { name: 'Resume', exact: true }).last().click();
      await launcher(article).waitFor({ state: 'visible' });
      expect((await paintedHints(article)).length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});

describe('settings in storage', () => {
  it('export then import restores the same settings', async () => {
    const browser = await launchWithExtension();
    try {
      await openArticle(browser);
      const popup = await openPopupFor(browser);
      await popup.getByRole('tab', { name: 'This site' }).click();
      await popup.getByRole('switch', { name: /Show News Context on this site/ }).click();
      await expect.poll(() => readStoredSettings(browser)).toMatchObject({ sites: [{ enabled: false }] });
      const saved = await readStoredSettings(browser);

      const options = await browser.openExtensionPage('options.html');
      const download = options.waitForEvent('download');
      await options.getByRole('button', { name: 'Export settings' }).click();
      const file = await (await download).path();
      await removeStoredSettings(browser);
      await expect.poll(() => readStoredSettings(browser)).toBeUndefined();

      await options.locator('#nc-import-file').setInputFiles(file);
      await expect.poll(() => readStoredSettings(browser)).toEqual(saved);
      expect(JSON.parse(await readFile(file, 'utf8'))).toBeTruthy();
    } finally {
      await browser.close();
    }
  });

  it('a corrupted settings value leaves the extension working on defaults', async () => {
    const browser = await launchWithExtension();
    try {
      await writeStoredSettings(browser, { defaults: 'sparkle', sites: 7, pause: [], panelWidth: 'wide' });
      const article = await openArticle(browser);
      expect(await launcher(article).getAttribute('data-verdict')).toBe('about');
      expect((await paintedHints(article)).length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
