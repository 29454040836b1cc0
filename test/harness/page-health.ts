/**
 * What a page shows of the extension and of its own health: whether the UI host is there, how many
 * ranges are painted under the extension's highlight names, and every error the page reported.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launcher } from './reader';

/** The UI host and the painted ranges on a page. */
export interface ExtensionTraces {
  host: boolean;
  /** Ranges in every `CSS.highlights` entry whose name starts with `news-context`. */
  hints: number;
}

/** Reads the extension's traces from the page's own world. */
export function readTraces(page: Page): Promise<ExtensionTraces> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    let hints = 0;
    for (const [name, highlight] of registry) if (name.startsWith('news-context')) hints += highlight.size;
    return { host: document.querySelector('news-context-ui') !== null, hints };
  });
}

/** Resolves once the page has neither the UI host nor a painted range (without any input on the page). */
export async function waitForNoTraces(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const painted = [...registry].some(([name, highlight]) => name.startsWith('news-context') && highlight.size > 0);
      return !painted && document.querySelector('news-context-ui') === null;
    },
    undefined,
    { timeout },
  );
}

/** Resolves once at least one range is painted under the extension's highlight names. */
export async function waitForHints(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry].some(([name, highlight]) => name.startsWith('news-context') && highlight.size > 0);
    },
    undefined,
    { timeout },
  );
}

/** Collects the page's uncaught errors and console errors from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

/** Opens `url` in a new tab, collecting its errors, and waits until the reader shows its launcher and hints. */
export async function openReading(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await launcher(page).waitFor({ state: 'visible', timeout: 15_000 });
  await waitForHints(page);
  return { page, errors };
}
