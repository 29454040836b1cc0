/**
 * Chromium without the extension, for the scan benchmark: pages are served in memory, each
 * measurement gets a fresh page, and the bench bundle (and mark.js, when asked) is injected after load.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { TopicPack } from '@/core/pack/types';
import { findChromium } from '../harness/chromium';
import { QUIET_FLAGS } from '../harness/launch';
import { BENCH_GLOBAL, type BenchApi, type CompileResult } from './page/api';

/** A generous load timeout: a 5 MB page takes a few seconds to parse and lay out on 2 cores. */
const LOAD_TIMEOUT_MS = 60_000;

/** Headless Chromium with no extension. */
export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: QUIET_FLAGS });
}

/** The UMD build of mark.js, which sets `window.Mark` when injected as a classic script. */
export function readMarkJs(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}

/** Waits for two animation frames: the page is parsed, styled, laid out and painted once. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** What to inject into a bench page. */
export interface BenchPageSetup {
  bundle: string;
  pack?: TopicPack;
  markJs?: string;
}

/** A loaded bench page: `page` plus the pack compile result when a pack was given. */
export interface BenchPage {
  page: Page;
  compile: CompileResult | null;
}

/** Opens `url` in a new page of `browser`, injects the bundle (and mark.js), compiles the pack. */
export async function openBenchPage(browser: Browser, url: string, setup: BenchPageSetup): Promise<BenchPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.addScriptTag({ content: setup.bundle });
  if (setup.markJs) await page.addScriptTag({ content: setup.markJs });
  let compile: CompileResult | null = null;
  if (setup.pack) {
    compile = await page.evaluate(([name, pack]) => (Reflect.get(window, name) as BenchApi).usePack(pack), [
      BENCH_GLOBAL,
      setup.pack,
    ] as const);
  }
  await settle(page);
  return { page, compile };
}

/** Calls `window.__ncBench[method]()` in the page. */
export function callBench<K extends 'floor' | 'fullScan' | 'slicedScan'>(
  page: Page,
  method: K,
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([name, key]) => (Reflect.get(window, name) as BenchApi)[key]() as Promise<Awaited<ReturnType<BenchApi[K]>>>,
    [BENCH_GLOBAL, method] as const,
  );
}
