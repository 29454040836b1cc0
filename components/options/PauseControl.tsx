/** The global pause on the options page, as a fieldset. */
import PauseButtons, { type PauseButtonsProps } from '../PauseButtons';

export type PauseControlProps = Omit<PauseButtonsProps, 'statusClass' | 'buttonsClass'>;

/** A fieldset with the pause state and its buttons. */
export default function PauseControl(props: PauseControlProps) {
  return (
    <fieldset class="nc-options__fieldset">
      <legend>Pause</legend>
      <PauseButtons {...props} statusClass="nc-options__status" buttonsClass="nc-options__buttons" />
    </fieldset>
  );
}
