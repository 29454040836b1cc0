/** The run as Markdown (README, `latest.md`, the terminal) and JSON (`latest.json`). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMachine } from './machine';
import type { BenchResults } from './results';
import { ratio, type Summary } from './stats';
import { checkTargets } from './targets';

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
const x = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '–');
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const spread = (s: Summary): string => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function scanTable(r: BenchResults): string {
  const header = [
    'page',
    'text chars',
    'runs',
    'floor',
    'ours: full scan',
    'ours/floor',
    'collect+match · report · paint',
  ];
  const rows = r.scan.map((s) => [
    s.label,
    String(s.textChars),
    String(s.floor.samples.length),
    ms(s.floor.median),
    spread(s.ours),
    x(ratio(s.ours.median, s.floor.median)),
    `${ms(s.oursPhases.collectMatch)} · ${ms(s.oursPhases.report)} · ${ms(s.oursPhases.paint)}`,
  ]);
  return table(header, rows);
}

function markTable(r: BenchResults): string {
  const header = ['page', 'mark.js runs', 'mark.js markRegExp', 'mark.js/ours', 'marks', 'our ranges'];
  const rows = r.scan.map((s) => [
    s.label,
    String(s.mark.samples.length),
    (s.markCapped ? '> ' : '') + ms(s.mark.median),
    (s.markCapped ? '≥ ' : '') + x(ratio(s.mark.median, s.ours.median)),
    s.markCapped ? '–' : String(s.markMatches),
    String(s.oursRanges),
  ]);
  const k = r.markKeywords;
  const run = k.runs.map((m) => (m.capped ? `> ${ms(m.ms)}` : ms(m.ms))).join(', ');
  return `${table(header, rows)}\n\nmark.js keyword mode, \`mark(${k.keywords} aliases)\`, ${k.page} page: ${run} ms.`;
}

function slicedTable(r: BenchResults): string {
  const header = [
    'page',
    'sliced: start → painted',
    'longest scan slice',
    'longest report or paint task',
    'long tasks (max/run)',
  ];
  const rows = r.scan.map((s) => [
    s.label,
    spread(s.sliced),
    ms(s.slicedLongestSliceMs),
    ms(s.slicedReportTaskMs),
    String(s.slicedLongTasks),
  ]);
  return table(header, rows);
}

function lexiconTable(r: BenchResults): string {
  const header = ['lexicon (1 MB page)', 'aliases', 'compile', 'full scan', 'collect+match', 'mentions'];
  const rows = r.lexicon.map((l) => [
    l.label,
    String(l.aliases),
    ms(l.compileMs.median),
    spread(l.scan),
    ms(l.collectMatch.median),
    String(l.mentions),
  ]);
  return table(header, rows);
}

function extensionTable(r: BenchResults): string {
  const e = r.extension;
  const longest = (t: number[]): string => (t.length > 0 ? ms(Math.max(...t)) : '–');
  const row = (label: string, p: BenchResults['extension']['withExtension']): string[] => [
    label,
    String(p.longTasks.length),
    longest(p.longTasks),
    `${p.pageLongTasks.length}, longest ${longest(p.pageLongTasks)}`,
    mib(p.heapBytes),
  ];
  const load = table(
    [`${e.page} page`, 'long tasks from script start', 'longest', "page's own long tasks before", 'V8 heap'],
    [
      row('with the extension', e.withExtension),
      row('without (from DOMContentLoaded)', e.withoutExtension),
      ['added by the extension', '', '', '', mib(e.withExtension.heapBytes - e.withoutExtension.heapBytes)],
    ],
  );
  const incremental = table(
    ['append 100 paragraphs to', 'runs', 'append → last hint painted', 'content script CPU', 'ranges added'],
    e.incremental.map((row) => [
      row.label,
      String(row.ms.samples.length),
      spread(row.ms),
      spread(row.scriptCpuMs),
      String(row.addedRanges),
    ]),
  );
  const size = `Content script: ${kb(e.contentScript.bytes)}, ${kb(e.contentScript.gzipBytes)} gzipped.`;
  return [load, incremental, size].join('\n\n');
}

function popupTable(r: BenchResults): string {
  const search = table(
    ['corpus', 'method', 'records', 'keystrokes', 'median', 'p95'],
    r.search.map((s) => [s.corpus, s.method, String(s.records), String(s.keystrokes), ms(s.medianMs), ms(s.p95Ms)]),
  );
  const p = r.popup;
  const paint = p
    ? [
        `First contentful paint, ${p.runs} opens each (ms, median (min–max)):`,
        table(
          ['opened', 'popup.html', 'one-word page', 'popup over it', 'popup.html without script', 'popup over it'],
          [
            [
              'toolbar popup',
              spread(p.toolbar.popup),
              spread(p.toolbar.blank),
              spread(p.toolbar.overBlank),
              spread(p.toolbar.ownHtml),
              spread(p.toolbar.overOwnHtml),
            ],
            ['as a tab', spread(p.tab.popup), spread(p.tab.blank), spread(p.tab.overBlank), '', ''],
          ],
        ),
      ].join('\n\n')
    : 'Popup: popup.html not built.';
  return `${search}\n\n${paint}`;
}

/** The whole report as Markdown (times in ms; "median (min–max)"). */
export function formatReport(r: BenchResults): string {
  const targets = table(
    ['target', 'measured', 'met'],
    checkTargets(r).map((t) => [t.target, t.measured, t.met ? 'yes' : '**no**']),
  );
  return [
    `\`${r.command}\` · ${formatMachine(r.machine)} · ${Math.round(r.seconds)} s`,
    `**Scan, Chromium, no extension** (ms, median (min–max) of fresh pages)\n\n${scanTable(r)}`,
    `**mark.js on the same pages**\n\n${markTable(r)}`,
    `**Time-sliced scan (real scan scheduler)**\n\n${slicedTable(r)}`,
    `**Lexicon size**\n\n${lexiconTable(r)}`,
    `**The built extension**\n\n${extensionTable(r)}`,
    `**Popup**: search per keystroke (ms) and first paint\n\n${popupTable(r)}`,
    `**Targets**\n\n${targets}`,
  ].join('\n\n');
}

/** Writes `latest.json` and `latest.md` into `dir`. */
export async function writeReport(dir: string, r: BenchResults, markdown: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'latest.json'), `${JSON.stringify(r, null, 2)}\n`);
  await writeFile(join(dir, 'latest.md'), `${markdown}\n`);
}
