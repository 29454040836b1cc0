/** Runs one case: the page with the extension, then in the control browser, then every check; records the row. */
import type { Page } from 'playwright-core';
import type { InlinePage } from '../../../harness/serve';
import { observe, type Observation } from './observe';
import type { ResultTable } from './results';
import type { Session } from './session';
import { standardChecks, type Check } from './verdicts';

/** One adversarial page and what to expect of it. */
export interface CaseSpec {
  /** The table's name for the case. */
  name: string;
  path: string;
  page: string | InlinePage;
  /** The page is about the topic: the launcher must appear. */
  expectLauncher: boolean;
  /** A page expression that must be true before reading (in both runs). */
  ready?: string;
  /** A page expression that must also be true before reading the extension run (e.g. the page removed our UI). */
  readyWithExtension?: string;
  /** Runs once the page is ready (in both runs). */
  act?: (page: Page) => Promise<void>;
  /** The case's own checks of the extension run: hints where they belong, the UI usable. */
  verify?: (seen: Observation, page: Page) => Check[] | Promise<Check[]>;
  /** What a reader sees, decisions, limits: goes to the table. */
  notes: string;
  /** A documented CPU budget per added task, ms, for pages where the long-task threshold cannot hold. */
  taskBudgetMs?: number;
}

/** Runs `spec`, adds its row to `table`, and returns every check (the caller asserts). */
export async function runCase(session: Session, table: ResultTable, spec: CaseSpec): Promise<Check[]> {
  session.route(spec.path, spec.page);
  const url = session.server.url(spec.path);
  const { ready, act } = spec;
  const extReady = [ready, spec.readyWithExtension].filter(Boolean).join(' && ') || undefined;
  const extension = session.extension.context;
  const ext = await observe(extension, { url, ready: extReady, act, expectLauncher: spec.expectLauncher });
  const own = spec.verify ? await spec.verify(ext.seen, ext.page) : [];
  await ext.page.close();
  const control = await observe(session.control, { url, ready, act, minElapsedMs: ext.seen.elapsedMs });
  await control.page.close();
  const checks = [...standardChecks(ext.seen, control.seen, session.workerIssues, spec.taskBudgetMs), ...own];
  const hints = `${ext.seen.hints.length} hints painted, settled after ${(ext.seen.elapsedMs / 1000).toFixed(1)} s.`;
  table.add(spec.name, checks, `${spec.notes} ${hints}`);
  return checks;
}

/** The names and details of failed checks (empty when all passed): what tests assert on. */
export function failures(checks: readonly Check[]): string[] {
  return checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
}
