/** A button that asks once more, inline, before a destructive action. */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmButtonProps {
  /** The first button's text, e.g. "Remove all site rules…". */
  label: string;
  /** The question shown after the first click. */
  question: string;
  /** The confirming button's text, e.g. "Remove all". */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/** Shows `label`; after a click, asks `question` with confirm and cancel buttons (cancel has focus). */
export default function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled = false,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="nc-button nc-button--quiet" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="nc-options__confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button
        type="button"
        class="nc-button nc-options__danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class="nc-button nc-button--quiet" ref={cancelRef} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
