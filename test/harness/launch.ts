/** Launches Chromium with the built extension loaded, for tests, the demo and the benchmark. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './chromium';

/** The Chrome build WXT writes. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * Flags from the machine notes: without the background-networking ones Chromium keeps trying to
 * reach Google's hosts, which this machine refuses.
 */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  /** Reuse a profile (to test that settings survive a restart). A new temporary one otherwise. */
  userDataDir?: string;
  /** Show a window (the demo with a display). */
  headed?: boolean;
  /** Emulate `prefers-color-scheme`. */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  extensionDir?: string;
  /** More Chromium switches. */
  args?: readonly string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Opens one of the extension's pages (`popup.html`, `options.html`) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; removes the profile unless it was passed in. */
  close(): Promise<void>;
}

/** Starts Chromium with the extension and waits for its service worker to learn the extension id. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'news-context-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: !options.headed,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      ...QUIET_FLAGS,
      ...(options.args ?? []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (ownsProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
