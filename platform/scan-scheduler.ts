/**
 * Decides when and what to scan: the whole page at start and after SPA navigations, then only what
 * mutations added or changed, batched and throttled, all run in ~10 ms time slices
 * (`scan-scheduler/time-slicer.ts`). Globals come in through `env` so tests can drive a fake clock,
 * timers and yields.
 *
 * Contract for `scan(root)`: replace whatever was found under `root` before (a root may be rescanned
 * after its text changed). The fallback painter's marks never trigger a rescan: it runs its edits
 * through `asOwnEdit`, which a running scheduler mutes (`scan-scheduler/own-edits.ts`); use `mute()`
 * for any other DOM edit of ours. Mutations inside open shadow roots are not observed (a MutationObserver on
 * the document does not see them); they are read on full scans.
 */
import { isCollectable } from './page-text';
import { isInsideUiHost } from './ui-host';
import { collectMutationRoots, outermostRoots } from './scan-scheduler/mutation-roots';
import { registerMuter } from './scan-scheduler/own-edits';
import { type NavigationWatch, type NavigationWindow, watchNavigation } from './scan-scheduler/navigation-watch';
import {
  createHostYield,
  createTimeSlicer,
  type HostYield,
  type ScanTask,
  type TimeSlicer,
  type YieldWindow,
} from './scan-scheduler/time-slicer';

export { SLICE_BUDGET_MS, type ScanTask } from './scan-scheduler/time-slicer';

/**
 * Shortest gap between two mutation-driven rescans, in ms: coalesces bursts (infinite scroll, live
 * blogs, framework re-renders) into one pass while new text still gets hints within a quarter second.
 */
export const MUTATION_THROTTLE_MS = 250;

/** The window features the scheduler uses (a real `window`, or a fake in tests). */
export interface SchedulerWindow extends NavigationWindow, YieldWindow {
  MutationObserver: typeof MutationObserver;
  clearTimeout(id: number): void;
}

/** Injected dependencies. */
export interface ScanSchedulerEnv {
  doc: Document;
  win: SchedulerWindow;
  /** Monotonic clock in ms (e.g. `() => performance.now()`). */
  now(): number;
  /** Overrides how to yield between slices (default: scheduler.yield, MessageChannel, setTimeout). */
  yieldToHost?: () => Promise<void>;
}

/** What the scheduler calls. */
export interface ScanHandlers {
  /** Scan work for one subtree; yield between small steps so it can be time-sliced. */
  scan(root: Node): ScanTask;
  /** The URL changed without a reload: drop page state; a full scan follows. */
  onNavigate?(url: string): void;
  /** A step threw; scanning continues with the next step or root. */
  onError?(error: unknown): void;
  /** Nodes left the page (removals need no rescan; see scan-scheduler/mutation-roots.ts). */
  onRemoved?(node: Node): void;
}

/** Schedules scans of one document. */
export interface ScanScheduler {
  /** Observes mutations and navigations and queues a full scan. */
  start(): void;
  /** Disconnects the observer and listeners and drops all queued and running work. */
  stop(): void;
  /** Queues a scan of `root` (default: the whole body). */
  rescan(root?: Node): void;
  /** Runs `fn` (e.g. painting fallback marks) so the DOM changes it makes trigger no rescan. */
  mute<T>(fn: () => T): T;
  /** Resolves once no scan work is queued or running. */
  whenIdle(): Promise<void>;
}

class Scheduler implements ScanScheduler {
  private observer: MutationObserver | null = null;
  private navigation: NavigationWatch | null = null;
  private hostYield: HostYield | null = null;
  private unregisterMuter: (() => void) | null = null;
  private timer: number | null = null;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private readonly pending = new Set<Node>();
  private readonly slicer: TimeSlicer;

  constructor(
    private readonly env: ScanSchedulerEnv,
    private readonly handlers: ScanHandlers,
  ) {
    this.slicer = createTimeSlicer({
      now: () => env.now(),
      yieldToHost: () => this.yieldToHost(),
      start: (root) => handlers.scan(root),
      onError: (error) => handlers.onError?.(error),
    });
  }

  start(): void {
    if (this.observer) return;
    const { doc, win } = this.env;
    this.observer = new win.MutationObserver((records) => this.onRecords(records));
    this.observer.observe(doc, { childList: true, characterData: true, subtree: true });
    this.navigation = watchNavigation(win, (url) => this.onNavigate(url));
    this.unregisterMuter = registerMuter(doc, (edit) => this.mute(edit));
    this.rescan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.navigation?.stop();
    this.navigation = null;
    this.unregisterMuter?.();
    this.unregisterMuter = null;
    this.clearTimer();
    this.pending.clear();
    this.slicer.cancel();
    this.hostYield?.close();
    this.hostYield = null;
  }

  rescan(root?: Node): void {
    const target = root ?? this.env.doc.body ?? this.env.doc.documentElement;
    if (target) this.slicer.enqueue(target);
  }

  mute<T>(fn: () => T): T {
    const observer = this.observer;
    if (!observer) return fn();
    const earlier = observer.takeRecords();
    if (earlier.length > 0) this.onRecords(earlier);
    try {
      return fn();
    } finally {
      observer.takeRecords();
    }
  }

  whenIdle(): Promise<void> {
    return this.slicer.whenIdle();
  }

  private yieldToHost(): Promise<void> {
    if (this.env.yieldToHost) return this.env.yieldToHost();
    this.hostYield ??= createHostYield(this.env.win);
    return this.hostYield.yield();
  }

  private onRecords(records: readonly MutationRecord[]): void {
    if (this.navigation?.check()) return;
    this.reportRemovals(records);
    collectMutationRoots(records, this.pending);
    if (this.pending.size === 0 || this.timer !== null) return;
    const delay = Math.max(0, this.lastFlush + MUTATION_THROTTLE_MS - this.env.now());
    this.timer = this.env.win.setTimeout(() => this.flush(), delay);
  }

  private reportRemovals(records: readonly MutationRecord[]): void {
    const onRemoved = this.handlers.onRemoved;
    if (!onRemoved) return;
    for (const record of records) {
      if (record.type !== 'childList' || isInsideUiHost(record.target)) continue;
      for (const node of record.removedNodes) if (!isInsideUiHost(node)) onRemoved(node);
    }
  }

  private flush(): void {
    this.timer = null;
    this.lastFlush = this.env.now();
    const roots = outermostRoots(this.pending);
    this.pending.clear();
    for (const root of roots) {
      if (root.isConnected && isCollectable(root)) this.slicer.enqueue(root);
    }
  }

  private onNavigate(url: string): void {
    this.clearTimer();
    this.pending.clear();
    this.slicer.cancel();
    this.handlers.onNavigate?.(url);
    this.rescan();
  }

  private clearTimer(): void {
    if (this.timer !== null) this.env.win.clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Creates a stopped scheduler; call `start()`. */
export function createScanScheduler(env: ScanSchedulerEnv, handlers: ScanHandlers): ScanScheduler {
  return new Scheduler(env, handlers);
}
