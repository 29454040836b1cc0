/** Robustness: pages that keep changing after load. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPA_ROUTES, spaPage, TICKER_RUN_MS, tickerPage } from './pages/dynamic';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import { check } from './support/verdicts';

let session: Session;
const table = createResultTable('2-dynamic');

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await table.write();
  await session?.close();
});

describe('pages that change all the time', () => {
  it('a ticker that mutates the DOM every 10 ms keeps its pace, and its last text gets hints', async () => {
    const checks = await runCase(session, table, {
      name: `live ticker (every 10 ms for ${TICKER_RUN_MS / 1000} s)`,
      path: '/dynamic/ticker.html',
      page: tickerPage(),
      expectLauncher: true,
      ready: 'window.__tickerDone === true',
      verify: (seen) => {
        const ticker = seen.hints.filter((hint) => hint.container.startsWith('ticker')).length;
        const story = seen.hints.filter((hint) => hint.container === 'story').length;
        return [check('hints on the article and the ticker', story > 10 && ticker > 0, `${story} + ${ticker}`)];
      },
      notes:
        'Mutations are batched: at most one rescan of the changed block every 250 ms, so the ticker is ' +
        'read about 40 times, not 1,000.',
    });
    expect(failures(checks)).toEqual([]);
  });

  it(`an SPA that swaps its content with history.pushState ${SPA_ROUTES} times ends with hints on the last view`, async () => {
    const checks = await runCase(session, table, {
      name: `SPA, ${SPA_ROUTES} × pushState`,
      path: '/dynamic/spa.html',
      page: spaPage(),
      expectLauncher: true,
      ready: 'window.__spaDone === true',
      verify: (seen) => {
        const last = seen.hints.filter((hint) => hint.container === `route-${SPA_ROUTES}`).length;
        const stale = seen.hints.filter((hint) => hint.container.startsWith('route-') && !hint.visible).length;
        return [
          check('hints on the last view only', last > 0 && stale === 0, `${last} on the last view, ${stale} stale`),
        ];
      },
      notes: 'Each pushState is seen with the DOM change that follows it; the page state is dropped and rescanned.',
    });
    expect(failures(checks)).toEqual([]);
  });
});
