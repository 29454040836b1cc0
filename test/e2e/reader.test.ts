import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { card, launcher, openPanel, paintedHints, panel } from '../harness/reader';
import { serveFixtures, type FixtureServer } from '../harness/serve';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = '/demo/sample-article.html';
const KOREAN = '/test/fixtures/pages/ko-voa-north-korean-pow-seeks-asylum.html';
const RUSSIAN = '/test/fixtures/pages/ru-gazeta-north-korean-troops-tasks-kursk.html';
const OFF_TOPIC = '/test/fixtures/pages/en-fox32-south-korea-k-pop-loudspeakers-trash-balloons.html';

/** Records, from when the page is parsed (before the extension runs), every DOM change outside its UI host. */
const RECORD_PAGE_MUTATIONS = `
  window.__foreignMutations = [];
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      const ours = nodes.length > 0 && nodes.every((n) => n.nodeName === 'NEWS-CONTEXT-UI');
      const inside = r.target.closest && r.target.closest('news-context-ui');
      if (!ours && !inside) window.__foreignMutations.push(r.type + ' ' + r.target.nodeName + ' ' + (r.attributeName || ''));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
`;

let browser: ExtensionBrowser;
let server: FixtureServer;

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_PAGE_MUTATIONS);
  await page.goto(server.url(path));
  return page;
}

beforeAll(async () => {
  server = await serveFixtures(ROOT);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading an article about the topic', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(DEMO);
    await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('shows the launcher with the verdict and the number of mentions', async () => {
    expect(await launcher(page).getAttribute('data-verdict')).toBe('about');
    expect(Number(await launcher(page).getAttribute('data-mention-count'))).toBeGreaterThan(10);
  });

  it('paints hints over exactly the mentions, with the count the launcher shows', async () => {
    const hints = await paintedHints(page);
    const texts = hints.map((hint) => hint.text);
    expect(texts).toContain('North Korean troops');
    expect(texts).toContain('Kim Jong-un');
    expect(texts.every((text) => text.trim() === text && text.length > 1)).toBe(true);
    const count = Number(await launcher(page).getAttribute('data-mention-count'));
    expect(new Set(hints.map((h) => `${h.x},${h.y}`)).size).toBeLessThanOrEqual(count);
  });

  it('opens a card with related claims and their sources when a hint is hovered', async () => {
    const hint = (await paintedHints(page)).find((h) => h.text === 'North Korean troops');
    if (!hint) throw new Error('no hint for North Korean troops');
    await page.evaluate((y) => window.scrollTo(0, window.scrollY + y - 300), hint.y);
    const inView = (await paintedHints(page)).find((h) => h.text === 'North Korean troops' && h.y > 0)!;
    await page.mouse.move(inView.x, inView.y);
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).locator('[data-claim-id], [data-quantity-id]').count()).toBeGreaterThan(0);
    await expect(card(page).textContent()).resolves.toMatch(/Zelenskyy|Austin|Doran/);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
  });

  it('lists mentions, figures with their disagreement, and claims in the panel', async () => {
    await openPanel(page);
    expect(await panel(page).locator('[data-entity-id="nk-troops"]').count()).toBe(1);
    const troops = panel(page).locator('[data-quantity-id="nk-troops-sent"]').first();
    await expect(troops.textContent()).resolves.toMatch(/10,000[\s\S]*12,000|12,000[\s\S]*10,000/);
    expect(await panel(page).locator('[data-claim-id]').count()).toBeGreaterThan(3);
  });

  it('scrolls to the next mention when a panel row is clicked', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await page.evaluate(() => window.scrollY);
    await panel(page).locator('[data-entity-id="i-want-to-live"]').click();
    await page.waitForFunction((y) => window.scrollY > y, before);
  });

  it('opens the card for a mention from the keyboard, focused, and Escape closes it', async () => {
    await openPanel(page);
    if (await card(page).isVisible()) await card(page).getByRole('button', { name: /close/i }).first().click();
    await card(page).waitFor({ state: 'hidden' });
    const row = panel(page).locator('[data-entity-id="nk-troops"]');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).textContent(), { timeout: 5000 }).toMatch(/^MilitaryNorth Korean troops/);
    const focusInCard = await card(page).evaluate((el) =>
      el.contains(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).activeElement : null),
    );
    expect(focusInCard).toBe(true);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
  });

  it('changes nothing in the page outside its UI host', async () => {
    expect(
      await page.evaluate(() => (window as unknown as { __foreignMutations: string[] }).__foreignMutations),
    ).toEqual([]);
  });
});

describe.each([
  ['Korean', KOREAN, '북한군'],
  ['Russian', RUSSIAN, 'северокорейск'],
])('an article in %s', (_language, path, word) => {
  it('is judged about the topic and its mentions are painted', async () => {
    const page = await open(path);
    await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await launcher(page).getAttribute('data-verdict')).toBe('about');
    const hints = await paintedHints(page);
    expect(hints.some((hint) => hint.text.startsWith(word))).toBe(true);
    await page.close();
  });
});

describe('an off-topic page that shares words with the topic', () => {
  it('shows nothing: no UI host, no hints', async () => {
    const page = await open(OFF_TOPIC);
    await page.waitForTimeout(1500);
    expect(await page.locator('news-context-ui').count()).toBe(0);
    expect(await paintedHints(page)).toEqual([]);
    await page.close();
  });
});
