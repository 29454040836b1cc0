import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { waitForHints } from '../harness/page-health';
import { serveFixtures, type FixtureServer } from '../harness/serve';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(resolve(import.meta.dirname, '../../demo'));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('registers its service worker under a chrome-extension id', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('mounts its UI host with an open shadow root on an article about the topic', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/sample-article.html'));
    const host = page.locator('news-context-ui');
    await host.waitFor({ state: 'attached' });
    const inShadow = await host.evaluate((el) => el.shadowRoot !== null && el.shadowRoot.mode === 'open');
    expect(inShadow).toBe(true);
  });

  it('styles hints with the rules the browser injected, adding no stylesheet to the page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/sample-article.html'));
    await waitForHints(page);
    const styled = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(registry.get('news-context-underline') ?? [])][0];
      const element = range?.startContainer.parentElement;
      const style = element ? getComputedStyle(element, '::highlight(news-context-underline)') : null;
      return {
        line: style?.textDecorationLine,
        adopted: document.adoptedStyleSheets.length,
        sheets: document.styleSheets.length,
      };
    });
    const control = await browser.context.newPage();
    await control.goto(server.url('/sample-article.html'));
    const pageSheets = await control.evaluate(() => document.styleSheets.length);
    // The default hint style is underline.
    expect(styled).toEqual({ line: 'underline', adopted: 0, sheets: pageSheets });
  });
});
