/** The drag handle on the panel's left edge: pointer drag or arrow keys change the panel's width. */
import { useRef } from 'preact/hooks';
import { PANEL_WIDTH_MAX, PANEL_WIDTH_MIN } from '../core/settings/defaults';
import { PANEL_RESIZE_STEP, clampPanelWidth } from './panel-width';

export interface ResizeHandleProps {
  width: number;
  onResize: (width: number) => void;
}

/** Renders a focusable vertical separator; dragging left or pressing ArrowLeft widens the panel. */
export default function ResizeHandle({ width, onResize }: ResizeHandleProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    drag.current = { startX: event.clientX, startWidth: width };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!drag.current) return;
    onResize(clampPanelWidth(drag.current.startWidth + drag.current.startX - event.clientX));
  };
  const onPointerEnd = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = widthForKey(event.key, width, event.shiftKey ? PANEL_RESIZE_STEP * 4 : PANEL_RESIZE_STEP);
    if (next === null) return;
    event.preventDefault();
    onResize(next);
  };
  return (
    <div
      class="nc-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize panel"
      aria-valuenow={width}
      aria-valuemin={PANEL_WIDTH_MIN}
      aria-valuemax={PANEL_WIDTH_MAX}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    />
  );
}

function widthForKey(key: string, width: number, step: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return clampPanelWidth(width + step);
    case 'ArrowRight':
      return clampPanelWidth(width - step);
    case 'Home':
      return PANEL_WIDTH_MIN;
    case 'End':
      return PANEL_WIDTH_MAX;
    default:
      return null;
  }
}
