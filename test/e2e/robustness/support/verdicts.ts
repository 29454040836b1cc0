/**
 * Turns two observations of one page (with the extension, and in the control browser without it) into
 * named checks. Long tasks are attributed by comparison: a task in the extension run counts as the
 * page's own when the control run has a task at least half as long that is not already matched (the
 * same work may run a little slower next to the extension); whatever is left was added by the extension.
 * "Long" is judged on main-thread CPU time (see `trace.ts`); the wall-clock long tasks the page's
 * PerformanceObserver saw are reported beside it.
 */
import type { LongTask } from './probe';
import type { Issue, Observation } from './observe';
import { LONG_TASK_MS, SCRIPT_START_BUDGET_MS, type TracedTask } from './trace';

/** One named check and what it found. */
export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Builds a check. */
export function check(name: string, ok: boolean, detail = ''): Check {
  return { name, ok, detail };
}

/** Extension-run tasks that no control-run task explains, longest first (`cost` reads a task's length). */
export function addedTasks<T>(withExtension: readonly T[], control: readonly T[], cost: (task: T) => number): T[] {
  const pool = [...control].sort((a, b) => cost(b) - cost(a));
  const added: T[] = [];
  for (const task of [...withExtension].sort((a, b) => cost(b) - cost(a))) {
    const match = pool.findIndex((own) => cost(own) >= cost(task) / 2);
    if (match >= 0) pool.splice(match, 1);
    else added.push(task);
  }
  return added;
}

function describeCpu(tasks: readonly TracedTask[]): string {
  if (tasks.length === 0) return 'none';
  const each = tasks.map(
    (t) =>
      `${Math.round(t.cpuMs)} ms${t.extensionCpuMs > 0 ? ` (script of ours ${Math.round(t.extensionCpuMs)})` : ''}`,
  );
  return `${tasks.length}: ${each.join(', ')}`;
}

function describeWall(tasks: readonly LongTask[]): string {
  return tasks.length === 0
    ? 'none'
    : `${tasks.length} (max ${Math.round(Math.max(...tasks.map((t) => t.duration)))} ms)`;
}

/** The long-task line for the table: CPU-time verdict, then the wall-clock observer's counts. */
export function describeLongTasks(ext: Observation, control: Observation): string {
  const others = ext.cpuTasks.filter((t) => !t.isExtensionStart);
  const added = addedTasks(others, control.cpuTasks, (t) => t.cpuMs);
  return (
    `CPU-long tasks added: ${describeCpu(added)}; wall-clock long tasks (PerformanceObserver): ` +
    `with extension ${describeWall(ext.longTasks)}, control ${describeWall(control.longTasks)}.`
  );
}

/** Issues in the extension run that came from its code, or that the control run did not have. */
export function extensionIssues(withExtension: readonly Issue[], control: readonly Issue[]): string[] {
  const known = new Set(control.map((issue) => issue.text));
  return withExtension.filter((issue) => issue.fromExtension || !known.has(issue.text)).map((issue) => issue.text);
}

function failedOwnChecks(seen: Observation): string {
  const own = seen.pageChecks?.own ?? {};
  return Object.keys(own)
    .filter((key) => own[key] !== true)
    .join(', ');
}

/**
 * The checks every case makes: the page works, nothing changed, no errors, and no task added over
 * `budgetMs` of CPU time (the long-task threshold, unless a case documents a larger one).
 */
export function standardChecks(
  ext: Observation,
  control: Observation,
  workerIssues: readonly string[],
  budgetMs = LONG_TASK_MS,
): Check[] {
  const errors = [...extensionIssues(ext.issues, control.issues), ...workerIssues];
  const start = ext.cpuTasks.filter((t) => t.isExtensionStart);
  const others = ext.cpuTasks.filter((t) => !t.isExtensionStart);
  const added = addedTasks(others, control.cpuTasks, (t) => t.cpuMs).filter((t) => t.cpuMs >= budgetMs);
  const startMs = Math.round(Math.max(0, ...start.map((t) => t.cpuMs)));
  const taskCheck = budgetMs === LONG_TASK_MS ? 'no long task added' : `no task over ${budgetMs} ms added`;
  const pageOk = ext.pageChecks === null || (ext.pageChecks.ok && control.pageChecks?.ok === true);
  return [
    check('page keeps working', pageOk, pageOk ? '' : `failed: ${failedOwnChecks(ext) || 'checksum'}`),
    check('text and values unchanged', ext.snapshots.join() === control.snapshots.join()),
    check('no extension error', errors.length === 0, errors.slice(0, 3).join(' | ')),
    check(taskCheck, added.length === 0, describeLongTasks(ext, control)),
    check(
      `script start-up under ${SCRIPT_START_BUDGET_MS} ms`,
      startMs < SCRIPT_START_BUDGET_MS,
      startMs >= LONG_TASK_MS ? `script start-up: ${startMs} ms of CPU (documented)` : '',
    ),
  ];
}
