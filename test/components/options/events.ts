/** Form events for the options component tests, each inside `act`. */
import { act } from 'preact/test-utils';

/** Sets a select's or input's value and dispatches `change`, as a person choosing would. */
export function choose(element: HTMLSelectElement | HTMLInputElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Types `value` into a text field (one `input` event). */
export function type(element: HTMLInputElement, value: string): void {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Submits a form the way pressing Enter does. */
export function submit(form: HTMLFormElement): void {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** The element labelled `label` through `aria-label`. */
export function byLabel<T extends Element>(root: ParentNode, label: string): T {
  const found = root.querySelector<T>(`[aria-label="${label}"]`);
  if (!found) throw new Error(`nothing labelled "${label}"`);
  return found;
}
