import { describe, expect, it } from 'vitest';
import { describePause, SHORT_PAUSE_MS } from '@/components/PauseButtons';

const NOW = new Date(2026, 10, 22, 9, 0).getTime();
const DAY = 24 * 60 * 60 * 1000;

describe('describePause', () => {
  it.each([
    [null, 'On. Pause to hide hints on every site.'],
    [{ until: null }, 'Paused on every site until you resume.'],
    [{ until: NOW - 1 }, 'On. Pause to hide hints on every site.'],
  ])('describes %j', (pause, words) => {
    expect(describePause(pause, NOW)).toBe(words);
  });

  it('names only the time when a timed pause ends today', () => {
    expect(describePause({ until: NOW + SHORT_PAUSE_MS }, NOW)).toBe('Paused on every site until 10:00.');
  });

  it('names the day too when a timed pause ends on another day', () => {
    expect(describePause({ until: NOW + DAY }, NOW)).toBe('Paused on every site until 23 Nov, 09:00.');
  });
});
