/**
 * Lexicon size: the full scan on the 1 MB page with the real pack's aliases and with 100× as many
 * (`gen/lexicon.ts`), fresh page per run; the matcher is compiled before timing and its compile
 * time reported on its own (it runs once per page load, before the first scan).
 */
import type { TopicPack } from '@/core/pack/types';
import { callBench, openBenchPage } from './browser';
import { scaleLexicon } from './gen/lexicon';
import type { FullScanResult } from './page/api';
import type { ScanBenchEnv } from './scan-bench';
import { summarize, type Summary } from './stats';

/** How many times the real lexicon the large one is. */
export const LEXICON_SCALE = 100;

/** Scan time and compile time for one lexicon. */
export interface LexiconRow {
  label: string;
  aliases: number;
  compileMs: Summary;
  scan: Summary;
  collectMatch: Summary;
  mentions: number;
}

async function benchOne(
  env: ScanBenchEnv,
  url: string,
  label: string,
  pack: TopicPack,
  runs: number,
): Promise<LexiconRow> {
  const compiles: number[] = [];
  const scans: FullScanResult[] = [];
  let aliases = 0;
  for (let run = 0; run < runs; run += 1) {
    const { page, compile } = await openBenchPage(env.browser, url, { bundle: env.bundle, pack });
    try {
      compiles.push(compile?.ms ?? Number.NaN);
      aliases = compile?.aliases ?? 0;
      scans.push(await callBench(page, 'fullScan'));
    } finally {
      await page.close();
    }
  }
  return {
    label,
    aliases,
    compileMs: summarize(compiles),
    scan: summarize(scans.map((s) => s.ms)),
    collectMatch: summarize(scans.map((s) => s.collectMatchMs)),
    mentions: scans[0]?.mentions ?? 0,
  };
}

/** The real lexicon and the 100× one on the page at `url`, `runs` times each. */
export async function benchLexicon(env: ScanBenchEnv, url: string, runs: number): Promise<LexiconRow[]> {
  const big = scaleLexicon(env.pack, LEXICON_SCALE);
  return [
    await benchOne(env, url, '1× (real pack)', env.pack, runs),
    await benchOne(env, url, `${LEXICON_SCALE}× (synthetic)`, big, runs),
  ];
}
