/**
 * `npm run demo`: opens the built extension on a bundled sample article served on 127.0.0.1.
 * With a display it opens a browser window and waits until you close it; without one (CI, SSH)
 * it runs headless, saves screenshots and prints what the extension did.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension } from '../test/harness/launch';
import { readReaderState, openPanel, openFirstCard } from '../test/harness/reader';
import { serveFixtures } from '../test/harness/serve';

const DEMO_DIR = resolve(import.meta.dirname, '../demo');
const OUT_DIR = resolve(import.meta.dirname, '../artifacts/demo');
const ARTICLE = '/sample-article.html';

async function runHeaded(url: string): Promise<void> {
  const browser = await launchWithExtension({ headed: true });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`Opened ${url} with News Context loaded. Close the browser window to finish.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}

async function runHeadless(url: string): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const state = await readReaderState(page);
    await page.screenshot({ path: `${OUT_DIR}/1-article-with-hints.png` });
    await openFirstCard(page, 'North Korean troops');
    await page.screenshot({ path: `${OUT_DIR}/2-hint-card.png` });
    await page.keyboard.press('Escape');
    await openPanel(page);
    await page.screenshot({ path: `${OUT_DIR}/3-side-panel.png` });
    console.log(`News Context on ${url}`);
    console.log(`  verdict: ${state.verdict}; ${state.mentionCount} mentions of ${state.entities.length} entities`);
    for (const entity of state.entities) console.log(`  - ${entity.name}: ${entity.count}`);
    console.log(`Screenshots saved in ${OUT_DIR}`);
  } finally {
    await browser.close();
  }
}

const server = await serveFixtures(DEMO_DIR);
try {
  const url = server.url(ARTICLE);
  if (process.env.DISPLAY && !process.env.CI) await runHeaded(url);
  else await runHeadless(url);
} finally {
  await server.close();
}
