// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import PauseControls from '@/components/popup/PauseControls';
import { button, click, mount, unmountAll } from '../dom';

afterEach(unmountAll);

const NOW = Date.UTC(2025, 0, 15, 12, 0);
const HOUR = 60 * 60 * 1000;

/** Mounts the controls with this pause. */
function mountPause(pause: { until: number | null } | null) {
  const onPause = vi.fn();
  const onResume = vi.fn();
  const root = mount(<PauseControls pause={pause} now={NOW} onPause={onPause} onResume={onResume} />);
  return { root, onPause, onResume };
}

describe('PauseControls', () => {
  it('pauses for one hour', () => {
    const { root, onPause } = mountPause(null);
    click(button(root, 'Pause for 1 hour'));
    expect(onPause).toHaveBeenCalledWith(HOUR);
  });

  it('pauses until resumed', () => {
    const { root, onPause } = mountPause(null);
    click(button(root, 'Pause until I resume'));
    expect(onPause).toHaveBeenCalledWith(null);
  });

  it('resumes while paused', () => {
    const { root, onResume } = mountPause({ until: null });
    click(button(root, 'Resume'));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('offers to pause again once a timed pause has ended', () => {
    const { root } = mountPause({ until: NOW - 1 });
    expect(button(root, 'Pause for 1 hour')).toBeDefined();
  });
});
