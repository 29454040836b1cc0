/**
 * Reads and drives the reader UI the way a person would, through the documented testing hooks:
 * the `news-context-ui` host (open shadow root), the launcher's `data-mention-count` and
 * `data-verdict`, panel rows' `data-entity-id`, and the painted ranges in `CSS.highlights`.
 */
import type { Locator, Page } from 'playwright-core';
import { HIGHLIGHT_NAMES as STYLE_NAMES, PAINTED_STYLES } from '@/platform/highlighter/hint-styles';

/** The highlight names the extension paints mentions with, in every hint style (the focus layer left out). */
export const HIGHLIGHT_NAMES: readonly string[] = PAINTED_STYLES.flatMap((style) => [
  STYLE_NAMES[style].plain,
  STYLE_NAMES[style].figure,
]);

export interface ReaderState {
  verdict: string | null;
  mentionCount: number;
  entities: Array<{ id: string; name: string; count: number }>;
}

/** The launcher badge inside the shadow root (Playwright pierces open shadow roots). */
export function launcher(page: Page): Locator {
  return page.locator('news-context-ui [data-mention-count]');
}

/** The side panel region. */
export function panel(page: Page): Locator {
  return page.locator('news-context-ui [role="complementary"]');
}

/** The hint card. */
export function card(page: Page): Locator {
  return page.locator('news-context-ui [role="dialog"]');
}

/** Waits for the launcher and reads the verdict, count and per-entity counts it shows. */
export async function readReaderState(page: Page): Promise<ReaderState> {
  const badge = launcher(page);
  await badge.waitFor({ state: 'visible', timeout: 15_000 });
  const verdict = await badge.getAttribute('data-verdict');
  const mentionCount = Number(await badge.getAttribute('data-mention-count'));
  await openPanel(page);
  const rows = panel(page).locator('[data-entity-id]');
  const entities = await rows.evaluateAll((elements) =>
    elements.map((el) => ({
      id: el.getAttribute('data-entity-id') ?? '',
      name: el.getAttribute('data-entity-name') ?? el.textContent ?? '',
      count: Number(el.getAttribute('data-count') ?? 0),
    })),
  );
  await closePanel(page);
  return { verdict, mentionCount, entities };
}

/** Opens the side panel from the launcher, unless it is open already. */
export async function openPanel(page: Page): Promise<void> {
  if (await panel(page).isVisible()) return;
  await launcher(page).click();
  await panel(page).waitFor({ state: 'visible' });
}

/** Closes the side panel with its close button, if it is open. */
export async function closePanel(page: Page): Promise<void> {
  if (!(await panel(page).isVisible())) return;
  await panel(page).getByRole('button', { name: /close/i }).first().click();
  await panel(page).waitFor({ state: 'hidden' });
}

/** The painted ranges' text and client rects, read from the page's highlight registry. */
export async function paintedHints(page: Page): Promise<Array<{ text: string; x: number; y: number }>> {
  return page.evaluate((names) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const hints: Array<{ text: string; x: number; y: number }> = [];
    for (const name of names) {
      for (const range of registry?.get(name) ?? []) {
        const rect = range.getClientRects()[0];
        if (rect) hints.push({ text: range.toString(), x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
    }
    return hints.sort((a, b) => a.y - b.y || a.x - b.x);
  }, HIGHLIGHT_NAMES);
}

/** How long the card's entrance transition takes, ms (see components/styles/card.css), before a screenshot. */
const CARD_SETTLE_MS = 400;

/** Hovers the first painted hint in the viewport (the first reading `text`, if given) and waits for its card. */
export async function openFirstCard(page: Page, text?: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const inView = (await paintedHints(page)).filter((hint) => hint.y > 0 && hint.y < viewport.height);
  const first = inView.find((hint) => text === undefined || hint.text === text) ?? inView[0];
  if (!first) throw new Error('no painted hint in the viewport');
  await page.mouse.move(first.x, first.y);
  await card(page).waitFor({ state: 'visible' });
  await page.waitForTimeout(CARD_SETTLE_MS);
}
