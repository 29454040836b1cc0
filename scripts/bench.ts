/**
 * `npm run bench`: builds the extension (in the npm script), then measures the scan engine against a
 * bare TreeWalker and mark.js, the real extension's long tasks, incremental rescans and heap, the
 * lexicon size, the popup's search and first paint; prints Markdown and writes
 * `artifacts/bench/latest.json` and `latest.md`. Not part of `npm test` (timings, ~6 minutes).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { TopicPack } from '@/core/pack/types';
import packJson from '@/data/topic-pack.json';
import { EXTENSION_DIR, launchWithExtension } from '../test/harness/launch';
import { serveFixtures, type FixtureServer } from '../test/harness/serve';
import { launchPlain, readMarkJs } from '../test/bench/browser';
import { buildPageBundle } from '../test/bench/bundle';
import {
  benchIncremental,
  contentScriptSize,
  profileWithExtension,
  profileWithout,
} from '../test/bench/extension-bench';
import { generateArticle, generateParagraphs } from '../test/bench/gen/article';
import { benchLexicon } from '../test/bench/lexicon-bench';
import { currentLoad, machineInfo } from '../test/bench/machine';
import { runMarkKeywords } from '../test/bench/mark-run';
import { markKeywordsSpec } from '../test/bench/marks';
import { benchPopupPaint } from '../test/bench/popup-bench';
import { formatReport, writeReport } from '../test/bench/report';
import type { BenchResults } from '../test/bench/results';
import { ARTICLE_SEED, articlePath, benchPageSize, PAGE_SIZES, type ScanBenchEnv } from '../test/bench/scan-bench';
import { runSearchBench } from '../test/bench/search-bench';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'artifacts/bench');
const pack = packJson as TopicPack;
const startedAt = performance.now();

/** Progress on stderr, with seconds since start (stdout carries the report). */
function progress(stage: string): void {
  console.error(`[${((performance.now() - startedAt) / 1000).toFixed(0)} s] ${stage}`);
}
/** Runs per measurement outside the scan table (see the README's Benchmark section). */
const RUNS = {
  markKeywords: 1,
  markKeywordsCapMs: 15_000,
  lexicon: 3,
  incrementalBig: 3,
  incrementalSmall: 5,
  popup: 30,
};
/** The small page for the incremental comparison, and what is appended to both. */
const SMALL_CHARS = 10_000;
const APPENDED_PARAGRAPHS = 100;

async function scanStage(env: ScanBenchEnv): Promise<Pick<BenchResults, 'scan' | 'markKeywords' | 'lexicon'>> {
  const scan = [];
  for (const spec of PAGE_SIZES) {
    progress(`scan: ${spec.label}`);
    scan.push(await benchPageSize(env, spec));
  }
  const [small, medium] = PAGE_SIZES;
  if (!small || !medium) throw new Error('PAGE_SIZES needs the 100 KB and 1 MB pages');
  progress('mark.js keyword mode, lexicon');
  const keywords = markKeywordsSpec(pack);
  const runs = await runMarkKeywords(env.browser, env.server.url(articlePath(small)), env, keywords, {
    runs: RUNS.markKeywords,
    capMs: RUNS.markKeywordsCapMs,
  });
  const lexicon = await benchLexicon(env, env.server.url(articlePath(medium)), RUNS.lexicon);
  return { scan, markKeywords: { page: small.label, keywords: keywords.keywords.length, runs }, lexicon };
}

async function extensionStage(plain: Browser, server: FixtureServer): Promise<Pick<BenchResults, 'extension'>> {
  const big = PAGE_SIZES[PAGE_SIZES.length - 1]!;
  const bigUrl = server.url(articlePath(big));
  server.route('/small.html', { body: generateArticle(pack, SMALL_CHARS, ARTICLE_SEED).html });
  const appended = generateParagraphs(pack, APPENDED_PARAGRAPHS, ARTICLE_SEED + 1);
  progress('extension: 5 MB page, incremental');
  const ext = await launchWithExtension();
  try {
    const withExtension = await profileWithExtension(ext, bigUrl);
    const withoutExtension = await profileWithout(plain, bigUrl, 5_000);
    const incremental = [
      await benchIncremental(ext, big.label, bigUrl, appended, RUNS.incrementalBig),
      await benchIncremental(ext, '10 KB', server.url('/small.html'), appended, RUNS.incrementalSmall),
    ];
    const contentScript = contentScriptSize();
    return { extension: { page: big.label, withExtension, withoutExtension, incremental, contentScript } };
  } finally {
    await ext.close();
  }
}

async function main(): Promise<void> {
  const loadStart = currentLoad();
  const server = await serveFixtures(join(ROOT, 'test/bench'));
  const browser = await launchPlain();
  try {
    const env: ScanBenchEnv = { browser, server, bundle: await buildPageBundle(), markJs: await readMarkJs(), pack };
    const scanned = await scanStage(env);
    const extension = await extensionStage(browser, server);
    progress('popup: first paint, as the toolbar popup and as a tab, beside a one-word page');
    const popup = existsSync(join(EXTENSION_DIR, 'popup.html')) ? await benchPopupPaint(RUNS.popup) : null;
    progress('search');
    const search = await runSearchBench();
    const results: BenchResults = {
      command: 'npm run bench',
      machine: machineInfo(browser.version(), loadStart),
      seconds: (performance.now() - startedAt) / 1000,
      ...scanned,
      ...extension,
      search,
      popup,
    };
    const markdown = formatReport(results);
    await writeReport(OUT_DIR, results, markdown);
    console.log(markdown);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
