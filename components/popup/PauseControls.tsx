/** The global pause in the popup, as a section titled "Every site". */
import PauseButtons, { type PauseButtonsProps } from '../PauseButtons';

export type PauseControlsProps = Omit<PauseButtonsProps, 'statusClass' | 'buttonsClass'>;

/** A section with the pause state and its buttons. */
export default function PauseControls(props: PauseControlsProps) {
  return (
    <section class="nc-popup-section" aria-labelledby="nc-popup-pause">
      <h2 class="nc-popup-section__title" id="nc-popup-pause">
        Every site
      </h2>
      <PauseButtons {...props} statusClass="nc-popup-section__note" buttonsClass="nc-popup-buttons" />
    </section>
  );
}
