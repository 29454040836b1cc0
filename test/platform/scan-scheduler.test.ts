// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createScanScheduler,
  MUTATION_THROTTLE_MS,
  SLICE_BUDGET_MS,
  type ScanHandlers,
  type ScanScheduler,
  type ScanSchedulerEnv,
} from '../../platform/scan-scheduler';
import { createHighlighter } from '../../platform/highlighter';
import { collectPageText } from '../../platform/page-text';
import { UI_HOST_TAG } from '../../platform/ui-host';
import { setBody } from './dom-fixtures';

interface Timer {
  id: number;
  at: number;
  run: () => void;
}

/** A fake clock, timers and yields around the real happy-dom document and MutationObserver. */
function harness(handlers: Partial<ScanHandlers> = {}) {
  const state = {
    clock: 0,
    yields: [] as number[],
    scanned: [] as Node[],
    navigated: [] as string[],
  };
  let timers: Timer[] = [];
  let nextId = 1;
  const events = new EventTarget();
  const win = {
    location: { href: 'https://news.example/story#top' },
    navigation: undefined as EventTarget | undefined,
    MutationObserver: window.MutationObserver,
    setTimeout(run: () => void, ms: number) {
      timers.push({ id: nextId, at: state.clock + ms, run });
      return nextId++;
    },
    clearTimeout: (id: number) => void (timers = timers.filter((t) => t.id !== id)),
    addEventListener: (type: 'popstate', listener: () => void) => events.addEventListener(type, listener),
    removeEventListener: (type: 'popstate', listener: () => void) => events.removeEventListener(type, listener),
  };
  const env: ScanSchedulerEnv = {
    doc: document,
    win,
    now: () => state.clock,
    yieldToHost: async () => void state.yields.push(state.clock),
  };
  const scheduler = createScanScheduler(env, {
    scan: (root) => {
      state.scanned.push(root);
      return [].values();
    },
    onNavigate: (url) => void state.navigated.push(url),
    ...handlers,
  });
  return {
    state,
    win,
    events,
    scheduler,
    timers: () => timers,
    /** Lets the MutationObserver deliver, then advances the clock by `ms` running due timers. */
    async settle(ms = 0): Promise<void> {
      await Promise.resolve();
      state.clock += ms;
      const due = timers.filter((t) => t.at <= state.clock);
      timers = timers.filter((t) => t.at > state.clock);
      for (const timer of due) timer.run();
      await scheduler.whenIdle();
    },
  };
}

/** A scan task of `steps` steps that each advance the fake clock by `stepMs`. */
function* busyTask(state: { clock: number }, steps: number, stepMs: number): Generator<void, void> {
  for (let i = 0; i < steps; i++) {
    state.clock += stepMs;
    yield;
  }
}

let running: ScanScheduler | null = null;

async function started(h: ReturnType<typeof harness>): Promise<ReturnType<typeof harness>> {
  running = h.scheduler;
  h.scheduler.start();
  await h.settle();
  h.state.scanned.length = 0;
  return h;
}

afterEach(() => {
  running?.stop();
  running = null;
});

