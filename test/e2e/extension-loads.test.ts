import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { serveFixtures, type FixtureServer } from '../harness/serve';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures(import.meta.dirname);
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

  it('mounts its UI host with an open shadow root on an http page', async () => {
    server.route('/plain.html', { body: '<!doctype html><title>t</title><p>North Korean troops in Kursk.</p>' });
    const page = await browser.context.newPage();
    await page.goto(server.url('/plain.html'));
    const host = page.locator('news-context-ui');
    await host.waitFor({ state: 'attached' });
    const inShadow = await host.evaluate((el) => el.shadowRoot !== null && el.shadowRoot.mode === 'open');
    expect(inShadow).toBe(true);
  });
});
