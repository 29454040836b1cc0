import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { assertValidPack } from './core/pack/validate-pack';
import { PAGE_MATCHES } from './entrypoints/content/matches';
import type * as ShellModule from './entrypoints/popup/shell';
import { hintCss } from './platform/highlighter/hint-styles';

const PACK_FILE = 'data/topic-pack.json';

/** Fails the build, naming the file, record and field, when the corpus is malformed. */
function validateCorpus(): void {
  const text = readFileSync(PACK_FILE, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${PACK_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  assertValidPack(raw, PACK_FILE);
}

/** Where the hint rules are written in the build. */
const HINT_CSS_FILE = 'content-scripts/hints.css';

/** A stylesheet link in a built page, and the file it loads. */
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g;

/**
 * Writes the stylesheets of the extension's pages into their HTML: the popup's first paint then
 * waits for no stylesheet request (12 ms less, median of paired opens on this machine). Our own
 * built CSS only; extension pages allow inline styles.
 */
function inlinePageStyles(): Plugin {
  return {
    name: 'news-context:inline-page-styles',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const inlined = new Set<string>();
      for (const page of Object.values(bundle)) {
        if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
        page.source = String(page.source).replace(STYLESHEET_LINK, (link, file: string) => {
          const sheet = bundle[file];
          if (sheet?.type !== 'asset') return link;
          inlined.add(file);
          return `<style>${String(sheet.source)}</style>`;
        });
      }
      const code = Object.values(bundle).map((item) => (item.type === 'chunk' ? item.code : ''));
      for (const file of inlined) if (!code.some((text) => text.includes(file))) delete bundle[file];
    },
  };
}

/** The popup's page in the bundle (WXT moves it to `popup.html` later), and its mount point, empty in the source. */
const POPUP_HTML = 'entrypoints/popup/index.html';
const APP_ROOT = '<div id="app"></div>';

/**
 * Renders the popup's first view into `popup.html` (entrypoints/popup/shell.tsx), so it paints
 * before any script has loaded; the app hydrates it once it is on screen (entrypoints/popup/main.ts).
 */
function prerenderPopup(): Plugin {
  return {
    name: 'news-context:prerender-popup',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle[POPUP_HTML];
      if (page?.type !== 'asset') return;
      const html = String(page.source);
      if (!html.includes(APP_ROOT)) throw new Error(`popup.html: no ${APP_ROOT} to render the first view into`);
      const shell = (await tsImport('./entrypoints/popup/shell.tsx', import.meta.url)) as typeof ShellModule;
      page.source = html.replace(APP_ROOT, `<div id="app">${shell.renderPopupShell()}</div>`);
    },
  };
}

const DESCRIPTION =
  'Context from a verified corpus while you read the news: North Korean troops and munitions in Russia’s war against Ukraine.';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  hooks: {
    'build:before': validateCorpus,
    // The `::highlight()` rules for hints, injected by the browser before the page is parsed: a
    // stylesheet added later restyles the whole document (see platform/highlighter/native-painter.ts).
    // Firefox ignores text decorations in `::highlight()`, so its underline style is a tint.
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: HINT_CSS_FILE, contents: hintCss(wxt.config.browser !== 'firefox') });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: PAGE_MATCHES, css: [HINT_CSS_FILE], run_at: 'document_start' },
      ];
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), inlinePageStyles(), prerenderPopup()],
    // Every browser we support has `modulepreload`; Vite's polyfill was a chunk of its own.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'News Context',
    description: DESCRIPTION,
    // `storage`: settings. Content scripts need no host permission; nothing else is requested.
    permissions: ['storage'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or hide the News Context panel',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next mention on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'news-context@news-context.invalid',
              // Firefox 140 is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
