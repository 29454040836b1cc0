/**
 * Typed messages are acted on only when they come from the extension itself and carry the shape
 * their type promises. A web page can post look-alike envelopes to its own window (content scripts
 * never read window messages); an extension page can send malformed ones through the runtime.
 * Neither may change the reader's UI, set a badge, or break the background's badge logic.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { openReading, readTraces } from '../harness/page-health';
import { card, launcher, panel } from '../harness/reader';
import { serveFixtures, type FixtureServer } from '../harness/serve';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = '/demo/sample-article.html';
/** How long to give a message to take effect before checking that it had none, ms. */
const SETTLE_MS = 500;

/** Envelopes of every type with plausible data, as a page would forge them. */
const LOOK_ALIKES = [
  { newsContext: 1, type: 'showPanel', data: { toggle: true } },
  { newsContext: 1, type: 'nextMention', data: {} },
  { newsContext: 1, type: 'getTabState', data: {} },
  { newsContext: 1, type: 'openOptions', data: {} },
  { newsContext: 1, type: 'tabStateChanged', data: { report: { verdict: 'about', mentionCount: 7 }, url: 'x' } },
];

/** Malformed envelopes an extension page could send: wrong data for each type. */
const MALFORMED = [
  { newsContext: 1, type: 'tabStateChanged', data: 'garbage' },
  { newsContext: 1, type: 'tabStateChanged', data: {} },
  { newsContext: 1, type: 'tabStateChanged', data: { report: null, settings: null, url: 3 } },
  {
    newsContext: 1,
    type: 'tabStateChanged',
    data: { report: { verdict: 'about', mentionCount: 'lots' }, settings: { state: 'on' }, url: 'x' },
  },
  { newsContext: 1, type: 'openOptions', data: [] },
  { newsContext: 1, type: 'showPanel', data: { toggle: 'yes' } },
];

/** The Chrome APIs an extension page and the service worker use here (a subset). */
interface ExtensionChrome {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { getCurrent(): Promise<{ id?: number }>; query(info: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

let browser: ExtensionBrowser;
let server: FixtureServer;

/** Every tab's badge text, read in the service worker. */
function badgeTexts(): Promise<string[]> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: ExtensionChrome }).chrome;
    const tabs = await api.tabs.query({});
    return Promise.all(
      tabs.flatMap((tab) => (tab.id === undefined ? [] : [api.action.getBadgeText({ tabId: tab.id })])),
    );
  });
}

beforeAll(async () => {
  server = await serveFixtures(ROOT);
  server.route('/favicon.ico', { body: '', headers: { 'content-type': 'image/x-icon' } });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('look-alike envelopes posted by a web page', () => {
  it('change nothing on the page', async () => {
    const { page, errors } = await openReading(browser.context, server.url(DEMO));
    const before = { traces: await readTraces(page), count: await launcher(page).getAttribute('data-mention-count') };
    const tabsBefore = (await browser.context.pages()).length;
    await page.evaluate((messages) => {
      for (const message of messages) window.postMessage(message, '*');
    }, LOOK_ALIKES);
    await page.waitForTimeout(SETTLE_MS);
    expect(await panel(page).isVisible()).toBe(false);
    expect(await card(page).isVisible()).toBe(false);
    expect(await launcher(page).getAttribute('data-mention-count')).toBe(before.count);
    expect(await readTraces(page)).toEqual(before.traces);
    expect(browser.context.pages()).toHaveLength(tabsBefore);
    expect(errors).toEqual([]);
  });
});

describe('malformed messages sent from an extension page', () => {
  it('are ignored: no answer, no error, no badge', async () => {
    const options = await browser.openExtensionPage('options.html');
    const outcome = await options.evaluate(async (messages) => {
      const api = (globalThis as unknown as { chrome: ExtensionChrome }).chrome;
      const answers: string[] = [];
      for (const message of messages) {
        try {
          answers.push(String(await api.runtime.sendMessage(message)));
        } catch (error) {
          answers.push(`error: ${(error as Error).message}`);
        }
      }
      const self = await api.tabs.getCurrent();
      return { answers, badge: self.id === undefined ? null : await api.action.getBadgeText({ tabId: self.id }) };
    }, MALFORMED);
    expect(outcome.answers).toEqual(MALFORMED.map(() => 'undefined'));
    expect(outcome.badge).toBe('');
  });

  it('leave the background setting badges for pages afterwards', async () => {
    const { page } = await openReading(browser.context, server.url(DEMO));
    const count = await launcher(page).getAttribute('data-mention-count');
    await expect.poll(badgeTexts).toContain(count);
  });
});
