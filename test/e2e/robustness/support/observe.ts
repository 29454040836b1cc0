/**
 * Opens one generated page in one browser and records what happened: long tasks, the page's own
 * checks, text and form-value snapshots of every frame, painted hints, and console errors and
 * uncaught exceptions (with whether they came from the extension's code).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launcher } from '../../../harness/reader';
import { addProbe, readProbe, type LongTask, type ProbedHint } from './probe';
import { traceTasks, type TracedTask } from './trace';

/** A console error or warning, or an uncaught exception. */
export interface Issue {
  text: string;
  fromExtension: boolean;
}

/** What the page's self-check reported (`window.__pageChecks`). */
export interface PageChecks {
  ok: boolean;
  own?: Record<string, boolean>;
}

/** Everything recorded for one page in one browser. */
export interface Observation {
  elapsedMs: number;
  /** Wall-clock long tasks, from the page's PerformanceObserver. */
  longTasks: LongTask[];
  /** Main-thread tasks over 50 ms of CPU time, from a trace. */
  cpuTasks: TracedTask[];
  /** Null for a page without a self-check (strict CSP). */
  pageChecks: PageChecks | null;
  /** One JSON snapshot per frame, in frame order. */
  snapshots: string[];
  hints: ProbedHint[];
  issues: Issue[];
  launcherVisible: boolean;
}

/** How to load and when to read a page. */
export interface ObservePlan {
  url: string;
  /** A page expression that must be true before reading (e.g. the ticker has stopped). */
  ready?: string;
  /** Wait for the launcher (extension run of a page about the topic). */
  expectLauncher?: boolean;
  /** Read no earlier than this many ms after navigation (the control waits as long as the extension run). */
  minElapsedMs?: number;
  /** Runs once the page is ready, before the reading settles (clicks, removals). */
  act?: (page: Page) => Promise<void>;
}

/** Longest wait for the page or the extension, ms. */
const WAIT_MS = 30_000;
/** Painted-hint polls that must agree before the extension counts as settled. */
const STABLE_POLLS = 4;
/** Interval between hint polls, ms. */
const POLL_MS = 250;

const EXTENSION_URL = 'chrome-extension://';

function watchIssues(page: Page): Issue[] {
  const issues: Issue[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    issues.push({ text: message.text(), fromExtension: message.location().url.startsWith(EXTENSION_URL) });
  });
  page.on('pageerror', (error) => {
    issues.push({
      text: `${error.name}: ${error.message}`,
      fromExtension: (error.stack ?? '').includes(EXTENSION_URL),
    });
  });
  return issues;
}

/** Polls the painted-hint count (cheap: no layout) until it stops changing. */
async function waitForStableHints(page: Page): Promise<void> {
  let last = -1;
  let same = 0;
  for (const until = Date.now() + WAIT_MS; same < STABLE_POLLS && Date.now() < until;) {
    await page.waitForTimeout(POLL_MS);
    const count = await readProbe<number>(page, 'hintCount');
    same = count === last ? same + 1 : 0;
    last = count;
  }
}

async function readChecks(page: Page): Promise<PageChecks | null> {
  const json = await page.evaluate(() => {
    const check = (window as unknown as { __checkPage?: () => string }).__checkPage;
    return typeof check === 'function' ? check() : null;
  });
  return json === null ? null : (JSON.parse(json) as PageChecks);
}

async function readSnapshots(page: Page): Promise<string[]> {
  const snapshots: string[] = [];
  for (const frame of page.frames()) {
    snapshots.push(
      await frame.evaluate(() => (window as unknown as { __ncProbe: { snapshot(): string } }).__ncProbe.snapshot()),
    );
  }
  return snapshots;
}

/** Loads `plan.url` in a new page of `context`, waits as planned, records, and returns the page still open. */
export async function observe(context: BrowserContext, plan: ObservePlan): Promise<{ page: Page; seen: Observation }> {
  const page = await context.newPage();
  const issues = watchIssues(page);
  await addProbe(page);
  const trace = await traceTasks(page);
  const started = Date.now();
  await page.goto(plan.url);
  if (plan.ready) await page.waitForFunction(plan.ready, undefined, { timeout: WAIT_MS });
  if (plan.act) await plan.act(page);
  if (plan.expectLauncher) await launcher(page).waitFor({ state: 'visible', timeout: WAIT_MS });
  await waitForStableHints(page);
  const rest = (plan.minElapsedMs ?? 0) - (Date.now() - started);
  if (rest > 0) await page.waitForTimeout(rest);
  const elapsedMs = Date.now() - started;
  const longTasks = await readProbe<LongTask[]>(page, 'longTasks');
  const cpuTasks = await trace.stop(plan.url);
  const seen: Observation = {
    elapsedMs,
    longTasks,
    cpuTasks,
    pageChecks: await readChecks(page),
    snapshots: await readSnapshots(page),
    hints: await readProbe<ProbedHint[]>(page, 'hints'),
    issues,
    launcherVisible: await launcher(page).isVisible(),
  };
  return { page, seen };
}
