/**
 * `npm run screenshots`: the README's pictures, made from the built extension on the demo article:
 * the hint card and the side panel in light and dark, on a desktop and a phone-sized viewport,
 * plus the popup and the options page.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../test/harness/launch';
import { openPopupFor } from '../test/harness/popup';
import { launcher, openFirstCard, openPanel } from '../test/harness/reader';
import { serveFixtures, type FixtureServer } from '../test/harness/serve';

const OUT_DIR = resolve(import.meta.dirname, '../docs/screenshots');
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } } as const;
const POPUP_VIEWPORT = { width: 380, height: 600 };

async function shootReader(
  server: FixtureServer,
  scheme: 'light' | 'dark',
  size: keyof typeof VIEWPORTS,
): Promise<void> {
  const browser = await launchWithExtension({ colorScheme: scheme, viewport: VIEWPORTS[size] });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/sample-article.html'));
    await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
    await openFirstCard(page, 'North Korean troops');
    await page.screenshot({ path: `${OUT_DIR}/card-${scheme}-${size}.png` });
    await page.keyboard.press('Escape');
    await openPanel(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT_DIR}/panel-${scheme}-${size}.png` });
  } finally {
    await browser.close();
  }
}

/** Opens the popup for the article tab, does `act`, and saves a screenshot named `name`. */
async function shootPopup(browser: ExtensionBrowser, name: string, act: (page: Page) => Promise<void>) {
  const page = await openPopupFor(browser);
  await page.setViewportSize(POPUP_VIEWPORT);
  await act(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT_DIR}/${name}.png` });
  await page.close();
}

async function shootPopupAndOptions(server: FixtureServer, scheme: 'light' | 'dark'): Promise<void> {
  const browser = await launchWithExtension({ colorScheme: scheme });
  try {
    const article = await browser.context.newPage();
    await article.goto(server.url('/sample-article.html'));
    await launcher(article).waitFor({ state: 'visible', timeout: 15_000 });
    await shootPopup(browser, `popup-search-${scheme}`, (page) => page.getByRole('combobox').fill('North Korean troops'));
    await shootPopup(browser, `popup-detail-${scheme}`, async (page) => {
      const box = page.getByRole('combobox');
      await box.fill('Zelenskyy 10,000');
      await page.getByRole('option').first().waitFor();
      await box.press('ArrowDown');
      await box.press('Enter');
    });
    await shootPopup(browser, `popup-site-${scheme}`, (page) => page.getByRole('tab', { name: 'This site' }).click());
    const options = await browser.openExtensionPage('options.html');
    await options.setViewportSize(VIEWPORTS.desktop);
    await options.screenshot({ path: `${OUT_DIR}/options-${scheme}.png`, fullPage: true });
  } finally {
    await browser.close();
  }
}

await mkdir(OUT_DIR, { recursive: true });
const server = await serveFixtures(resolve(import.meta.dirname, '../demo'));
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of ['desktop', 'mobile'] as const) await shootReader(server, scheme, size);
    await shootPopupAndOptions(server, scheme);
  }
  console.log(`Screenshots saved in ${OUT_DIR}`);
} finally {
  await server.close();
}
