/**
 * Timers tied to the content script's context that let go of it once they are done.
 *
 * WXT's `ctx.setTimeout` and `ctx.requestAnimationFrame` register an `onInvalidated` listener per
 * call and never remove it, so each call keeps a closure and an abort listener alive for the page's
 * lifetime: one per report, and one per animation frame while the pointer moves. Over an SPA
 * session that grows without bound. These helpers remove their listener when the callback runs or
 * is cancelled, and still never run after the context is invalidated.
 */
import type { ContentScriptContext } from '#imports';

/** Cancels a pending timer or frame; safe to call more than once, or after it ran. */
export type Cancel = () => void;

/** The timer functions used (a real `window`, or a fake in tests). */
export interface TimerWindow {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(id: number): void;
}

type Context = Pick<ContentScriptContext, 'onInvalidated' | 'isValid'>;

function schedule(
  ctx: Context,
  start: (run: () => void) => number,
  stop: (id: number) => void,
  fn: () => void,
): Cancel {
  let done = false;
  const cancel = (): void => {
    if (done) return;
    done = true;
    stop(id);
    forget();
  };
  const id = start(() => {
    if (done) return;
    done = true;
    forget();
    if (ctx.isValid) fn();
  });
  const forget = ctx.onInvalidated(cancel);
  return cancel;
}

/** Runs `handler` after `ms` unless cancelled or the context is invalidated first. */
export function contextTimeout(ctx: Context, handler: () => void, ms: number, win: TimerWindow = window): Cancel {
  return schedule(
    ctx,
    (run) => win.setTimeout(run, ms),
    (id) => win.clearTimeout(id),
    handler,
  );
}

/** Runs `callback` on the next animation frame unless cancelled or the context is invalidated first. */
export function contextFrame(ctx: Context, callback: () => void, win: TimerWindow = window): Cancel {
  return schedule(
    ctx,
    (run) => win.requestAnimationFrame(run),
    (id) => win.cancelAnimationFrame(id),
    callback,
  );
}
