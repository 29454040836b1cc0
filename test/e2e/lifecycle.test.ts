/**
 * The extension's lifecycle with pages open. Reloading it (what an update does) or turning it off
 * leaves the old content script in every open page with its extension APIs gone; it must notice,
 * take its UI and hints away and leave no error behind, and the new version must work on pages
 * opened afterwards. Uninstalling takes the same path as disabling: `runtime.id` goes away
 * (`platform/extension-context.ts`). Over a long SPA session the content script must not grow:
 * see `test/harness/isolated-heap.ts` for how its heap is measured.
 */
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionLifecycle, type ExtensionLifecycle } from '../harness/extension-lifecycle';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { watchIsolatedHeap } from '../harness/isolated-heap';
import { openReading, readTraces, waitForHints, waitForNoTraces } from '../harness/page-health';
import { card, launcher, openFirstCard } from '../harness/reader';
import { serveFixtures, type FixtureServer } from '../harness/serve';
import { SPA_HTML, SPA_PATH, showSpaPage } from '../harness/spa-page';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = '/demo/sample-article.html';
const GERMAN = '/test/fixtures/pages/de-stuttgarter-zeitung-nordkoreanische-soldaten-kursk.html';
/** Navigations before the baseline: V8 compiles hot code in tiers, and lazy caches fill. */
const WARM_UP = 10;
/** Navigations measured. */
const NAVIGATIONS = 100;
/** How far the isolate's used JS heap may end above the baseline (0.1 = 10 %). */
const HEAP_GROWTH_LIMIT = 0.1;
/**
 * Closures the extension's world may gain over the run. Without a leak the count is flat (+0 to +5
 * in our runs, from lazily made hooks); the leak this guards against (a listener per timer or
 * animation frame) added 1,235.
 */
const FUNCTION_SLACK = 50;
/** Time for the card's nodes to go after it closes, ms, so every sample sees the same page. */
const CARD_CLOSE_MS = 400;

let browser: ExtensionBrowser;
let server: FixtureServer;
let lifecycle: ExtensionLifecycle;
let worker: Worker;

beforeAll(async () => {
  server = await serveFixtures(ROOT);
  // An empty icon: a 404 for /favicon.ico would be the page's only console error.
  server.route('/favicon.ico', { body: '', headers: { 'content-type': 'image/x-icon' } });
  server.route(SPA_PATH, { body: SPA_HTML });
  browser = await launchWithExtension();
  worker = browser.worker;
  lifecycle = await openExtensionLifecycle(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Moves the pointer across the article, as a reader does, so the hover path runs. */
async function skimWithPointer(page: Page): Promise<void> {
  await page.mouse.move(80, 120);
  await page.mouse.move(700, 320, { steps: 6 });
}

/** Brings the page to the same state before each heap sample: pointer away, no card open. */
async function restPage(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'hidden' });
  await page.waitForTimeout(CARD_CLOSE_MS);
}

describe(`${NAVIGATIONS} SPA navigations`, () => {
  it('keep the heap within 10 % of where it started and leave no ranges or closures behind', async () => {
    const page = await browser.context.newPage();
    const heap = await watchIsolatedHeap(browser.context, page, browser.extensionId);
    await page.goto(server.url(SPA_PATH));
    await waitForHints(page);
    for (let n = 1; n <= WARM_UP; n++) {
      await showSpaPage(page, n);
      await openFirstCard(page);
      await page.keyboard.press('Escape');
    }
    await restPage(page);
    const baseline = await heap.sample();
    for (let n = WARM_UP + 1; n <= WARM_UP + NAVIGATIONS; n++) {
      await showSpaPage(page, n);
      await skimWithPointer(page);
    }
    await restPage(page);
    const end = await heap.sample();
    console.info('heap after warm-up, after 100 navigations:', baseline, end);
    expect(end.usedBytes).toBeLessThanOrEqual(baseline.usedBytes * (1 + HEAP_GROWTH_LIMIT));
    expect(end.ranges).toBe(baseline.ranges);
    expect(end.functions - baseline.functions).toBeLessThanOrEqual(FUNCTION_SLACK);
    await heap.detach();
    await page.close();
  }, 180_000);
});

describe('reloading the extension with pages open', () => {
  let old: { page: Page; errors: string[] };

  beforeAll(async () => {
    old = await openReading(browser.context, server.url(DEMO));
    worker = await lifecycle.reload(worker);
  });

  it('removes the old UI host and clears its hints without any input on the page', async () => {
    await waitForNoTraces(old.page);
    expect(await readTraces(old.page)).toEqual({ host: false, hints: 0 });
  });

  it('leaves no error on the old page, even when the reader moves the pointer afterwards', async () => {
    await old.page.mouse.move(200, 300);
    await old.page.mouse.move(400, 500, { steps: 5 });
    await old.page.keyboard.press('Escape');
    expect(old.errors).toEqual([]);
  });

  it('runs the new version on pages opened afterwards', async () => {
    const fresh = await openReading(browser.context, server.url(GERMAN));
    expect(await launcher(fresh.page).getAttribute('data-verdict')).toBe('about');
    expect(fresh.errors).toEqual([]);
  });
});

describe('turning the extension off with pages open', () => {
  let open: { page: Page; errors: string[] };

  beforeAll(async () => {
    open = await openReading(browser.context, server.url(DEMO));
    await lifecycle.setEnabled(false);
  });

  it('removes the UI host and clears its hints, with no error on the page', async () => {
    await waitForNoTraces(open.page);
    expect(open.errors).toEqual([]);
  });

  it('works again on new pages once turned back on', async () => {
    const next = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await lifecycle.setEnabled(true);
    worker = await next;
    const fresh = await openReading(browser.context, server.url(DEMO));
    expect(fresh.errors).toEqual([]);
  });
});
