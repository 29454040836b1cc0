import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextFrame, contextTimeout, type TimerWindow } from '@/platform/context-timers';

/** A content script context like WXT's, counting its live `onInvalidated` listeners. */
function fakeContext() {
  const controller = new AbortController();
  let listeners = 0;
  return {
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      listeners++;
      let removed = false;
      controller.signal.addEventListener('abort', cb);
      return () => {
        if (removed) return;
        removed = true;
        listeners--;
        controller.signal.removeEventListener('abort', cb);
      };
    },
    invalidate: () => controller.abort(),
    listeners: () => listeners,
  };
}

/** Timers on Vitest's fake clock; animation frames are 16 ms timeouts. */
const win: TimerWindow = {
  setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  requestAnimationFrame: (callback) => setTimeout(callback, 16) as unknown as number,
  cancelAnimationFrame: (id) => clearTimeout(id),
};

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('contextTimeout', () => {
  it('runs the handler after the delay and then lets go of the context', () => {
    const ctx = fakeContext();
    const handler = vi.fn();
    contextTimeout(ctx, handler, 100, win);
    expect(ctx.listeners()).toBe(1);
    vi.advanceTimersByTime(99);
    expect(handler).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(ctx.listeners()).toBe(0);
  });

  it('keeps no listener per call over many calls', () => {
    const ctx = fakeContext();
    for (let i = 0; i < 1000; i++) contextTimeout(ctx, () => undefined, 0, win);
    vi.runAllTimers();
    expect(ctx.listeners()).toBe(0);
  });

  it('never runs a cancelled handler, and cancelling releases the listener', () => {
    const ctx = fakeContext();
    const handler = vi.fn();
    const cancel = contextTimeout(ctx, handler, 100, win);
    cancel();
    cancel();
    vi.runAllTimers();
    expect(handler).not.toHaveBeenCalled();
    expect(ctx.listeners()).toBe(0);
  });

  it('never runs once the context is invalidated', () => {
    const ctx = fakeContext();
    const handler = vi.fn();
    contextTimeout(ctx, handler, 100, win);
    ctx.invalidate();
    vi.runAllTimers();
    expect(handler).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('contextFrame', () => {
  it('runs on the next frame and then lets go of the context', () => {
    const ctx = fakeContext();
    const callback = vi.fn();
    contextFrame(ctx, callback, win);
    vi.advanceTimersByTime(16);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(ctx.listeners()).toBe(0);
  });

  it('never runs once the context is invalidated', () => {
    const ctx = fakeContext();
    const callback = vi.fn();
    contextFrame(ctx, callback, win);
    ctx.invalidate();
    vi.runAllTimers();
    expect(callback).not.toHaveBeenCalled();
  });
});
