/**
 * Popup first paint, in the toolbar popup itself and next to two references. The built extension is
 * copied with two more pages: `blank.html` (one word, no script, no stylesheet: what any popup costs
 * at least) and `own-html.html` (the built `popup.html` without its script tags: the popup's own first
 * view and stylesheets, which no script of ours can make faster). A tab of the extension opens each
 * page in turn as the real toolbar popup (`action.setPopup`, `action.openPopup`), in shuffled order,
 * and reads the popup's `first-contentful-paint` entry through `extension.getViews`. Nothing in the
 * popup knows it is measured.
 *
 * The entry's `startTime` is Chromium's presentation time (pixels on screen, ms from the popup's
 * navigation start). Chrome shows a popup once its page has loaded and been resized to its content,
 * then waits for a frame at that size, so the times fall on the display's frames (about 16.7 ms
 * apart): 64 ms for the blank popup on this 2-core machine, with software compositing. Chromium gets
 * a 1600 × 1000 screen (`--screen-info`): on headless Chromium's default 800 × 600 screen a popup may
 * be at most 510 px high, and ours (600 px) would scroll.
 *
 * Also measured, as the bench did before: `popup.html` opened as a tab beside the blank page. A tab
 * paints what the page has as soon as it is parsed; the toolbar popup waits for the page to load.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../harness/launch';
import { summarize, type Summary } from './stats';

/** Longest wait for a paint entry, ms. */
const PAINT_TIMEOUT_MS = 10_000;

/** A desktop screen, so the popup gets the 600 px height it asks for (Chrome's most). */
const SCREEN_SWITCH = '--screen-info={1600x1000}';

const BLANK_PAGE = 'blank.html';
const BLANK_HTML = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Blank</title><p>News</p></html>\n';
const OWN_HTML_PAGE = 'own-html.html';

/** The built popup's script and module preload tags. */
const SCRIPT_TAGS = /<script\b[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g;

/**
 * Opens `path` as the toolbar popup from an extension tab, waits for its first contentful paint,
 * closes it and returns the paint's time; NaN when none came.
 */
const OPEN_POPUP = `async ([path, timeout]) => {
  const popups = () => chrome.extension.getViews({ type: 'popup' });
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  while (popups().length > 0) await pause(20);
  await chrome.action.setPopup({ popup: path });
  await chrome.action.openPopup();
  const started = performance.now();
  for (;;) {
    const [view] = popups();
    const entry = view?.performance.getEntriesByName('first-contentful-paint')[0];
    if (entry || performance.now() - started > timeout) {
      view?.close();
      return entry ? entry.startTime : NaN;
    }
    await pause(50);
  }
}`;

/** Waits for the page's first contentful paint; NaN when none came. */
const READ_FCP = `(timeout) => new Promise((resolve) => {
  const started = performance.now();
  const poll = () => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    if (entry) resolve(entry.startTime);
    else if (performance.now() - started > timeout) resolve(NaN);
    else setTimeout(poll, 20);
  };
  poll();
})`;

/** First contentful paint of the toolbar popup and of its references, ms. */
export interface ToolbarPaint {
  popup: Summary;
  blank: Summary;
  ownHtml: Summary;
  /** Per round: popup minus blank popup. */
  overBlank: Summary;
  /** Per round: popup minus its own HTML without script. */
  overOwnHtml: Summary;
}

/** First contentful paint of `popup.html` opened as a tab, and of the blank page, ms. */
export interface TabPaint {
  popup: Summary;
  blank: Summary;
  overBlank: Summary;
}

export interface PopupPaint {
  runs: number;
  toolbar: ToolbarPaint;
  tab: TabPaint;
}

/** Shuffles in place (Fisher–Yates), so no page always goes first. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Paint times per page, in the order of the rounds. */
class Samples {
  private readonly times = new Map<string, number[]>();
  constructor(readonly paths: readonly string[]) {
    for (const path of paths) this.times.set(path, []);
  }
  add(path: string, time: number): void {
    this.times.get(path)?.push(time);
  }
  of(path: string): number[] {
    return this.times.get(path) ?? [];
  }
}

function differences(a: readonly number[], b: readonly number[]): Summary {
  return summarize(a.map((value, run) => value - (b[run] ?? Number.NaN)));
}

/** Opens the toolbar popup and its references `runs` times each, then each page as a tab, in a Chromium of their own. */
export async function benchPopupPaint(runs: number, extensionDir = EXTENSION_DIR): Promise<PopupPaint> {
  const copy = await mkdtemp(join(tmpdir(), 'news-context-popup-bench-'));
  await cp(extensionDir, copy, { recursive: true });
  await writeFile(join(copy, BLANK_PAGE), BLANK_HTML);
  const popupHtml = await readFile(join(copy, 'popup.html'), 'utf8');
  await writeFile(join(copy, OWN_HTML_PAGE), popupHtml.replace(SCRIPT_TAGS, ''));
  const ext = await launchWithExtension({ extensionDir: copy, args: [SCREEN_SWITCH] });
  try {
    const opener = await ext.openExtensionPage(BLANK_PAGE);
    const toolbar = new Samples(['popup.html', BLANK_PAGE, OWN_HTML_PAGE]);
    for (let run = 0; run < runs; run += 1) {
      for (const path of shuffle([...toolbar.paths])) {
        toolbar.add(
          path,
          (await opener.evaluate(`(${OPEN_POPUP})(${JSON.stringify([path, PAINT_TIMEOUT_MS])})`)) as number,
        );
      }
    }
    const tab = new Samples(['popup.html', BLANK_PAGE]);
    for (let run = 0; run < runs; run += 1) {
      for (const path of shuffle([...tab.paths])) {
        const page = await ext.openExtensionPage(path);
        tab.add(path, (await page.evaluate(`(${READ_FCP})(${PAINT_TIMEOUT_MS})`)) as number);
        await page.close();
      }
    }
    return {
      runs,
      toolbar: {
        popup: summarize(toolbar.of('popup.html')),
        blank: summarize(toolbar.of(BLANK_PAGE)),
        ownHtml: summarize(toolbar.of(OWN_HTML_PAGE)),
        overBlank: differences(toolbar.of('popup.html'), toolbar.of(BLANK_PAGE)),
        overOwnHtml: differences(toolbar.of('popup.html'), toolbar.of(OWN_HTML_PAGE)),
      },
      tab: {
        popup: summarize(tab.of('popup.html')),
        blank: summarize(tab.of(BLANK_PAGE)),
        overBlank: differences(tab.of('popup.html'), tab.of(BLANK_PAGE)),
      },
    };
  } finally {
    await ext.close();
    await rm(copy, { recursive: true, force: true });
  }
}
