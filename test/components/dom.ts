/** Small helpers for component tests: mount with Preact's `act`, find elements, fire events. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const containers: HTMLElement[] = [];

/** Renders `ui` into a fresh container attached to the document and returns the container. */
export function mount(ui: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => render(ui, container));
  return container;
}

/** Re-renders into an existing container (for controlled props). */
export function rerender(container: HTMLElement, ui: ComponentChild): void {
  act(() => render(ui, container));
}

/** Unmounts everything `mount` rendered; call in `afterEach`. */
export function unmountAll(): void {
  for (const container of containers.splice(0)) {
    act(() => render(null, container));
    container.remove();
  }
}

/** The first element matching `selector`; throws so a missing element fails the test clearly. */
export function get<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`no element matches ${selector}`);
  return element;
}

/** The button whose visible text or aria-label is `name`. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

/** The element's text with runs of whitespace collapsed. */
export function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Clicks inside `act`. */
export function click(element: HTMLElement): void {
  act(() => element.click());
}

/** Dispatches a bubbling keydown inside `act`; returns whether default was prevented. */
export function keyDown(element: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    element.dispatchEvent(event);
  });
  return event.defaultPrevented;
}

/** Dispatches a bubbling pointer event inside `act`. */
export function pointer(element: Element, type: string, init: PointerEventInit): void {
  act(() => {
    element.dispatchEvent(new PointerEvent(type, { bubbles: true, button: 0, pointerId: 1, ...init }));
  });
}
