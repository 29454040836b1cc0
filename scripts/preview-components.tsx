/**
 * Visual preview of the reader UI with the fixture pack, on the demo article, without building the extension.
 *
 *   node --import tsx scripts/preview-components.tsx     → artifacts/preview/*.png (desktop and mobile, light and dark)
 *
 * One file, two roles: under Node it bundles itself with esbuild and screenshots each scenario in
 * Chromium; in the page it mounts ReaderUi in an open shadow root, as the content script does.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import ReaderUi from '../components/ReaderUi';
import { PANEL_WIDTH_DEFAULT } from '../core/settings/defaults';
import type { AnchorRect } from '../components/position-card';
import { PACK, REPORT } from '../test/components/fixtures/pack';

/** What each screenshot shows. */
type Scenario = 'card' | 'panel' | 'claims' | 'panel-card' | 'search';

const SCENARIOS: Scenario[] = ['card', 'panel', 'claims', 'panel-card', 'search'];
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, mobile: { width: 390, height: 844 } };
/** The words the preview hovers to open a card. */
const ANCHOR_TEXT = '10,000 North Korean troops';

declare global {
  interface Window {
    ncPreview?: { css: string; scenario: Scenario };
  }
}

function PreviewApp({ scenario, anchor }: { scenario: Scenario; anchor: AnchorRect }) {
  const [panelOpen, setPanelOpen] = useState(scenario !== 'card');
  const [card, setCard] = useState(scenario === 'card' || scenario === 'panel-card' ? anchor : null);
  const [query, setQuery] = useState(scenario === 'search' ? 'troops' : '');
  const [panelWidth, setPanelWidth] = useState(PANEL_WIDTH_DEFAULT);
  const [launcherY, setLauncherY] = useState(240);
  const words = query.toLowerCase().trim();
  const results = words ? PACK.claims.filter((c) => c.statement.toLowerCase().includes(words)) : [];
  return (
    <ReaderUi
      report={REPORT}
      pack={PACK}
      panelOpen={panelOpen}
      card={card ? { entityId: 'north-korean-troops', rect: card } : null}
      viewport={{ width: document.documentElement.clientWidth, height: window.innerHeight }}
      panelWidth={panelWidth}
      launcherY={launcherY}
      query={query}
      results={results}
      actions={{
        onOpenPanel: () => setPanelOpen(true),
        onClosePanel: () => setPanelOpen(false),
        onResizePanel: setPanelWidth,
        onMoveLauncher: setLauncherY,
        onMentionClick: () => setCard(anchor),
        onOpenSettings: () => undefined,
        onQuery: setQuery,
        onDismissCard: () => setCard(null),
        onNotUseful: () => setCard(null),
      }}
    />
  );
}

/** Paints the anchor like a hint, scrolls it to a third of the viewport and returns its rect. */
function paintAnchor(): AnchorRect {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const start = node.textContent?.indexOf(ANCHOR_TEXT) ?? -1;
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(node, start + '10,000 '.length);
    range.setEnd(node, start + ANCHOR_TEXT.length);
    CSS.highlights.set('news-context', new Highlight(range));
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent =
      '::highlight(news-context){background-color:rgba(13,127,134,.16);text-decoration:underline 2px #0d7f86}';
    window.scrollTo(0, range.getBoundingClientRect().top + window.scrollY - window.innerHeight / 3);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${ANCHOR_TEXT}" not found in the article`);
}

function mountInPage(css: string, scenario: Scenario): void {
  const anchor = paintAnchor();
  const host = document.body.appendChild(document.createElement('news-context-ui'));
  host.style.setProperty('--nc-scrollbar-width', `${window.innerWidth - document.documentElement.clientWidth}px`);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.appendChild(document.createElement('style')).textContent = `:host{all:initial}${css}`;
  render(<PreviewApp scenario={scenario} anchor={anchor} />, shadow.appendChild(document.createElement('div')));
}

async function screenshotAll(): Promise<void> {
  const { build } = await import('esbuild');
  const { readFile, mkdir } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  const { chromium } = await import('playwright-core');
  const { findChromium } = await import('../test/harness/chromium');
  const root = resolve(import.meta.dirname, '..');
  const outDir = resolve(root, 'artifacts/preview');
  const common = { bundle: true, write: false, logLevel: 'error' } as const;
  const css = await build({ ...common, entryPoints: [resolve(root, 'components/reader.css')] });
  const js = await build({
    ...common,
    entryPoints: [resolve(root, 'scripts/preview-components.tsx')],
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['esbuild', 'playwright-core', 'node:*', '../test/harness/chromium'],
  });
  const article = await readFile(resolve(root, 'demo/sample-article.html'), 'utf8');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const scenario of SCENARIOS) {
          const page = await browser.newPage({ viewport, colorScheme });
          await page.setContent(article);
          await page.evaluate((preview) => (window.ncPreview = preview), {
            css: css.outputFiles[0]?.text ?? '',
            scenario,
          });
          await page.addScriptTag({ content: js.outputFiles[0]?.text ?? '', type: 'module' });
          if (scenario === 'search') await page.locator('news-context-ui .nc-disclosure').first().click();
          if (scenario === 'claims') await page.locator('news-context-ui .nc-claims').scrollIntoViewIfNeeded();
          await page.waitForTimeout(300);
          const path = `${outDir}/${device}-${colorScheme}-${scenario}.png`;
          await page.screenshot({ path });
          console.log(path);
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

if (typeof window === 'undefined') await screenshotAll();
else if (window.ncPreview) mountInPage(window.ncPreview.css, window.ncPreview.scenario);
