/** Robustness: editors and form fields, SVG text, right-to-left scripts, a top-most overlay. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcher, panel } from '../../harness/reader';
import { editorsPage, MAX_Z_INDEX, overlayPage, rightToLeftPage, svgTextPage } from './pages/content';
import { createResultTable } from './support/results';
import { failures, runCase } from './support/run-case';
import { startSession, type Session } from './support/session';
import { check } from './support/verdicts';

let session: Session;
const table = createResultTable('4-content');

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await table.write();
  await session?.close();
});

describe('unusual content', () => {
  it('editors and form fields are never touched or painted; focus and caret stay put', async () => {
    const checks = await runCase(session, table, {
      name: 'contenteditable editor, input, textarea',
      path: '/content/editors.html',
      page: editorsPage(),
      expectLauncher: true,
      verify: (seen) => {
        const inEditor = seen.hints.filter((hint) => hint.inEditor).length;
        return [
          check(
            'hints on the article',
            seen.hints.some((hint) => hint.container === 'story'),
          ),
          check('no hints inside editors or fields', inEditor === 0, `${inEditor}`),
        ];
      },
      notes: 'Editable regions are skipped whole: painting inside editors breaks them (draft-js#616).',
    });
    expect(failures(checks)).toEqual([]);
  });

  it('SVG <text> is left alone', async () => {
    const checks = await runCase(session, table, {
      name: 'SVG `<text>`',
      path: '/content/svg.html',
      page: svgTextPage(),
      expectLauncher: true,
      verify: (seen) => [
        check(
          'hints on the article',
          seen.hints.some((hint) => hint.container === 'story'),
        ),
        check('no hints in SVG (documented)', !seen.hints.some((hint) => hint.inSvg)),
      ],
      notes: 'Not shown in SVG: chart labels are not sentences, and SVG text is skipped by design (element-rules.ts).',
    });
    expect(failures(checks)).toEqual([]);
  });

  it('names inside right-to-left paragraphs and mixed scripts get hints', async () => {
    const checks = await runCase(session, table, {
      name: 'right-to-left (Arabic, Hebrew) and mixed scripts',
      path: '/content/rtl.html',
      page: rightToLeftPage(),
      expectLauncher: true,
      verify: (seen) => {
        const where = (id: string) => seen.hints.filter((hint) => hint.container === id).map((hint) => hint.text);
        const mixed = where('mixed');
        return [
          check('English names inside Arabic text', where('arabic').includes('North Korean troops')),
          check('English names inside Hebrew text', where('hebrew').includes('North Korean soldiers')),
          check('Korean and Russian names', mixed.includes('김정은') && mixed.includes('Ким Чен Ын'), mixed.join(', ')),
        ];
      },
      notes:
        'Arabic and Hebrew words themselves get no hints: the corpus has no Arabic or Hebrew aliases. ' +
        'Hints follow the bidi layout (ranges, not boxes).',
    });
    expect(failures(checks)).toEqual([]);
  });

  it(`an overlay at z-index ${MAX_Z_INDEX} keeps working above our UI, which works again once it closes`, async () => {
    const checks = await runCase(session, table, {
      name: `overlay at \`z-index: ${MAX_Z_INDEX}\``,
      path: '/content/overlay.html',
      page: overlayPage(),
      expectLauncher: true,
      verify: async (seen, page) => {
        const box = await launcher(page).boundingBox();
        const center = box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : { x: 0, y: 0 };
        const covered = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id === 'overlay', center);
        await page.locator('#overlay-close').click();
        const closed = await page.evaluate(() => (window as unknown as { __overlayClosed: boolean }).__overlayClosed);
        await page.mouse.click(center.x, center.y);
        const panelOpen = await panel(page)
          .waitFor({ state: 'visible', timeout: 5000 })
          .then(
            () => true,
            () => false,
          );
        return [
          check('hints painted', seen.hints.length > 10),
          check('the overlay stays on top and its own button works', covered && closed),
          check('launcher works once the overlay is closed', panelOpen),
        ];
      },
      notes:
        'Decision: the page stays in charge. Our UI stacks just below the largest z-index (tokens.css: ' +
        '"above almost any page chrome"), so a page overlay at the maximum covers the launcher until the ' +
        'reader closes it; then the launcher works. Nothing of the page breaks.',
    });
    expect(failures(checks)).toEqual([]);
  });
});
