/**
 * Runs scan tasks (iterators that pause between small units of work) in slices of about
 * `SLICE_BUDGET_MS`, yielding to the page between slices so input and rendering stay responsive.
 * A slice ends after the first step that crosses the budget, so a step must itself be short
 * (`collectPageTextSteps` pauses every few hundred nodes).
 */

/**
 * Longest run of scan work before yielding to the page, in ms. Blink's find-in-page uses the same
 * 10 ms allotment per task (`kFindTaskTimeAllotment`, find_task_controller.cc): far below the 50 ms
 * long-task threshold, large enough that per-slice overhead stays small.
 */
export const SLICE_BUDGET_MS = 10;

/** A unit of scan work: each `next()` does a small step; `done` ends it. */
export type ScanTask = Iterator<unknown, unknown, undefined>;

/** Yields to the host event loop. */
export interface HostYield {
  yield(): Promise<void>;
  close(): void;
}

/** What `createHostYield` needs from a window. */
export interface YieldWindow {
  scheduler?: unknown;
  MessageChannel?: typeof MessageChannel;
  setTimeout(handler: () => void, timeout: number): number;
}

function schedulerYield(win: YieldWindow): (() => Promise<void>) | null {
  const scheduler = win.scheduler;
  if (typeof scheduler !== 'object' || scheduler === null) return null;
  const method: unknown = Reflect.get(scheduler, 'yield');
  if (typeof method !== 'function') return null;
  return async () => {
    await Reflect.apply(method, scheduler, []);
  };
}

function channelYield(Channel: typeof MessageChannel): HostYield {
  const channel = new Channel();
  const waiting: Array<() => void> = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    yield: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/**
 * The cheapest way to yield on this platform: `scheduler.yield()` (resumes ahead of other tasks),
 * else a MessageChannel message (unlike nested `setTimeout(0)`, not clamped to 4 ms), else setTimeout.
 */
export function createHostYield(win: YieldWindow): HostYield {
  const fromScheduler = schedulerYield(win);
  if (fromScheduler) return { yield: fromScheduler, close: () => undefined };
  if (typeof win.MessageChannel === 'function') return channelYield(win.MessageChannel);
  return {
    yield: () => new Promise<void>((resolve) => void win.setTimeout(resolve, 0)),
    close: () => undefined,
  };
}

/** What the slicer needs: a clock, a way to yield, and how to start and report tasks. */
export interface TimeSlicerDeps {
  now(): number;
  yieldToHost(): Promise<void>;
  start(root: Node): ScanTask;
  onError(error: unknown): void;
}

/** Queues roots and runs their scan tasks in time slices. */
export interface TimeSlicer {
  /** Queues `root`, unless a queued root contains it; drops queued roots it contains. */
  enqueue(root: Node): void;
  /** Drops queued work and abandons the running task. */
  cancel(): void;
  /** Resolves once nothing is queued or running. */
  whenIdle(): Promise<void>;
}

class Slicer implements TimeSlicer {
  private queue: Node[] = [];
  private current: ScanTask | null = null;
  private draining = false;
  private runId = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly deps: TimeSlicerDeps) {}

  enqueue(root: Node): void {
    if (this.queue.some((queued) => queued.contains(root))) return;
    this.queue = this.queue.filter((queued) => !root.contains(queued));
    this.queue.push(root);
    if (!this.draining) void this.drain();
  }

  cancel(): void {
    this.runId += 1;
    this.queue = [];
    this.abandonCurrent();
    this.draining = false;
    this.settle();
  }

  whenIdle(): Promise<void> {
    if (!this.draining) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    const id = ++this.runId;
    this.draining = true;
    let sliceStart = this.deps.now();
    while (id === this.runId && this.step()) {
      if (this.deps.now() - sliceStart < SLICE_BUDGET_MS) continue;
      try {
        await this.deps.yieldToHost();
      } catch (error) {
        this.deps.onError(error);
      }
      sliceStart = this.deps.now();
    }
    if (id !== this.runId) return;
    this.draining = false;
    this.settle();
  }

  /** Runs one step of the current task (starting the next queued one); false when all is done. */
  private step(): boolean {
    try {
      if (!this.current) {
        const root = this.queue.shift();
        if (!root) return false;
        this.current = this.deps.start(root);
      }
      if (this.current.next().done) this.current = null;
    } catch (error) {
      this.current = null;
      this.deps.onError(error);
    }
    return true;
  }

  private abandonCurrent(): void {
    try {
      this.current?.return?.();
    } catch (error) {
      this.deps.onError(error);
    }
    this.current = null;
  }

  private settle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** Creates an idle time slicer. */
export function createTimeSlicer(deps: TimeSlicerDeps): TimeSlicer {
  return new Slicer(deps);
}
