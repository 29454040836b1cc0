/**
 * One robustness session: Chromium with the built extension, a plain Chromium with no extension (the
 * control), and a fixture server reachable as two origins (127.0.0.1 and localhost on the same port,
 * which the browser treats as cross-origin). Issues are gathered from the extension's service worker
 * for the whole session.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium } from '../../../harness/chromium';
import { launchWithExtension, QUIET_FLAGS, type ExtensionBrowser } from '../../../harness/launch';
import { serveFixtures, type FixtureServer, type InlinePage } from '../../../harness/serve';

/** The viewport both browsers use (launchWithExtension's default). */
export const VIEWPORT = { width: 1280, height: 800 };

/** Browsers, server and the service worker's issues for one test file. */
export interface Session {
  extension: ExtensionBrowser;
  control: BrowserContext;
  server: FixtureServer;
  /** The server as a second origin: same port, host `localhost`. */
  crossOrigin: string;
  /** Errors and warnings the extension's service worker logged or threw. */
  workerIssues: string[];
  /** Serves `page` at `path`. */
  route(path: string, page: string | InlinePage): void;
  close(): Promise<void>;
}

/** Starts both browsers and the server. */
export async function startSession(): Promise<Session> {
  const server = await serveFixtures(import.meta.dirname);
  server.route('/favicon.ico', { body: '', headers: { 'content-type': 'image/x-icon' } });
  const extension = await launchWithExtension({ viewport: VIEWPORT });
  const controlBrowser: Browser = await chromium.launch({ executablePath: findChromium(), args: QUIET_FLAGS });
  const control = await controlBrowser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
  const workerIssues: string[] = [];
  extension.worker.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') workerIssues.push(message.text());
  });
  // Page errors reach each page's own listener; an error with no page came from the extension's worker.
  extension.context.on('weberror', (error) => {
    if (error.page() === null) workerIssues.push(String(error.error()));
  });
  return {
    extension,
    control,
    server,
    crossOrigin: server.origin.replace('127.0.0.1', 'localhost'),
    workerIssues,
    route: (path, page) => server.route(path, typeof page === 'string' ? { body: page } : page),
    async close() {
      await extension.close();
      await controlBrowser.close();
      await server.close();
    },
  };
}
