/**
 * Per-keystroke latency of the popup's corpus search: each prefix of realistic queries, typed one
 * character at a time, over the real pack and over a synthetic pack 100× larger; next to a plain
 * `Array.filter(includes)` over the same folded strings, measured in the same run, for a ratio.
 *
 * Run: `npx tsx test/bench/search-bench.ts`. `runSearchBench()` is exported for `npm run bench`.
 * Targets (task brief): median < 5 ms on the real pack, p95 < 50 ms at 100×.
 */
import { pathToFileURL } from 'node:url';
import type { Claim, TopicPack } from '@/core/pack/types';
import { normalizeText } from '@/core/search/normalize-text';
import { buildSearchIndex, searchCorpus } from '@/core/search/search-corpus';
import { buildSearchDocs, type SearchDoc } from '@/core/search/search-docs';
import packJson from '@/data/topic-pack.json';

/** What people type into the popup: English, Korean, Russian, a misspelling, a title. */
const QUERIES = [
  'North Korean troops',
  'troops Kursk',
  'artillery shells',
  'Zelenskyy',
  'Kim Jong Um',
  '김정은',
  '북한군',
  'Ким Чен Ын',
  'КНДР',
  'I Want to Live',
];
/** The synthetic corpus has this many times the real pack's claims. */
const SCALE = 100;
/** Words swapped into each cloned claim, so clones differ and bigram postings are not all equal. */
const SWAPS_PER_CLONE = 3;

/** One line of the result table. */
export interface SearchBenchRow {
  corpus: string;
  method: 'searchCorpus' | 'Array.filter(includes)';
  records: number;
  keystrokes: number;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
}

/** A tiny deterministic generator, so every run measures the same synthetic corpus. */
function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** Replaces a few words of a text with words from elsewhere in the corpus. */
function varyWords(text: string, vocabulary: readonly string[], random: (n: number) => number): string {
  const words = text.split(' ');
  for (let i = 0; i < SWAPS_PER_CLONE; i += 1)
    words[random(words.length)] = vocabulary[random(vocabulary.length)] ?? '';
  return words.join(' ');
}

/** The pack with its claims cloned `scale` times, each clone with a new id and a few swapped words. */
export function scalePack(pack: TopicPack, scale: number): TopicPack {
  const random = seededRandom(7);
  const vocabulary = pack.claims.flatMap((claim) => claim.statement.split(' ')).filter((word) => word.length > 3);
  const claims: Claim[] = [];
  for (let copy = 0; copy < scale; copy += 1) {
    for (const claim of pack.claims) {
      const statement = copy === 0 ? claim.statement : varyWords(claim.statement, vocabulary, random);
      const quote = copy === 0 ? claim.quote : varyWords(claim.quote, vocabulary, random);
      claims.push({ ...claim, id: copy === 0 ? claim.id : `${claim.id}-${copy}`, statement, quote });
    }
  }
  return { ...pack, claims };
}

/** Every prefix of every query, in typing order. */
function keystrokes(): string[] {
  return QUERIES.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));
}

/** Milliseconds each call of `search` takes, one call per keystroke, after one warm-up pass. */
function time(search: (query: string) => unknown): number[] {
  for (const query of keystrokes()) search(query);
  return keystrokes().map((query) => {
    const start = performance.now();
    search(query);
    return performance.now() - start;
  });
}

/** The value at quantile `q` (0–1) of the samples. */
function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** All the folded text of a record, for the baseline. */
function recordText(doc: SearchDoc): string {
  const parts =
    doc.kind === 'claim'
      ? [doc.statement, doc.quote, doc.who, ...doc.source, ...doc.figures]
      : [doc.title, ...doc.names];
  return normalizeText(parts.join('\n'));
}

/** Measures both methods on one pack. */
function benchPack(label: string, pack: TopicPack): SearchBenchRow[] {
  let start = performance.now();
  const index = buildSearchIndex(pack);
  const buildMs = performance.now() - start;
  const fuseTimes = time((query) => searchCorpus(index, query));
  start = performance.now();
  const texts = buildSearchDocs(pack).map(recordText);
  const baselineBuildMs = performance.now() - start;
  const baselineTimes = time((query) => {
    const folded = normalizeText(query);
    return texts.filter((text) => text.includes(folded));
  });
  const row = (method: SearchBenchRow['method'], ms: number, times: number[]): SearchBenchRow => ({
    corpus: label,
    method,
    records: index.docs.length,
    keystrokes: times.length,
    buildMs: ms,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
  });
  return [row('searchCorpus', buildMs, fuseTimes), row('Array.filter(includes)', baselineBuildMs, baselineTimes)];
}

/** Runs the benchmark on the real pack and on the 100× pack. */
export async function runSearchBench(): Promise<SearchBenchRow[]> {
  const pack = packJson as TopicPack;
  return [
    ...benchPack(`real (${pack.claims.length} claims)`, pack),
    ...benchPack(`${SCALE}× (${pack.claims.length * SCALE} claims)`, scalePack(pack, SCALE)),
  ];
}

/** The rows as a fixed-width table, with each method's median relative to the baseline's. */
export function formatSearchBench(rows: readonly SearchBenchRow[]): string {
  const header = ['corpus', 'method', 'records', 'keys', 'build ms', 'median ms', 'p95 ms', '× baseline'];
  const lines = rows.map((row) => {
    const baseline = rows.find((other) => other.corpus === row.corpus && other.method === 'Array.filter(includes)');
    const ratio = baseline && baseline.medianMs > 0 ? (row.medianMs / baseline.medianMs).toFixed(0) : '–';
    const ms = (value: number) => value.toFixed(2);
    return [
      row.corpus,
      row.method,
      String(row.records),
      String(row.keystrokes),
      ms(row.buildMs),
      ms(row.medianMs),
      ms(row.p95Ms),
      ratio,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  return [header, ...lines]
    .map((line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
    .join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runSearchBench().then((rows) => console.log(formatSearchBench(rows)));
}
