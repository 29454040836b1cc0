/** Robustness: pages that are huge in bytes, depth or node count. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAINT_WINDOW_MAX } from '@/platform/paint-window';
import { bigArticlePage, DEEP_LEVELS, deepNestingPage, manyTextNodesPage, TEXT_NODE_COUNT } from './pages/big';
import { readProbe, type ProbedHint } from './support/probe';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import type { Observation } from './support/observe';
import { LONG_TASK_MS } from './support/trace';
import { check, type Check } from './support/verdicts';

/**
 * CPU budget for a task without our script that the control run does not match, ms: no freeze. On
 * pages this size the page's own parse and layout tasks run to hundreds of ms and vary as much
 * between two runs on a busy machine, so matching them against the control is loose; the browser's
 * own work after ours (a full garbage collection of the heap the page shares with the content script,
 * compositing when hints appear) takes 50–90 ms. Tasks that run our script are held to
 * `OWN_TASK_BUDGET_MS` (see `ownTaskCheck`).
 */
const HUGE_PAGE_BUDGET_MS = 1000;
/** CPU budget for a task in which our script ran (start-up aside), ms; our script itself stays under 50 ms. */
const OWN_TASK_BUDGET_MS = 100;

/** What the table says about the budgets. */
const HUGE_PAGE_NOTE =
  `Here a task that runs our script is held to ${OWN_TASK_BUDGET_MS} ms of CPU with under ${LONG_TASK_MS} ms of our ` +
  `script in it; other added tasks to ${HUGE_PAGE_BUDGET_MS} ms (no freeze): the page's own parse and layout vary by ` +
  "hundreds of ms between runs, and the browser's garbage collection and compositing after hints appear take 50–90 ms.";

/** Every task in which our script ran (start-up aside): under the task budget, with under 50 ms of our script. */
function ownTaskCheck(seen: Observation): Check {
  const ours = seen.cpuTasks.filter((task) => !task.isExtensionStart && task.extensionCpuMs > 0);
  const long = ours.filter((task) => task.cpuMs >= OWN_TASK_BUDGET_MS || task.extensionCpuMs >= LONG_TASK_MS);
  const detail = long.map((task) => `${Math.round(task.cpuMs)} ms (script of ours ${Math.round(task.extensionCpuMs)})`);
  return check(
    `no task with our script over ${OWN_TASK_BUDGET_MS} ms, or with ${LONG_TASK_MS} ms of it`,
    long.length === 0,
    detail.join(', '),
  );
}

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
      taskBudgetMs: HUGE_PAGE_BUDGET_MS,
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
          ownTaskCheck(seen),
        ];
      },
      notes:
        'Over 1,500 ranges, only hints within a screen of the viewport are painted, and scrolling repaints them ' +
        `(platform/paint-window.ts): Chromium revalidates every highlight range on each change. ${HUGE_PAGE_NOTE}`,
    });
    expect(failures(checks)).toEqual([]);
  });

  it(`${DEEP_LEVELS}-level deep nesting is read to the bottom`, async () => {
    const checks = await runCase(session, table, {
      name: `${DEEP_LEVELS}-level nesting`,
      path: '/size/deep.html',
      page: deepNestingPage(),
      expectLauncher: true,
      taskBudgetMs: HUGE_PAGE_BUDGET_MS,
      verify: (seen) => {
        const deep = seen.hints.filter((hint) => hint.container === 'deep').length;
        const bottom = seen.hints.filter((hint) => hint.container === 'bottom').length;
        return [
          check('hints at every depth, down to the bottom', deep >= 10 && bottom > 0, `${deep} + ${bottom}`),
          ownTaskCheck(seen),
        ];
      },
      notes:
        'Built by script (the HTML parser caps nesting at 512). 1,000 block levels, then inline: Chromium ' +
        `itself crashes on 5,000 nested blocks, with or without the extension. ${HUGE_PAGE_NOTE}`,
    });
    expect(failures(checks)).toEqual([]);
  });

  it(`${TEXT_NODE_COUNT.toLocaleString('en')} text nodes that split words are read whole`, async () => {
    const checks = await runCase(session, table, {
      name: `${TEXT_NODE_COUNT.toLocaleString('en')} text nodes`,
      path: '/size/nodes.html',
      page: manyTextNodesPage(),
      expectLauncher: true,
      taskBudgetMs: HUGE_PAGE_BUDGET_MS,
      verify: (seen) => {
        const split = seen.hints.filter((hint) => hint.container === 'nodes');
        const whole = split.filter((hint) => hint.text === 'North Korean troops');
        return [
          check(
            'mentions across text nodes painted whole',
            whole.length > 3,
            `${whole.length} of ${split.length} hints`,
          ),
          ownTaskCheck(seen),
        ];
      },
      notes: `Adjacent text nodes split mid-word ("Nor" + "th Korean tro" + "ops"). ${HUGE_PAGE_NOTE}`,
    });
    expect(failures(checks)).toEqual([]);
  });
});
