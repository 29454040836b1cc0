/**
 * Scans saved pages with the extension's own engine and prints what it found: verdict and score with
 * reasons, mentions by entity, figures against the corpus, the top related claims.
 * Usage: `npm run scan -- [--json] <file.html|file.txt>...`
 * HTML is parsed by happy-dom and read by platform/page-text, the content script's reader; a .txt
 * file is read as paragraphs separated by blank lines. Then `analysePage`, as in the content script.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { analysePage, type ComparedFigure, type PageAnalysis } from '../core/analyse-page';
import { compileMatcher } from '../core/match';
import { assertValidPack } from '../core/pack/validate-pack';
import type { Claim, TopicPack } from '../core/pack/types';
import type { PageText } from '../core/page-text';
import { buildClaimIndex } from '../core/rank';
import type { PageReport } from '../core/report';
import { collectDocumentText } from '../platform/page-text';

/** Related claims printed per page: enough to see what the ranking puts first. */
const SHOWN_CLAIMS = 5;
const PACK_PATH = fileURLToPath(new URL('../data/topic-pack.json', import.meta.url));
const USAGE = 'usage: npm run scan -- [--json] <file.html|file.txt>...';
/** A page is only read: its scripts never run (happy-dom's default) and nothing it links is fetched. */
const WINDOW_SETTINGS = { disableJavaScriptFileLoading: true, disableIframePageLoading: true };

/** Where the CLI writes: lines to standard output and standard error. */
export interface ScanIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One page's findings, as printed (`--json` prints an array of these). */
export interface ScanResult {
  file: string;
  verdict: PageReport['verdict'];
  score: number;
  reasons: string[];
  /** Every entity the page mentions (title included), most mentioned first, with the page's spellings. */
  mentions: Array<{ entityId: string; name: string; count: number; aliases: string[] }>;
  /** The page's figures with the corpus's, labelled with their quantity. */
  figures: Array<ComparedFigure & { label: string }>;
  claims: Array<Pick<Claim, 'id' | 'statement' | 'certainty'> & { who: string }>;
  /** The report the panel, popup and badge show. */
  report: PageReport;
}

/** The page text of an HTML document, collected as the content script does, in a happy-dom window. */
async function readHtml(html: string): Promise<PageText> {
  const window = new Window({ settings: WINDOW_SETTINGS });
  try {
    window.document.write(html);
    const { text, blocks } = collectDocumentText(window.document as unknown as Document);
    return { text, blocks };
  } finally {
    await window.happyDOM.close();
  }
}

/** Plain text as body blocks, one per paragraph (paragraphs end at blank lines; line breaks inside read as spaces). */
export function readPlainText(raw: string): PageText {
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\n/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
  const blocks: PageText['blocks'] = [];
  let start = 0;
  for (const paragraph of paragraphs) {
    blocks.push({ start, end: start + paragraph.length, kind: 'body' });
    start += paragraph.length + 1;
  }
  return { text: paragraphs.join('\n'), blocks };
}

/** The page text of a file by its extension; throws with a message naming the problem. */
async function readPage(file: string): Promise<PageText> {
  const extension = extname(file).toLowerCase();
  if (extension !== '.html' && extension !== '.htm' && extension !== '.txt') {
    throw new Error('expected a .html, .htm or .txt file');
  }
  const raw = await readFile(file, 'utf8');
  return extension === '.txt' ? readPlainText(raw) : readHtml(raw);
}

/** Mentions grouped by entity, most first (ties by id), each with the distinct spellings seen. */
function groupMentions(pack: TopicPack, text: string, analysis: PageAnalysis): ScanResult['mentions'] {
  const groups = new Map<string, { count: number; aliases: Set<string> }>();
  for (const mention of analysis.mentions) {
    const group = groups.get(mention.entityId) ?? { count: 0, aliases: new Set<string>() };
    group.count++;
    group.aliases.add(text.slice(mention.start, mention.end));
    groups.set(mention.entityId, group);
  }
  const names = new Map(pack.entities.map((entity) => [entity.id, entity.name]));
  return [...groups]
    .map(([entityId, group]) => ({
      entityId,
      name: names.get(entityId) ?? entityId,
      ...group,
      aliases: [...group.aliases],
    }))
    .sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
}

