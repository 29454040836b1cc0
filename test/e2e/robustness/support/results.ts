/**
 * Writes the robustness table from actual results: each test file saves its rows to
 * `artifacts/robustness/<file>.json`, then `artifacts/robustness.md` is rebuilt from every saved file,
 * so running one file refreshes its rows and keeps the others' latest.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Check } from './verdicts';

const ARTIFACTS = resolve(import.meta.dirname, '../../../../artifacts');
const ROWS_DIR = join(ARTIFACTS, 'robustness');
/** The generated table. */
export const TABLE_FILE = join(ARTIFACTS, 'robustness.md');

/** One row of the table. */
export interface ResultRow {
  case: string;
  checked: string;
  result: string;
  notes: string;
}

/** Rows of one test file, in the order its cases ran. */
export interface ResultTable {
  add(name: string, checks: readonly Check[], notes: string): void;
  /** Saves this file's rows and rebuilds the markdown table. */
  write(): Promise<void>;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function resultOf(checks: readonly Check[]): string {
  const failed = checks.filter((c) => !c.ok);
  if (failed.length === 0) return 'pass';
  return `**fail**: ${failed.map((c) => (c.detail ? `${c.name} (${c.detail})` : c.name)).join('; ')}`;
}

/** The markdown table for `rows`. */
export function renderTable(rows: readonly ResultRow[]): string {
  const lines = ['| case | what was checked | result | notes |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${[row.case, row.checked, row.result, row.notes].map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

async function readAllRows(): Promise<ResultRow[]> {
  const files = (await readdir(ROWS_DIR)).filter((name) => name.endsWith('.json')).sort();
  const rows: ResultRow[] = [];
  for (const file of files) rows.push(...(JSON.parse(await readFile(join(ROWS_DIR, file), 'utf8')) as ResultRow[]));
  return rows;
}

/** Creates the table for test file `file` (e.g. 'size'). */
export function createResultTable(file: string): ResultTable {
  const rows: ResultRow[] = [];
  return {
    add(name, checks, notes) {
      const timing = checks.filter((c) => c.ok && c.detail && /task|start-up/.test(c.name)).map((c) => c.detail);
      rows.push({
        case: name,
        checked: checks.map((c) => c.name).join('; '),
        result: resultOf(checks),
        notes: [notes, ...timing].filter(Boolean).join(' '),
      });
    },
    async write() {
      await mkdir(ROWS_DIR, { recursive: true });
      await writeFile(join(ROWS_DIR, `${file}.json`), `${JSON.stringify(rows, null, 2)}\n`);
      await writeFile(TABLE_FILE, renderTable(await readAllRows()));
    },
  };
}
