/** Robustness: pages that remove our UI, rewrite themselves, or patch builtins. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentWritePage, patchedArrayPage, patchedCssPage, patchedNodePage, uiRemovalPage } from './pages/hostile';
import { card, launcher, paintedHints } from '../../harness/reader';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import { check } from './support/verdicts';

let session: Session;
const table = createResultTable('5-hostile');

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await table.write();
  await session?.close();
});

describe('hostile pages', () => {
  it('a page that removes the UI host is left in peace', async () => {
    const checks = await runCase(session, table, {
      name: 'page removes `news-context-ui`',
      path: '/hostile/remove-ui.html',
      page: uiRemovalPage(),
      expectLauncher: false,
      readyWithExtension: 'window.__removedUi > 0',
      verify: async (seen, page) => {
        await page.waitForTimeout(1000);
        const removals = await page.evaluate(() => (window as unknown as { __removedUi: number }).__removedUi);
        return [
          check('hints stay', seen.hints.length > 10),
          check('no fight over the host', removals === 1, `${removals} removals`),
        ];
      },
      notes:
        'Decision: the extension does not put its UI back (no tug of war with the page). Hints stay; the ' +
        'launcher, panel and hover cards lived in the removed host, so the reader sees hints only.',
    });
    expect(failures(checks)).toEqual([]);
  });

  it('a page that rewrites itself with document.open/write after load keeps working', async () => {
    const checks = await runCase(session, table, {
      name: '`document.open()`/`write()` after load',
      path: '/hostile/rewrite.html',
      page: documentWritePage(),
      expectLauncher: false,
      ready: 'window.__rewritten === true',
      verify: async (seen, page) => {
        const launcherBack = await launcher(page).isVisible();
        const hint = (await paintedHints(page)).find((h) => h.y > 0 && h.y < 700);
        if (hint) await page.mouse.move(hint.x, hint.y);
        const cardOpens = await card(page)
          .waitFor({ state: 'visible', timeout: 3000 })
          .then(
            () => true,
            () => false,
          );
        return [
          check(
            'hints on the rewritten page',
            seen.hints.some((h) => h.container === 'rewritten'),
          ),
          check('launcher shown on the rewritten page', launcherBack),
          check('hover card opens on the rewritten page', cardOpens),
        ];
      },
      notes:
        'The rewrite replaces the root element and erases every event listener, ours too: the reader ' +
        'mounts its UI again in the new root and listens again, and the new text is scanned and painted.',
    });
    expect(failures(checks)).toEqual([]);
  });

  it.each([
    ['Node.prototype (appendChild, insertBefore, textContent)', '/hostile/node.html', patchedNodePage()],
    ['Array.prototype (map, push, Symbol.iterator, an enumerable method)', '/hostile/array.html', patchedArrayPage()],
    ['window.CSS and Highlight deleted and replaced', '/hostile/css.html', patchedCssPage()],
  ])('a page that patches %s is not affected, nor affects us', async (what, path, page) => {
    const checks = await runCase(session, table, {
      name: `page patches ${what}`,
      path,
      page,
      expectLauncher: true,
      verify: (seen) => [check('hints painted', seen.hints.length > 10, `${seen.hints.length}`)],
      notes:
        'The content script runs in an isolated world with its own builtins and DOM wrappers, so page ' +
        'patches never reach it (the page counts its patched calls: only its own).',
    });
    expect(failures(checks)).toEqual([]);
  });
});
