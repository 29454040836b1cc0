// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import Launcher, { LAUNCHER_DRAG_THRESHOLD, LAUNCHER_MOVE_STEP, type LauncherProps } from '../../components/Launcher';
import { click, get, keyDown, mount, pointer, text, unmountAll } from './dom';

afterEach(unmountAll);

function mountLauncher(overrides: Partial<LauncherProps> = {}) {
  const props: LauncherProps = {
    mentionCount: 11,
    verdict: 'about',
    y: 200,
    onOpen: vi.fn(),
    onMove: vi.fn(),
    ...overrides,
  };
  const root = mount(<Launcher {...props} />);
  return { root, button: get<HTMLButtonElement>(root, 'button'), props };
}

describe('Launcher', () => {
  it('exposes the mention count and verdict as data attributes', () => {
    const launcher = get(mountLauncher({ mentionCount: 3, verdict: 'passing' }).root, '.nc-launcher');
    expect([launcher.dataset.mentionCount, launcher.dataset.verdict]).toEqual(['3', 'passing']);
  });

  it('shows the count and a label', () => {
    const { button } = mountLauncher();
    expect([text(get(button, '.nc-launcher__count')), text(get(button, '.nc-launcher__label'))]).toEqual([
      '11',
      'Context',
    ]);
  });

  it('names its button with the count and what it does', () => {
    expect(mountLauncher().button.getAttribute('aria-label')).toBe(
      'News Context: 11 mentions on this page. Open panel',
    );
  });

  it('sits at the y it is given', () => {
    expect(get(mountLauncher({ y: 320 }).root, '.nc-launcher').style.top).toBe('320px');
  });

  it('opens the panel on click', () => {
    const { button, props } = mountLauncher();
    click(button);
    expect(props.onOpen).toHaveBeenCalledTimes(1);
  });

  it('moves with a vertical drag and does not open the panel', () => {
    const { button, props } = mountLauncher();
    pointer(button, 'pointerdown', { clientY: 210 });
    pointer(button, 'pointermove', { clientY: 260 });
    pointer(button, 'pointerup', { clientY: 260 });
    click(button);
    expect(vi.mocked(props.onMove).mock.calls).toEqual([[250]]);
    expect(props.onOpen).not.toHaveBeenCalled();
  });

  it('treats a tiny movement as a click, not a drag', () => {
    const { button, props } = mountLauncher();
    pointer(button, 'pointerdown', { clientY: 210 });
    pointer(button, 'pointermove', { clientY: 210 + LAUNCHER_DRAG_THRESHOLD - 1 });
    pointer(button, 'pointerup', { clientY: 212 });
    click(button);
    expect([vi.mocked(props.onMove).mock.calls.length, vi.mocked(props.onOpen).mock.calls.length]).toEqual([0, 1]);
  });

  it('opens on the click after a finished drag', () => {
    const { button, props } = mountLauncher();
    pointer(button, 'pointerdown', { clientY: 210 });
    pointer(button, 'pointermove', { clientY: 300 });
    pointer(button, 'pointerup', { clientY: 300 });
    click(button);
    click(button);
    expect(props.onOpen).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['ArrowUp', 200 - LAUNCHER_MOVE_STEP],
    ['ArrowDown', 200 + LAUNCHER_MOVE_STEP],
  ])('moves with %s to %d', (key, y) => {
    const { button, props } = mountLauncher();
    expect(keyDown(button, key)).toBe(true);
    expect(props.onMove).toHaveBeenCalledWith(y);
  });

  it('leaves Enter to the button', () => {
    const { button, props } = mountLauncher();
    expect(keyDown(button, 'Enter')).toBe(false);
    expect(props.onMove).not.toHaveBeenCalled();
  });
});
