/**
 * Quick Node check of the matcher's speed (not a test, no assertions): the real pack over 5 MB pages
 * next to a bare pass that reads every UTF-16 unit once, measured in the same run.
 *
 * Run: `npx tsx test/core/match/scan-micro-check.ts`. The content-script budget (full scan ≤ 2× a
 * bare TreeWalker pass) is measured in Chromium by the bench; this only catches regressions early.
 */
import { compileMatcher, findMentions } from '@/core/match/find-mentions';
import type { TopicPack } from '@/core/pack/types';
import packJson from '@/data/topic-pack.json';

/** Size of each generated page, in UTF-16 units. */
const PAGE_UNITS = 5_000_000;
/** Runs per page; the best is reported, as the first runs include JIT warm-up. */
const RUNS = 5;

/** News-like paragraphs: mostly off-topic, a few mentions each, in four scripts. */
const PARAGRAPHS = [
  'The central bank kept interest rates unchanged on Thursday, citing persistent inflation in services and a weak outlook for exports.',
  'Officials in Kyiv said North Korean troops had been seen near Kursk, while Russia denied that any foreign soldiers were fighting.',
  'Die Regierung plant neue Investitionen in Schienen und Brücken; Kritiker bemängeln fehlende Mittel für den Unterhalt.',
  'Правительство объявило о новых мерах поддержки экспортёров, а аналитики ожидают замедления роста в следующем году.',
  '정부는 내년 예산안에서 연구개발 투자를 늘리겠다고 밝혔다. 북한군 파병과 관련한 질문에는 답하지 않았다.',
];

/** A page of about `units` units made of `paragraphs`, one per line. */
function makePage(paragraphs: readonly string[], units: number): string {
  const lines: string[] = [];
  for (let size = 0, i = 0; size < units; i++) {
    const line = paragraphs[i % paragraphs.length]!;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Best time of `RUNS` runs of `work`, in milliseconds. */
function best(work: () => unknown): number {
  let fastest = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Reads every unit once: the floor any scan of the text pays. */
function barePass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
}

const matcher = compileMatcher(packJson as unknown as TopicPack);
for (const [name, paragraphs] of [
  ['mixed news, few mentions', PARAGRAPHS],
  ['English only, no mentions', [PARAGRAPHS[0]!]],
  ['dense mentions', [PARAGRAPHS[1]!]],
] as const) {
  const page = makePage(paragraphs, PAGE_UNITS);
  const mentions = findMentions(matcher, page).length;
  const scan = best(() => findMentions(matcher, page));
  const bare = best(() => barePass(page));
  console.log(`${name}: ${mentions} mentions, findMentions ${scan.toFixed(1)} ms, bare pass ${bare.toFixed(1)} ms`);
}
