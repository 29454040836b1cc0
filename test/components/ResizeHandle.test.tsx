// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import ResizeHandle from '../../components/ResizeHandle';
import { PANEL_WIDTH_MAX, PANEL_WIDTH_MIN } from '../../core/settings/defaults';
import { PANEL_RESIZE_STEP } from '../../components/panel-width';
import { get, keyDown, mount, pointer, unmountAll } from './dom';

afterEach(unmountAll);

function mountHandle(width = 380) {
  const onResize = vi.fn();
  return { handle: get(mount(<ResizeHandle width={width} onResize={onResize} />), '[role="separator"]'), onResize };
}

describe('ResizeHandle', () => {
  it('is a focusable vertical separator that reports the width', () => {
    const { handle } = mountHandle();
    expect([
      handle.getAttribute('aria-orientation'),
      handle.getAttribute('aria-valuenow'),
      handle.getAttribute('aria-valuemin'),
      handle.getAttribute('aria-valuemax'),
      handle.getAttribute('aria-label'),
      handle.tabIndex,
    ]).toEqual(['vertical', '380', String(PANEL_WIDTH_MIN), String(PANEL_WIDTH_MAX), 'Resize panel', 0]);
  });

  it.each([
    ['ArrowLeft', {}, 380 + PANEL_RESIZE_STEP],
    ['ArrowRight', {}, 380 - PANEL_RESIZE_STEP],
    ['ArrowLeft', { shiftKey: true }, 380 + 4 * PANEL_RESIZE_STEP],
    ['Home', {}, PANEL_WIDTH_MIN],
    ['End', {}, PANEL_WIDTH_MAX],
  ] as const)('resizes on %s %o to %d', (key, init, width) => {
    const { handle, onResize } = mountHandle();
    expect(keyDown(handle, key, init)).toBe(true);
    expect(onResize).toHaveBeenCalledWith(width);
  });

  it('stays within the limits from the keyboard', () => {
    const { handle, onResize } = mountHandle(PANEL_WIDTH_MAX);
    keyDown(handle, 'ArrowLeft');
    expect(onResize).toHaveBeenCalledWith(PANEL_WIDTH_MAX);
  });

  it('ignores other keys', () => {
    const { handle, onResize } = mountHandle();
    expect(keyDown(handle, 'a')).toBe(false);
    expect(onResize).not.toHaveBeenCalled();
  });

  it('widens the panel when dragged left and narrows it when dragged right', () => {
    const { handle, onResize } = mountHandle();
    pointer(handle, 'pointerdown', { clientX: 900 });
    pointer(handle, 'pointermove', { clientX: 860 });
    pointer(handle, 'pointermove', { clientX: 950 });
    expect(onResize.mock.calls).toEqual([[420], [330]]);
  });

  it('stops resizing when the pointer is released', () => {
    const { handle, onResize } = mountHandle();
    pointer(handle, 'pointerdown', { clientX: 900 });
    pointer(handle, 'pointerup', { clientX: 900 });
    pointer(handle, 'pointermove', { clientX: 800 });
    expect(onResize).not.toHaveBeenCalled();
  });

  it('ignores moves without a press', () => {
    const { handle, onResize } = mountHandle();
    pointer(handle, 'pointermove', { clientX: 800 });
    expect(onResize).not.toHaveBeenCalled();
  });
});
