/** The global pause in the popup: its state, and Pause for 1 hour / Pause until I resume / Resume. */
import { isPauseActive } from '../../core/settings/resolve';
import type { Pause } from '../../core/settings/types';
import { SHORT_PAUSE_MS } from '../options/PauseControl';

export interface PauseControlsProps {
  pause: Pause | null;
  /** Current time, epoch milliseconds; an expired pause shows as not paused. */
  now: number;
  /** Pause for `durationMs` from now, or until resumed (`null`). */
  onPause: (durationMs: number | null) => void;
  onResume: () => void;
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The pause state in words. */
export function describePause(pause: Pause | null, now: number): string {
  if (!isPauseActive(pause, now)) return 'On. Pause to hide hints on every site.';
  if (pause?.until == null) return 'Paused on every site until you resume.';
  return `Paused on every site until ${clock.format(pause.until)}.`;
}

/** Renders the state (announced when it changes) and the buttons that apply to it. */
export default function PauseControls({ pause, now, onPause, onResume }: PauseControlsProps) {
  const isPaused = isPauseActive(pause, now);
  return (
    <section class="nc-popup-section" aria-labelledby="nc-popup-pause">
      <h2 class="nc-popup-section__title" id="nc-popup-pause">
        Every site
      </h2>
      <p class="nc-popup-section__note" role="status">
        {describePause(pause, now)}
      </p>
      <div class="nc-popup-buttons">
        {isPaused ? (
          <button type="button" class="nc-button nc-button--primary" onClick={onResume}>
            Resume
          </button>
        ) : (
          <>
            <button type="button" class="nc-button nc-button--quiet" onClick={() => onPause(SHORT_PAUSE_MS)}>
              Pause for 1 hour
            </button>
            <button type="button" class="nc-button nc-button--quiet" onClick={() => onPause(null)}>
              Pause until I resume
            </button>
          </>
        )}
      </div>
    </section>
  );
}
