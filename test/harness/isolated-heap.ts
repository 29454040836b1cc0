/**
 * Measures how much memory the extension's content script keeps on a page, over CDP.
 *
 * A page's main world and every isolated world (the content script's) share one V8 isolate, so no
 * API reports one world's heap: `Runtime.getHeapUsage`, and `performance.memory` evaluated in the
 * isolated world, both give the isolate's total. Two measures together are sound:
 * - the isolate's used JS heap after a full GC (`HeapProfiler.collectGarbage`), on a page whose
 *   own script keeps nothing (a control run without the content script stays flat), so growth is
 *   the extension's; the embedder (DOM) heap is left out because it swings by a third between
 *   two identical states with no leak;
 * - live objects in the extension's isolated world by prototype (`Runtime.queryObjects` with that
 *   world's `Range.prototype` and `Function.prototype`), exact and per world: retained ranges keep
 *   old pages' DOM alive, and closures grow when listeners or timers pile up.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** One measurement after garbage collection. */
export interface HeapSample {
  /** The isolate's used JS heap, bytes. */
  usedBytes: number;
  /** Live `Range` objects created by the extension. */
  ranges: number;
  /** Live functions (closures) in the extension's world. */
  functions: number;
}

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** Samples the heap of one page with the extension's content script in it. */
export interface IsolatedHeapWatch {
  sample(): Promise<HeapSample>;
  detach(): Promise<void>;
}

/** Full GCs per sample, keeping the lowest reading: one can leave garbage that a finalizer released. */
const GC_PASSES = 3;

/** Live objects in one execution context whose prototype chain holds `prototype` (an expression). */
async function countByPrototype(cdp: CDPSession, contextId: number, prototype: string): Promise<number> {
  const objectGroup = 'news-context-heap';
  try {
    const proto = await cdp.send('Runtime.evaluate', { expression: prototype, contextId, objectGroup });
    const prototypeObjectId = proto.result.objectId;
    if (prototypeObjectId === undefined) throw new Error(`${prototype} is not an object`);
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId, objectGroup });
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
      objectGroup,
    });
    return Number(length.result.value);
  } finally {
    // The array queryObjects returns holds every object it found: release it, or it leaks itself.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

/** The isolate's used JS heap after full GCs, bytes: the lowest of `GC_PASSES` readings. */
async function usedHeapAfterGc(cdp: CDPSession): Promise<number> {
  let usedBytes = Number.POSITIVE_INFINITY;
  for (let i = 0; i < GC_PASSES; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    usedBytes = Math.min(usedBytes, (await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  return usedBytes;
}

/** Attaches to `page` before it loads; `sample()` works once the content script has started. */
export async function watchIsolatedHeap(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<IsolatedHeapWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  let isolated: number | null = null;
  cdp.on('Runtime.executionContextCreated', ({ context: created }: { context: ContextDescription }) => {
    if (created.auxData?.type === 'isolated' && created.origin === origin) isolated = created.id;
  });
  await cdp.send('Runtime.enable');
  return {
    async sample(): Promise<HeapSample> {
      if (isolated === null) throw new Error('the content script has not started on this page');
      const usedBytes = await usedHeapAfterGc(cdp);
      const ranges = await countByPrototype(cdp, isolated, 'Range.prototype');
      const functions = await countByPrototype(cdp, isolated, 'Function.prototype');
      return { usedBytes, ranges, functions };
    },
    detach: () => cdp.detach(),
  };
}
