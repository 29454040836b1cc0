/**
 * Opens the hint card when the pointer rests on a painted mention, and closes it when the pointer
 * leaves both the mention and the card, on scroll, or on Escape. Hit-testing asks the highlighter,
 * at most once per animation frame, so a moving pointer costs the page almost nothing.
 */
import type { ContentScriptContext } from '#imports';
import { contextFrame, contextTimeout, type Cancel } from '@/platform/context-timers';
import { watchRootReplacement } from '@/platform/document-root';
import type { Highlighter } from '@/platform/highlighter';

/** How long the pointer may be off both mention and card before the card closes, ms (lets it cross the gap). */
const LEAVE_GRACE_MS = 300;

export interface HoverHandlers {
  /** The pointer rests on mention `id`. */
  onEnter(id: string): void;
  /** Close the card. */
  onLeave(): void;
  /** True when the event's target is inside our own UI (the card). */
  isInsideUi(target: EventTarget | null): boolean;
}

/** Lets the reader tell the watcher the card was closed another way (button, Escape in the card). */
export interface HoverWatch {
  forget(): void;
}

/** Registers the page listeners hover needs: pointer moves, and scroll or Escape to leave. */
function listenOnPage(ctx: ContentScriptContext, onMove: (event: PointerEvent) => void, leave: () => void): void {
  ctx.addEventListener(document, 'pointermove', onMove, { passive: true, capture: true });
  ctx.addEventListener(window, 'scroll', leave, { passive: true, capture: true });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape') leave();
  });
}

/** Starts listening on the page; listeners go away with the content script's context. */
export function watchHover(ctx: ContentScriptContext, highlighter: Highlighter, handlers: HoverHandlers): HoverWatch {
  let frame: Cancel | null = null;
  let last: PointerEvent | null = null;
  let current: string | null = null;
  let leaveTimer: Cancel | null = null;

  const cancelLeave = () => {
    leaveTimer?.();
    leaveTimer = null;
  };
  const leave = () => {
    cancelLeave();
    if (current === null) return;
    current = null;
    handlers.onLeave();
  };
  const check = () => {
    frame = null;
    const event = last;
    if (!event) return;
    if (handlers.isInsideUi(event.target)) {
      cancelLeave();
      return;
    }
    const id = highlighter.hitTest(event.clientX, event.clientY);
    if (id !== null) {
      cancelLeave();
      if (id !== current) {
        current = id;
        handlers.onEnter(id);
      }
    } else if (current !== null && leaveTimer === null) {
      leaveTimer = contextTimeout(ctx, leave, LEAVE_GRACE_MS);
    }
  };
  const onMove = (event: PointerEvent) => {
    last = event;
    frame ??= contextFrame(ctx, check);
  };
  const listen = () => listenOnPage(ctx, onMove, leave);
  listen();
  // `document.open()` erases every listener, ours too: listen again on the rewritten page.
  ctx.onInvalidated(watchRootReplacement(document, listen));
  return {
    forget() {
      cancelLeave();
      current = null;
    },
  };
}
