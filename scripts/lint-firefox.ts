/**
 * `npm run lint:firefox`: `web-ext lint` on the Firefox build, failing on any error and on any
 * warning or notice except the ones known to come from third-party code (listed in README.md).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const SOURCE_DIR = resolve(import.meta.dirname, '../.output/firefox-mv2');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Known third-party findings: Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`,
 * which this project never uses. It lands in the content script and in the chunk the popup and
 * options page share.
 */
const ALLOWED: ReadonlyArray<{ code: string; file: RegExp }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^content-scripts\/content\.js$/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/[\w-]+\.js$/ },
];

function isAllowed(message: LintMessage): boolean {
  return ALLOWED.some((allowed) => allowed.code === message.code && allowed.file.test(message.file ?? ''));
}

function runLint(): LintReport {
  const args = ['web-ext', 'lint', '--source-dir', SOURCE_DIR, '--output', 'json', '--no-config-discovery'];
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  try {
    return JSON.parse(
      execFileSync('npx', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    ) as LintReport;
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout ?? '';
    return JSON.parse(stdout) as LintReport;
  }
}

const report = runLint();
const unexpected = [...report.errors, ...report.warnings, ...report.notices].filter((message) => !isAllowed(message));
const allowed = report.warnings.length + report.notices.length + report.errors.length - unexpected.length;
for (const message of unexpected) console.error(`${message.code} ${message.file ?? ''}: ${message.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${unexpected.length} unexpected findings, ${allowed} known third-party warnings`,
);
process.exit(unexpected.length === 0 ? 0 : 1);
