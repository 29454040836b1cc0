/** Robustness: pages that are huge in bytes, depth or node count. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINT_WINDOW_MAX } from '@/platform/paint-window';
import { bigArticlePage, DEEP_LEVELS, deepNestingPage, manyTextNodesPage, TEXT_NODE_COUNT } from './pages/big';
import { readProbe, type ProbedHint } from './support/probe';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import { check } from './support/verdicts';

/** How long the 5 MB page may take to paint the hints near a new scroll position, ms. */
const SCROLL_PAINT_TIMEOUT_MS = 5000;

/** Reads `read` until `done` holds or `timeoutMs` passes; returns the last reading. */
async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Hints painted inside `container` (an element id), read through the probe. */
async function hintsIn(page: Page, container: string): Promise<number> {
  const hints = await readProbe<ProbedHint[]>(page, 'hints');
  return hints.filter((hint) => hint.container === container).length;
}

let session: Session;
const table = createResultTable('1-size');

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await table.write();
  await session?.close();
});

describe('huge pages', () => {
  it('a 5 MB article is scanned and painted without freezing the page', async () => {
    const checks = await runCase(session, table, {
      name: '5 MB article',
      path: '/size/big.html',
      page: bigArticlePage(),
      expectLauncher: true,
      verify: async (seen, page) => {
        const atTop = seen.hints.length;
        const endBefore = await hintsIn(page, 'end');
        await page.evaluate(() => document.getElementById('end')?.scrollIntoView());
        const endAfter = await poll(
          () => hintsIn(page, 'end'),
          (n) => n > 0,
          SCROLL_PAINT_TIMEOUT_MS,
        );
        return [
          check(
            'hints near the viewport only',
            atTop > 20 && atTop <= PAINT_WINDOW_MAX && endBefore === 0,
            `${atTop} hints at the top, ${endBefore} at the end`,
          ),
          check('scrolling to the end paints the hints there', endAfter > 0, `${endAfter} hints in the last paragraph`),
          check('launcher shown', seen.launcherVisible),
        ];
      },
      notes:
        'Over 1,500 ranges, only hints within a screen of the viewport are painted, and scrolling repaints them ' +
        '(platform/paint-window.ts): Chromium revalidates every highlight range on each change.',
    });
    expect(failures(checks)).toEqual([]);
  });

  it(`${DEEP_LEVELS}-level deep nesting is read to the bottom`, async () => {
    const checks = await runCase(session, table, {
      name: `${DEEP_LEVELS}-level nesting`,
      path: '/size/deep.html',
      page: deepNestingPage(),
      expectLauncher: true,
      verify: (seen) => {
        const deep = seen.hints.filter((hint) => hint.container === 'deep').length;
        const bottom = seen.hints.filter((hint) => hint.container === 'bottom').length;
        return [check('hints at every depth, down to the bottom', deep >= 10 && bottom > 0, `${deep} + ${bottom}`)];
      },
      notes:
        'Built by script (the HTML parser caps nesting at 512). 1,000 block levels, then inline: Chromium ' +
        `itself crashes on 5,000 nested blocks, with or without the extension.`,
    });
    expect(failures(checks)).toEqual([]);
  });

  it(`${TEXT_NODE_COUNT.toLocaleString('en')} text nodes that split words are read whole`, async () => {
    const checks = await runCase(session, table, {
      name: `${TEXT_NODE_COUNT.toLocaleString('en')} text nodes`,
      path: '/size/nodes.html',
      page: manyTextNodesPage(),
      expectLauncher: true,
      verify: (seen) => {
        const split = seen.hints.filter((hint) => hint.container === 'nodes');
        const whole = split.filter((hint) => hint.text === 'North Korean troops');
        return [
          check(
            'mentions across text nodes painted whole',
            whole.length > 3,
            `${whole.length} of ${split.length} hints`,
          ),
        ];
      },
      notes: `Adjacent text nodes split mid-word ("Nor" + "th Korean tro" + "ops").`,
    });
    expect(failures(checks)).toEqual([]);
  });
});
