/**
 * Launches Debian's Firefox ESR with the built Firefox extension, for the Firefox browser tests.
 *
 * Why puppeteer-core over WebDriver BiDi: Playwright drives only its own patched Firefox, which this
 * machine cannot download, while puppeteer-core speaks the standard WebDriver BiDi protocol to the
 * stock Firefox ESR 140, and BiDi's `webExtension.install` (Firefox 138+) loads the unpacked,
 * unsigned `.output/firefox-mv2` as a temporary add-on, as about:debugging does. No signing and no
 * hand-made profile: ESR does honour `xpinstall.signatures.required=false`, but that route needs a
 * zipped .xpi placed in a profile's extensions folder, more moving parts for the same result.
 * Pinned to 24.43.1, the newest release whose `engines` accept our Node 20 (25.x wants 22.12+).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where `.ci/run` and the README tell people to install it. */
export const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The one line the Firefox tests fail with when no Firefox is found. */
export const MISSING_FIREFOX_MESSAGE =
  'Firefox not found: install it with `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH';

/** The Firefox build WXT writes (`wxt build -b firefox`). */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/**
 * Window size, px. Set with Firefox's own flags rather than `page.setViewport`: puppeteer's BiDi
 * viewport call also sends `emulation.setScreenOrientationOverride`, which Firefox 140 rejects.
 */
const WINDOW = { width: 1280, height: 800 };

/** How long `browser.close()` may take, ms, before the process is killed (a stuck close must not leak). */
const CLOSE_TIMEOUT_MS = 10_000;

/** The Firefox binary to use: `FIREFOX_PATH`, else Debian's ESR; throws the one-line message when missing. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.FIREFOX_PATH || DEFAULT_FIREFOX_PATH;
  if (!existsSync(path)) throw new Error(MISSING_FIREFOX_MESSAGE);
  return path;
}

/** Throws one line when the Firefox build is missing (the tests run on the build, never skip). */
export function assertFirefoxBuild(extensionDir: string = FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${extensionDir}: run \`npm test\` (it builds both) or \`npm run build:firefox\`.`,
    );
  }
}

/** A running Firefox with the extension installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's `browser_specific_settings.gecko.id`). */
  extensionId: string;
  /** Opens a new tab. */
  newPage(): Promise<Page>;
  /** Closes Firefox (killing it if the close stalls) and removes the temporary profile. */
  close(): Promise<void>;
}

async function closeOrKill(browser: Browser): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<void>((done) => (timer = setTimeout(done, CLOSE_TIMEOUT_MS)));
  await Promise.race([browser.close().catch(() => undefined), stalled]);
  clearTimeout(timer);
  const child = browser.process();
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Starts headless Firefox on a new temporary profile and installs the extension as a temporary add-on. */
export async function launchFirefoxWithExtension(
  extensionDir: string = FIREFOX_EXTENSION_DIR,
): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  assertFirefoxBuild(extensionDir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'news-context-firefox-'));
  const removeProfile = () => rm(userDataDir, { recursive: true, force: true });
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      userDataDir,
      headless: true,
      defaultViewport: null,
      args: [`--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
    });
    const extensionId = await browser.installExtension(extensionDir);
    const running = browser;
    return {
      browser: running,
      extensionId,
      newPage: () => running.newPage(),
      async close() {
        await closeOrKill(running);
        await removeProfile();
      },
    };
  } catch (error) {
    if (browser) await closeOrKill(browser);
    await removeProfile();
    throw error;
  }
}
