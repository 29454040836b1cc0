/**
 * "The extension makes no network request" (README), checked from every context it has: pages
 * with its content script, its popup, its options page and its service worker. Every request the
 * browser reports must go to the fixture server (the pages themselves) or be one of the
 * extension's own files (`chrome-extension://<id>/…`).
 *
 * Pages and extension pages report through `context.on('request')` (which also carries requests
 * Playwright attributes to service workers) and `page.on('websocket')`; the service worker is also
 * asked for its Resource Timing entries, which list every fetch it made, in case one escaped the
 * event stream.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { waitForHints } from '../harness/page-health';
import { openPopupFor } from '../harness/popup';
import { launcher, openPanel, panel } from '../harness/reader';
import { serveFixtures, type FixtureServer } from '../harness/serve';

const ROOT = resolve(import.meta.dirname, '../..');
const ON_TOPIC = [
  '/demo/sample-article.html',
  '/test/fixtures/pages/de-stuttgarter-zeitung-nordkoreanische-soldaten-kursk.html',
];
const OFF_TOPIC = '/test/fixtures/pages/en-fox32-south-korea-k-pop-loudspeakers-trash-balloons.html';

let browser: ExtensionBrowser;
let server: FixtureServer;
/** Every URL requested by any context, tagged with where it came from. */
const seen: string[] = [];

function record(page: Page): void {
  page.on('websocket', (socket) => seen.push(`websocket ${socket.url()}`));
}

/** True for a URL this test expects: the fixture server, or the extension's own files. */
function isAllowed(url: string): boolean {
  const { origin, protocol, host } = new URL(url);
  return origin === server.origin || (protocol === 'chrome-extension:' && host === browser.extensionId);
}

beforeAll(async () => {
  server = await serveFixtures(ROOT);
  browser = await launchWithExtension();
  browser.context.on('request', (request) => {
    const from = request.serviceWorker() ? 'service worker' : 'page';
    seen.push(`${from} ${request.url()}`);
  });
  browser.context.on('page', record);
  for (const page of browser.context.pages()) record(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('network use', () => {
  it('sends nothing beyond the fixture server from pages, popup, options and service worker', async () => {
    for (const path of ON_TOPIC) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
      await waitForHints(page);
    }
    const offTopic = await browser.context.newPage();
    await offTopic.goto(server.url(OFF_TOPIC));
    const reading = await browser.context.newPage();
    await reading.goto(server.url(ON_TOPIC[0]!));
    await openPanel(reading);
    await panel(reading).getByRole('searchbox').fill('artillery shells');

    const popup = await openPopupFor(browser);
    await popup.getByRole('combobox').fill('Kursk 12,000 troops');
    await popup.getByRole('option').first().waitFor();
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Export settings' }).waitFor();

    const workerFetches = await browser.worker.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    for (const url of workerFetches) seen.push(`service worker ${url}`);

    const urls = seen.map((line) => line.slice(line.lastIndexOf(' ') + 1));
    expect(urls.length).toBeGreaterThan(ON_TOPIC.length);
    expect(seen.filter((line) => !isAllowed(line.slice(line.lastIndexOf(' ') + 1)))).toEqual([]);
  });
});
