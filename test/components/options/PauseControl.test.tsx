// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import PauseControl from '../../../components/options/PauseControl';
import { SHORT_PAUSE_MS } from '../../../components/PauseButtons';
import type { Pause } from '../../../core/settings/types';
import { button, click, get, mount, text, unmountAll } from '../dom';

afterEach(unmountAll);

const NOW = Date.UTC(2026, 10, 22, 9, 0);

function renderPause(pause: Pause | null) {
  const onPause = vi.fn();
  const onResume = vi.fn();
  const root = mount(<PauseControl pause={pause} now={NOW} onPause={onPause} onResume={onResume} />);
  return { root, onPause, onResume, status: text(get(root, '[role="status"]')) };
}

describe('PauseControl', () => {
  it.each<[string, Pause | null, RegExp]>([
    ['not paused', null, /^On\. Pause to hide hints on every site\.$/],
    ['paused until resumed', { until: null }, /^Paused on every site until you resume\.$/],
    ['paused for a while', { until: NOW + SHORT_PAUSE_MS }, /^Paused on every site until \d\d:\d\d\.$/],
    ['after a pause ended', { until: NOW - 1 }, /^On\. Pause to hide hints on every site\.$/],
  ])('describes the state %s', (_name, pause, expected) => {
    expect(renderPause(pause).status).toMatch(expected);
  });

  it('resumes a pause', () => {
    const { root, onResume } = renderPause({ until: null });
    click(button(root, 'Resume'));
    expect(onResume).toHaveBeenCalledOnce();
  });

  it('pauses for an hour', () => {
    const { root, onPause } = renderPause(null);
    click(button(root, 'Pause for 1 hour'));
    expect(onPause).toHaveBeenCalledWith(SHORT_PAUSE_MS);
  });

  it('pauses until resumed', () => {
    const { root, onPause } = renderPause(null);
    click(button(root, 'Pause until I resume'));
    expect(onPause).toHaveBeenCalledWith(null);
  });

  it('offers pausing, not resuming, once a pause has ended', () => {
    const { root } = renderPause({ until: NOW - 1 });
    expect(() => button(root, 'Resume')).toThrow();
    expect(button(root, 'Pause for 1 hour')).toBeTruthy();
  });
});
