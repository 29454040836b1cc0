/**
 * Popup first paint, next to the floor of the method. The built extension is copied with one more page,
 * `floor.html` (one word, no script, no stylesheet), and loaded into a fresh Chromium; each run opens
 * `popup.html` and `floor.html` as tabs of the extension (`openExtensionPage`), in alternating order,
 * and reads their `first-contentful-paint` entries, ms from navigation start. Nothing in the popup
 * knows it is measured.
 *
 * Why the floor: opening any extension page as a tab costs, before a line of ours runs, a navigation
 * through the browser process, a renderer commit, a frame and the software compositor's draw
 * (headless, `--disable-gpu`): 50–80 ms for the blank page on this 2-core machine when it is quiet,
 * 100 ms and more while other builds share it. Flags did not lower it: in one run of 10 opens each
 * (2026-11-22) the blank page's median was 68 ms with no flag, 88 with `--disable-frame-rate-limit`,
 * 92 with `--disable-gpu-vsync` and 96 with `--run-all-compositor-stages-before-draw`. So the popup's
 * number is printed beside the floor's from the same browser, and its cost over the floor is the
 * median of the per-run differences, which the machine's load moves much less.
 *
 * Two timestamps of the same entry: `startTime` is Chromium's presentation time (pixels on screen,
 * coarsened to 4 ms: the values are multiples of 4), the number the target is about; `paintTime`
 * (Chromium 144+) is when the renderer finished the rendering update, before the compositor's part.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { summarize, type Summary } from './stats';

/** Longest wait for a paint entry, ms. */
const PAINT_TIMEOUT_MS = 10_000;

/** The popup's own size (components/popup/popup.css), as Chrome's toolbar popup would show it. */
const POPUP_VIEWPORT = { width: 380, height: 600 };

/** The trivial extension page: what any page opened this way costs at least. */
const FLOOR_PAGE = 'floor.html';
const FLOOR_HTML = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Floor</title><p>News</p></html>\n';

/**
 * Waits for `first-contentful-paint` and returns its presentation and paint times (source, see
 * `ext-page.ts`); NaN for either when missing.
 */
const READ_FCP = `(timeout) => new Promise((resolve) => {
  const started = performance.now();
  const poll = () => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    if (entry) resolve({ presented: entry.startTime, painted: entry.paintTime ?? NaN });
    else if (performance.now() - started > timeout) resolve({ presented: NaN, painted: NaN });
    else setTimeout(poll, 20);
  };
  poll();
})`;

interface PaintRead {
  presented: number;
  painted: number;
}

/** One page's first contentful paint over the runs. */
export interface PagePaint {
  /** When it reached the screen (the entry's `startTime`). */
  firstContentfulPaint: Summary;
  /** When the renderer finished the rendering update (`paintTime`). */
  paintTime: Summary;
}

/** The popup's first contentful paint, the floor's, and the popup's cost over the floor. */
export interface PopupPaint extends PagePaint {
  runs: number;
  floor: PagePaint;
  /** Per run: popup minus floor first contentful paint. */
  overFloor: Summary;
}

async function readPaint(ext: ExtensionBrowser, path: string): Promise<PaintRead> {
  const page = await ext.openExtensionPage(path);
  try {
    return (await page.evaluate(`(${READ_FCP})(${PAINT_TIMEOUT_MS})`)) as PaintRead;
  } finally {
    await page.close();
  }
}

function pagePaint(reads: readonly PaintRead[]): PagePaint {
  return {
    firstContentfulPaint: summarize(reads.map((read) => read.presented)),
    paintTime: summarize(reads.map((read) => read.painted)),
  };
}

/** Opens the built popup and the floor page `runs` times each, alternating, in a Chromium of their own. */
export async function benchPopupPaint(runs: number, extensionDir = EXTENSION_DIR): Promise<PopupPaint> {
  const copy = await mkdtemp(join(tmpdir(), 'news-context-popup-bench-'));
  await cp(extensionDir, copy, { recursive: true });
  await writeFile(join(copy, FLOOR_PAGE), FLOOR_HTML);
  const ext = await launchWithExtension({ extensionDir: copy, viewport: POPUP_VIEWPORT });
  try {
    const popup: PaintRead[] = [];
    const floor: PaintRead[] = [];
    for (let run = 0; run < runs; run += 1) {
      if (run % 2 === 0) floor.push(await readPaint(ext, FLOOR_PAGE));
      popup.push(await readPaint(ext, 'popup.html'));
      if (run % 2 === 1) floor.push(await readPaint(ext, FLOOR_PAGE));
    }
    const overFloor = popup.map((read, run) => read.presented - (floor[run]?.presented ?? Number.NaN));
    return { runs, ...pagePaint(popup), floor: pagePaint(floor), overFloor: summarize(overFloor) };
  } finally {
    await ext.close();
    await rm(copy, { recursive: true, force: true });
  }
}
