/** Robustness: a strict CSP, shadow roots, iframes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcher, openPanel, panel } from '../../harness/reader';
import { framedPage, framesPage, shadowRootsPage, STRICT_CSP, strictCspPage } from './pages/isolation';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import { check } from './support/verdicts';

let session: Session;
const table = createResultTable('3-isolation');

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await table.write();
  await session?.close();
});

describe('pages that wall parts of themselves off', () => {
  it('a strict CSP (default-src none) still gets hints and a working, styled UI', async () => {
    const checks = await runCase(session, table, {
      name: "strict CSP (`default-src 'none'`)",
      path: '/isolation/csp.html',
      page: { body: strictCspPage(), headers: { 'content-security-policy': STRICT_CSP } },
      expectLauncher: true,
      verify: async (seen, page) => {
        const fixed = await launcher(page).evaluate(
          (el) => getComputedStyle(el.closest('.nc-launcher') ?? el).position,
        );
        await openPanel(page);
        const panelOpen = await panel(page).isVisible();
        const field = await page.evaluate(() => (document.getElementById('field') as HTMLInputElement).value);
        return [
          check('hints painted', seen.hints.length > 10, `${seen.hints.length}`),
          check('UI styled and usable', fixed === 'fixed' && panelOpen, `launcher position ${fixed}`),
          check('page DOM read back (from the test)', field === 'North Korean troops'),
        ];
      },
      notes: 'The page can run no script of its own, so the test reads it back instead.',
    });
    expect(failures(checks)).toEqual([]);
  });

  it('text in open shadow roots gets hints; closed shadow roots are left alone', async () => {
    const checks = await runCase(session, table, {
      name: 'custom elements, open and closed shadow roots',
      path: '/isolation/shadow.html',
      page: shadowRootsPage(),
      expectLauncher: true,
      verify: (seen) => {
        const inOpen = seen.hints.filter((hint) => hint.inShadow && !hint.inClosedShadow);
        const containers = new Set(inOpen.map((hint) => hint.container));
        const inClosed = seen.hints.filter((hint) => hint.inClosedShadow).length;
        const slotted = seen.hints.filter((hint) => hint.container === 'slotted').length;
        return [
          check('hints in open roots (nested too)', containers.has('open-text') && containers.has('nested-text')),
          check('hints on slotted light DOM', slotted > 0),
          check('nothing in closed roots', inClosed === 0, `${inClosed}`),
        ];
      },
      notes: 'Closed shadow roots are private by design: their text is not read and gets no hints.',
    });
    expect(failures(checks)).toEqual([]);
  });

  it('same-origin and cross-origin iframes keep working and are not read', async () => {
    session.route('/frames/same.html', framedPage(21, 'same-story'));
    session.route('/frames/cross.html', framedPage(22, 'cross-story'));
    const checks = await runCase(session, table, {
      name: 'same-origin and cross-origin iframes',
      path: '/isolation/frames.html',
      page: framesPage(session.crossOrigin),
      expectLauncher: true,
      verify: async (seen, page) => {
        const frames = page.frames().slice(1);
        const painted = await Promise.all(
          frames.map((frame) =>
            frame.evaluate(() => (window as unknown as { __ncProbe: { hintCount(): string } }).__ncProbe.hintCount()),
          ),
        );
        const crossOk = await frames[1]?.evaluate(() => (window as unknown as { __checkPage(): string }).__checkPage());
        return [
          check(
            'hints in the top document',
            seen.hints.some((hint) => hint.container === 'story'),
          ),
          check('both frames loaded and unchanged', frames.length === 2 && JSON.parse(crossOk ?? '{}').ok === true),
          check(
            'no hints inside frames (documented)',
            painted.every((count) => count === '0'),
            painted.join(),
          ),
        ];
      },
      notes:
        'Not shown inside iframes: the content script runs in the top frame only (no `all_frames`), so ' +
        'embedded frames (ads, comment widgets, video players) are never read or painted.',
    });
    expect(failures(checks)).toEqual([]);
  });
});