/** What one page's analysis comes to, in the shape printed. */
function toResult(pack: TopicPack, file: string, page: PageText, analysis: PageAnalysis): ScanResult {
  const labels = new Map(pack.quantities.map((quantity) => [quantity.id, quantity.label]));
  const { verdict, score, reasons } = analysis.judgement;
  return {
    file,
    verdict,
    score,
    reasons,
    mentions: groupMentions(pack, page.text, analysis),
    figures: analysis.figures.map((compared) => ({
      ...compared,
      label: labels.get(compared.figure.quantityId) ?? compared.figure.quantityId,
    })),
    claims: analysis.ranked.slice(0, SHOWN_CLAIMS).map(({ claim }) => ({
      id: claim.id,
      statement: claim.statement,
      who: claim.attribution.who,
      certainty: claim.certainty,
    })),
    report: analysis.report,
  };
}

/** A number as readers write it: 11,000. */
const count = (value: number): string => value.toLocaleString('en-US');

/** The readable lines for one page. */
export function formatResult(result: ScanResult): string[] {
  const lines = [result.file, `  verdict: ${result.verdict} (score ${result.score})`];
  lines.push(...result.reasons.map((reason) => `    ${reason}`));
  lines.push(`  mentions: ${result.mentions.reduce((sum, group) => sum + group.count, 0)}`);
  lines.push(...result.mentions.map((group) => `    ${group.name} ×${group.count}: ${group.aliases.join(', ')}`));
  lines.push(`  figures: ${result.figures.length === 0 ? 'none' : result.figures.length}`);
  for (const { label, figure, comparison } of result.figures) {
    const { corpusMin: min, corpusMax: max, relation } = comparison;
    const range = min === max ? count(min) : `${count(min)} to ${count(max)}`;
    const words = [...new Set(comparison.figures.map((corpus) => corpus.text))].join('; ');
    lines.push(`    ${label}: this page says ${count(figure.value)} (“${figure.text}”)`);
    lines.push(`      the sources say ${range} (${words}): ${relation}`);
  }
  lines.push(`  related claims: ${result.claims.length === 0 ? 'none' : result.claims.length}`);
  result.claims.forEach((claim, i) =>
    lines.push(`    ${i + 1}. ${claim.statement} — ${claim.who}; ${claim.certainty}`),
  );
  return lines;
}

/** A failure as one line naming the file. */
function describeFailure(file: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return `scan: ${file}: no such file`;
  if (code === 'EISDIR') return `scan: ${file}: is a directory, not a page`;
  return `scan: ${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`;
}

/** Runs the CLI on `args` (files, optionally `--json`); returns the exit code: 1 if any file failed. */
export async function runScan(args: readonly string[], io: ScanIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (files.length === 0 || unknown !== undefined) {
    io.err(unknown === undefined ? USAGE : `scan: unknown option ${unknown} (${USAGE})`);
    return 1;
  }
  const pack = assertValidPack(JSON.parse(await readFile(PACK_PATH, 'utf8')), 'data/topic-pack.json');
  const matcher = compileMatcher(pack);
  const claimIndex = buildClaimIndex(pack);
  const results: ScanResult[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const page = await readPage(file);
      const result = toResult(pack, file, page, analysePage(pack, matcher, claimIndex, page));
      results.push(result);
      if (!json) io.out([...formatResult(result), ''].join('\n'));
    } catch (error) {
      io.err(describeFailure(file, error));
      failed = true;
    }
  }
  if (json) io.out(JSON.stringify(results, null, 2));
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void runScan(process.argv.slice(2), { out: console.log, err: console.error }).then((code) => {
    process.exitCode = code;
  });
}
