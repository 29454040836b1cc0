import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  invalidateOnUnload,
  isExtensionAlive,
  UNLOAD_CHECK_MS,
  type IntervalWindow,
} from '@/platform/extension-context';

/** A context like WXT's: `abort` runs the `onInvalidated` listeners once. */
function fakeContext() {
  const controller = new AbortController();
  return {
    abort: (reason?: unknown) => controller.abort(reason),
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    isInvalid: () => controller.signal.aborted,
  };
}

const win: IntervalWindow = {
  setInterval: (handler, ms) => setInterval(handler, ms) as unknown as number,
  clearInterval: (id) => clearInterval(id),
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('isExtensionAlive', () => {
  it('is true while the runtime has an id', () => {
    expect(isExtensionAlive()).toBe(true);
  });

  it('is false once the runtime lost its id (the extension was reloaded or disabled)', () => {
    const runtime = fakeBrowser.runtime as { id?: string };
    delete runtime.id;
    expect(isExtensionAlive()).toBe(false);
  });
});

describe('invalidateOnUnload', () => {
  it('leaves the context valid while the extension is loaded', () => {
    const ctx = fakeContext();
    invalidateOnUnload(ctx, () => true, win);
    vi.advanceTimersByTime(UNLOAD_CHECK_MS * 10);
    expect(ctx.isInvalid()).toBe(false);
  });

  it('invalidates the context within one check after the extension goes away', () => {
    const ctx = fakeContext();
    let alive = true;
    const teardown = vi.fn();
    ctx.onInvalidated(teardown);
    invalidateOnUnload(ctx, () => alive, win);
    vi.advanceTimersByTime(UNLOAD_CHECK_MS);
    alive = false;
    vi.advanceTimersByTime(UNLOAD_CHECK_MS);
    expect(ctx.isInvalid()).toBe(true);
    expect(teardown).toHaveBeenCalledTimes(1);
  });

  it('stops checking once the context is invalidated another way', () => {
    const ctx = fakeContext();
    const isAlive = vi.fn(() => true);
    invalidateOnUnload(ctx, isAlive, win);
    ctx.abort();
    vi.advanceTimersByTime(UNLOAD_CHECK_MS * 5);
    expect(isAlive).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
