/**
 * A single-page app in memory for the lifecycle tests: `showPage(n)` pushes `/spa/n` and replaces
 * the `<main>` content with six new paragraphs about the topic (different figures each time), so
 * every navigation gives the extension new text, new mentions and a new set of nodes to paint.
 * The page's own script keeps nothing from one page to the next.
 */
import type { Page } from 'playwright-core';

/** The path the app is served at (its first page). */
export const SPA_PATH = '/spa/0';

/** The app's HTML. */
export const SPA_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>War desk</title></head>
<body><header><h1>War desk</h1></header><main data-page="0"></main>
<script>
  function paragraphs(n) {
    return Array.from({ length: 6 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = 'Update ' + n + '.' + i + ': North Korean troops fought alongside Russian forces in the ' +
        'Kursk region against Ukraine. Kim Jong-un sent about ' + (10000 + n * 10 + i) + ' soldiers and ' +
        'millions of artillery shells to Russia for its war, South Korea\\'s NIS said. Ukraine says North ' +
        'Korean soldiers were killed near Kursk; Pyongyang and Moscow signed a mutual defence treaty.';
      return p;
    });
  }
  window.showPage = (n) => {
    if (n > 0) history.pushState({}, '', '/spa/' + n);
    const main = document.querySelector('main');
    main.dataset.page = String(n);
    main.replaceChildren(...paragraphs(n));
  };
  showPage(0);
</script></body></html>`;

/** Navigates the app to page `n` and waits until the hints are painted on that page's text only. */
export async function showSpaPage(page: Page, n: number): Promise<void> {
  await page.evaluate((to) => (window as unknown as { showPage(n: number): void }).showPage(to), n);
  await page.waitForFunction(
    (to) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges = [...registry].flatMap(([name, h]) => (name.startsWith('news-context') ? [...h] : []));
      return (
        ranges.length > 0 &&
        ranges.every((r) => r.startContainer.parentElement?.closest('main')?.dataset.page === String(to))
      );
    },
    n,
    { timeout: 10_000 },
  );
}
