/** Whether News Context is paused everywhere, with buttons to pause or resume. */
import { isPauseActive } from '../../core/settings/resolve';
import type { Pause } from '../../core/settings/types';

/** Length of a short pause, in milliseconds: long enough to read one article undisturbed. */
export const SHORT_PAUSE_MS = 60 * 60 * 1000;

export interface PauseControlProps {
  pause: Pause | null;
  /** Current time, epoch milliseconds; an expired pause shows as not paused. */
  now: number;
  /** Pause for `durationMs` from the moment of the click, or until resumed (`null`). */
  onPause: (durationMs: number | null) => void;
  onResume: () => void;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function describePause(pause: Pause | null, now: number): string {
  if (!isPauseActive(pause, now)) return 'News Context is on.';
  if (pause?.until == null) return 'Paused on every site until you resume.';
  return `Paused on every site until ${timeFormat.format(pause.until)}.`;
}

/** A fieldset with the pause state (announced when it changes) and Resume, or two ways to pause. */
export default function PauseControl({ pause, now, onPause, onResume }: PauseControlProps) {
  const paused = isPauseActive(pause, now);
  return (
    <fieldset class="nc-options__fieldset">
      <legend>Pause</legend>
      <p class="nc-options__status" role="status">
        {describePause(pause, now)}
      </p>
      <div class="nc-options__buttons">
        {paused ? (
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
    </fieldset>
  );
}
