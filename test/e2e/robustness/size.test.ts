/** Robustness: pages that are huge in bytes, depth or node count. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigArticlePage, DEEP_LEVELS, deepNestingPage, manyTextNodesPage, TEXT_NODE_COUNT } from './pages/big';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import { check } from './support/verdicts';

/**
 * The documented CPU budget per added task on these pages, ms: no freeze. Long tasks (over 50 ms) do
 * happen here and are listed in the table: the whole-page analysis (core/analyse-page.ts) runs as one
 * task, and the browser restyles and repaints thousands of highlight ranges at once.
 */
const HUGE_PAGE_BUDGET_MS = 1000;

/** What the table says about the long tasks left on these pages. */
const HUGE_PAGE_NOTE =
  'Documented: long tasks remain (listed below). The whole-page analysis runs as one task ' +
  '(core/analyse-page.ts; slicing it belongs in core), and the browser restyles the page and ' +
  'revalidates every highlight range when hints first appear. None comes near a freeze (budget 1 s of CPU).';

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
      verify: (seen) => [
        check('hints on the whole article', seen.hints.length > 1000, `${seen.hints.length} hints`),
        check('launcher shown', seen.launcherVisible),
      ],
      notes: `Every mention in the 5 MB text gets a hint. ${HUGE_PAGE_NOTE}`,
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
        return [check('hints at every depth, down to the bottom', deep >= 10 && bottom > 0, `${deep} + ${bottom}`)];
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
        return [check('mentions across text nodes painted whole', whole.length > 10, `${split.length} hints`)];
      },
      notes: `Adjacent text nodes split mid-word ("Nor" + "th Korean tro" + "ops"). ${HUGE_PAGE_NOTE}`,
    });
    expect(failures(checks)).toEqual([]);
  });
});
