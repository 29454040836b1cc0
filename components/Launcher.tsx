/** The small tab at the page's right edge: mention count and label; opens the panel, drags vertically. */
import { useRef } from 'preact/hooks';
import type { Verdict } from '../core/report';
import { formatMentions } from './format';

/** Pointer travel, px, before a press counts as a drag rather than a click. */
export const LAUNCHER_DRAG_THRESHOLD = 4;
/** Vertical move per ArrowUp/ArrowDown press, px. */
export const LAUNCHER_MOVE_STEP = 24;
const LAUNCHER_KEY_STEPS: Partial<Record<string, number>> = {
  ArrowUp: -LAUNCHER_MOVE_STEP,
  ArrowDown: LAUNCHER_MOVE_STEP,
};

export interface LauncherProps {
  mentionCount: number;
  verdict: Verdict;
  /** Distance of the launcher's top from the viewport's top, px. */
  y: number;
  onOpen: () => void;
  /** Called with the new `y` while dragging or on ArrowUp/ArrowDown; the integrator clamps and stores it. */
  onMove: (y: number) => void;
}

/** Renders the launcher button; a drag moves it without opening the panel. */
export default function Launcher({ mentionCount, verdict, y, onOpen, onMove }: LauncherProps) {
  const drag = useRef<{ startY: number; startTop: number; isDragging: boolean } | null>(null);
  const wasDragged = useRef(false);
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    drag.current = { startY: event.clientY, startTop: y, isDragging: false };
    wasDragged.current = false;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const state = drag.current;
    if (!state) return;
    const dy = event.clientY - state.startY;
    if (!state.isDragging && Math.abs(dy) < LAUNCHER_DRAG_THRESHOLD) return;
    state.isDragging = true;
    wasDragged.current = true;
    onMove(Math.round(state.startTop + dy));
  };
  const onClick = () => {
    if (wasDragged.current) wasDragged.current = false;
    else onOpen();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = LAUNCHER_KEY_STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    onMove(y + step);
  };
  return (
    <div
      class={`nc-launcher nc-launcher--${verdict}`}
      style={{ top: `${y}px` }}
      data-mention-count={mentionCount}
      data-verdict={verdict}
    >
      <button
        type="button"
        class="nc-launcher__button"
        aria-label={`News Context: ${formatMentions(mentionCount)} on this page. Open panel`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span class="nc-launcher__grip" aria-hidden="true" />
        <span class="nc-launcher__count" aria-hidden="true">
          {mentionCount}
        </span>
        <span class="nc-launcher__label" aria-hidden="true">
          Context
        </span>
      </button>
    </div>
  );
}