describe('createScanScheduler', () => {
  it('scans the whole body on start', async () => {
    setBody('<p>text</p>');
    const h = harness();
    running = h.scheduler;
    h.scheduler.start();
    await h.scheduler.whenIdle();
    expect(h.state.scanned).toEqual([document.body]);
  });

  it('yields whenever a slice reaches the time budget', async () => {
    const stepMs = 3;
    const h = harness();
    const scheduler = createScanScheduler(
      {
        doc: document,
        win: h.win,
        now: () => h.state.clock,
        yieldToHost: async () => void h.state.yields.push(h.state.clock),
      },
      { scan: () => busyTask(h.state, 10, stepMs) },
    );
    scheduler.rescan();
    await scheduler.whenIdle();
    const slices = h.state.yields.map((at, i) => at - (h.state.yields[i - 1] ?? 0));
    expect(slices.every((ms) => ms >= SLICE_BUDGET_MS && ms < SLICE_BUDGET_MS + stepMs)).toBe(true);
    expect(h.state.yields).toHaveLength(2);
  });

  it('does not yield while the work stays under budget', async () => {
    const h = harness();
    const scheduler = createScanScheduler(
      {
        doc: document,
        win: h.win,
        now: () => h.state.clock,
        yieldToHost: async () => void h.state.yields.push(h.state.clock),
      },
      { scan: () => busyTask(h.state, 3, 1) },
    );
    scheduler.rescan();
    await scheduler.whenIdle();
    expect(h.state.yields).toEqual([]);
  });

  it('rescans only a block that was added', async () => {
    const article = setBody('<article><p>old</p></article>').firstChild as Element;
    const h = await started(harness());
    const added = document.createElement('p');
    added.textContent = 'new';
    article.append(added);
    await h.settle();
    expect(h.state.scanned).toEqual([added]);
  });

  it('rescans the whole paragraph around added inline text', async () => {
    const p = setBody('<p>North </p>').firstChild as Element;
    const h = await started(harness());
    p.append(Object.assign(document.createElement('b'), { textContent: 'Korea' }));
    await h.settle();
    expect(h.state.scanned).toEqual([p]);
  });

  it('rescans the paragraph whose text changed', async () => {
    const p = setBody('<div><p>North <i>Kor</i></p></div>').querySelector('p') as Element;
    const h = await started(harness());
    ((p.querySelector('i') as Element).firstChild as Text).data = 'Korea';
    await h.settle();
    expect(h.state.scanned).toEqual([p]);
  });

  it('batches a burst of mutations into one rescan of the outermost roots', async () => {
    const article = setBody('<article></article>').firstChild as Element;
    const h = await started(harness());
    const outer = document.createElement('section');
    article.append(outer);
    outer.append(document.createElement('p'), document.createElement('p'));
    await h.settle();
    expect(h.state.scanned).toEqual([outer]);
  });

  it('waits out the throttle window after a rescan', async () => {
    const article = setBody('<article></article>').firstChild as Element;
    const h = await started(harness());
    article.append(document.createElement('p'));
    await h.settle(0);
    await h.settle(100);
    article.append(document.createElement('p'));
    await h.settle(0);
    expect(h.timers().map((t) => t.at)).toEqual([MUTATION_THROTTLE_MS]);
  });

  it('ignores mutations inside the UI host', async () => {
    const host = setBody(`<p>page</p><${UI_HOST_TAG}></${UI_HOST_TAG}>`).lastChild as Element;
    const h = await started(harness());
    host.append(document.createElement('p'));
    await h.settle();
    expect(h.state.scanned).toEqual([]);
  });

  it('reports removed nodes, without a rescan, but not the UI host or what leaves it', async () => {
    const removed: Node[] = [];
    const host = setBody(`<p>one</p><p>two</p><${UI_HOST_TAG}><p>ui</p></${UI_HOST_TAG}>`).lastChild as Element;
    const h = await started(harness({ onRemoved: (node) => void removed.push(node) }));
    const first = document.body.firstChild!;
    first.remove();
    host.firstChild!.remove();
    host.remove();
    await h.settle(1000);
    expect([removed, h.state.scanned]).toEqual([[first], []]);
  });

  it('ignores the insertion of the UI host itself', async () => {
    setBody('<p>page</p>');
    const h = await started(harness());
    document.body.append(document.createElement(UI_HOST_TAG));
    await h.settle();
    expect(h.state.scanned).toEqual([]);
  });

  it('ignores mutations made inside mute()', async () => {
    const p = setBody('<p>North Korea</p>').firstChild as Element;
    const h = await started(harness());
    h.scheduler.mute(() => {
      (p.firstChild as Text).splitText(5);
      p.append(document.createElement('mark'));
    });
    await h.settle();
    expect(h.state.scanned).toEqual([]);
  });

  it('does not rescan after the fallback highlighter paints and clears', async () => {
    setBody('<p>troops from North Korea</p>');
    const h = await started(harness());
    const page = collectPageText(document.body);
    const highlighter = createHighlighter(document, { highlightApi: null });
    const ranges = page.toRanges(12, 23).map((range) => ({ range, kind: 'plain' as const, id: 'kp' }));
    highlighter.paint(ranges);
    highlighter.clear();
    await h.settle();
    expect(h.state.scanned).toEqual([]);
  });

  it('still rescans page mutations queued before mute()', async () => {
    const article = setBody('<article></article>').firstChild as Element;
    const h = await started(harness());
    const added = article.appendChild(document.createElement('p'));
    h.scheduler.mute(() => undefined);
    await h.settle();
    expect(h.state.scanned).toEqual([added]);
  });

  it('ignores typing in an editable region', async () => {
    const p = setBody('<div contenteditable><p>draft</p></div>').querySelector('p') as Element;
    const h = await started(harness());
    (p.firstChild as Text).data = 'draft North Korea';
    await h.settle();
    expect(h.state.scanned).toEqual([]);
  });

  it('rescans the whole page when a mutation batch shows a new URL', async () => {
    setBody('<p>first story</p>');
    const h = await started(harness());
    h.win.location.href = 'https://news.example/next';
    document.body.append(document.createElement('p'));
    await h.settle();
    expect([h.state.navigated, h.state.scanned]).toEqual([['https://news.example/next'], [document.body]]);
  });

  it('detects navigations through the Navigation API', async () => {
    const h = harness();
    h.win.navigation = new EventTarget();
    await started(h);
    h.win.location.href = 'https://news.example/next';
    h.win.navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(h.state.navigated).toEqual(['https://news.example/next']);
  });

  it('detects history traversal through popstate', async () => {
    const h = await started(harness());
    h.win.location.href = 'https://news.example/previous';
    h.events.dispatchEvent(new Event('popstate'));
    expect(h.state.navigated).toEqual(['https://news.example/previous']);
  });

  it('treats a fragment change as the same page', async () => {
    const h = await started(harness());
    h.win.location.href = 'https://news.example/story#comments';
    h.events.dispatchEvent(new Event('popstate'));
    expect(h.state.navigated).toEqual([]);
  });

  it('observes, listens and schedules nothing after stop()', async () => {
    const article = setBody('<article></article>').firstChild as Element;
    const h = await started(harness());
    h.scheduler.stop();
    article.append(document.createElement('p'));
    h.win.location.href = 'https://news.example/next';
    h.events.dispatchEvent(new Event('popstate'));
    await h.settle(MUTATION_THROTTLE_MS);
    expect([h.state.scanned, h.state.navigated, h.timers()]).toEqual([[], [], []]);
  });

  it('abandons the running scan on stop()', async () => {
    let finished = false;
    const h = harness({
      scan: function* () {
        try {
          for (;;) {
            h.state.clock += SLICE_BUDGET_MS;
            yield;
          }
        } finally {
          finished = true;
        }
      },
    });
    h.scheduler.start();
    h.scheduler.stop();
    await h.scheduler.whenIdle();
    expect(finished).toBe(true);
  });

  it('keeps scanning the next root after a scan throws', async () => {
    const errors: unknown[] = [];
    const h = harness({
      scan: (root) => {
        h.state.scanned.push(root);
        if (root === document.body) throw new Error('odd page');
        return [].values();
      },
      onError: (error) => void errors.push(error),
    });
    const p = setBody('<p>x</p>').firstChild as Element;
    h.scheduler.rescan();
    h.scheduler.rescan(p);
    await h.scheduler.whenIdle();
    expect([errors.length, h.state.scanned]).toEqual([1, [document.body, p]]);
  });

  it('accepts the real window as its environment', () => {
    const env: ScanSchedulerEnv = { doc: document, win: window, now: () => performance.now() };
    expect(createScanScheduler(env, { scan: () => [].values() })).toBeDefined();
  });
});
