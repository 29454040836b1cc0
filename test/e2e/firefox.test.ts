/**
 * The Firefox build (`.output/firefox-mv2`) in Debian's Firefox ESR: on the sample article it judges
 * the page, paints hints with the CSS Custom Highlight API, and opens its panel from the launcher.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, type FirefoxWithExtension } from '../harness/firefox';
import { serveFixtures, type FixtureServer } from '../harness/serve';

/** The launcher and the panel, inside the open shadow root (`>>>` pierces it). */
const LAUNCHER_BUTTON = 'news-context-ui >>> [data-mention-count] button';
const TROOPS_ROW = 'news-context-ui >>> [role="complementary"] [data-entity-id="nk-troops"]';

let firefox: FirefoxWithExtension | undefined;
let server: FixtureServer | undefined;
let page: Page;

// Fails here, with one line, when Firefox or the Firefox build is missing (see the harness).
beforeAll(async () => {
  server = await serveFixtures(resolve(import.meta.dirname, '../../demo'));
  firefox = await launchFirefoxWithExtension();
  page = await firefox.newPage();
  await page.goto(server.url('/sample-article.html'));
  await page.waitForSelector('news-context-ui', { timeout: 15_000 });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('installs as a temporary add-on under its gecko id', async () => {
    const manifest = JSON.parse(await readFile(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(firefox?.extensionId).toBe(manifest.browser_specific_settings.gecko.id);
  });

  it('judges the sample article about the topic and counts its mentions on the launcher', async () => {
    await page.waitForSelector(LAUNCHER_BUTTON, { visible: true, timeout: 15_000 });
    const launcher = await page.evaluate(() => {
      const shadow = document.querySelector('news-context-ui')?.shadowRoot;
      const badge = shadow?.querySelector('[data-mention-count]');
      return { verdict: badge?.getAttribute('data-verdict'), count: Number(badge?.getAttribute('data-mention-count')) };
    });
    expect(launcher.verdict).toBe('about');
    expect(launcher.count).toBeGreaterThan(10);
  });

  it('paints hints in the page-visible registry, styled by the injected rules with a background', async () => {
    const painted = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      // The default hint style is underline, which Firefox paints as a tint.
      const range = [...(registry.get('news-context-underline') ?? [])][0];
      const element = range?.startContainer.parentElement;
      return {
        size: registry.get('news-context-underline')?.size ?? 0,
        background: element
          ? getComputedStyle(element, '::highlight(news-context-underline)').backgroundColor
          : 'no hint',
        adopted: document.adoptedStyleSheets.length,
      };
    });
    expect(painted.size).toBeGreaterThan(0);
    // Firefox ignores text-decoration in ::highlight(), so the rule must paint a background.
    expect(painted.background).toBe('rgba(255, 196, 0, 0.28)');
    expect(painted.adopted).toBe(0);
  });

  it('opens the side panel from the launcher, listing North Korean troops', async () => {
    await page.click(LAUNCHER_BUTTON);
    const row = await page.waitForSelector(TROOPS_ROW, { visible: true, timeout: 10_000 });
    expect(await row?.evaluate((el) => Number(el.getAttribute('data-count')))).toBeGreaterThan(0);
  });
});
