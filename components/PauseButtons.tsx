/** The global pause's state in words and the buttons that apply to it; shared by the popup and the options page. */
import { isPauseActive } from '../core/settings/resolve';
import type { Pause } from '../core/settings/types';

/** Length of a short pause, in milliseconds: long enough to read one article undisturbed. */
export const SHORT_PAUSE_MS = 60 * 60 * 1000;

export interface PauseButtonsProps {
  pause: Pause | null;
  /** Current time, epoch milliseconds; an expired pause shows as not paused. */
  now: number;
  /** Pause for `durationMs` from the moment of the click, or until resumed (`null`). */
  onPause: (durationMs: number | null) => void;
  onResume: () => void;
  /** Class of the status line (each page has its own type scale). */
  statusClass: string;
  /** Class of the row of buttons. */
  buttonsClass: string;
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function isSameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** The pause state in words: the end time alone when it is today, with the date otherwise. */
export function describePause(pause: Pause | null, now: number): string {
  if (!isPauseActive(pause, now)) return 'On. Pause to hide hints on every site.';
  if (pause?.until == null) return 'Paused on every site until you resume.';
  const when = isSameDay(pause.until, now) ? clock.format(pause.until) : dayAndClock.format(pause.until);
  return `Paused on every site until ${when}.`;
}

/** Renders the state (announced when it changes), then Resume, or the two ways to pause. */
export default function PauseButtons({ pause, now, onPause, onResume, statusClass, buttonsClass }: PauseButtonsProps) {
  return (
    <>
      <p class={statusClass} role="status">
        {describePause(pause, now)}
      </p>
      <div class={buttonsClass}>
        {isPauseActive(pause, now) ? (
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
    </>
  );
}
