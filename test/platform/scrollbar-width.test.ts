import { describe, expect, it } from 'vitest';
import { trackScrollbarWidth, type ScrollbarWindow } from '../../platform/scrollbar-width';

/** A window whose ResizeObserver reports only when the test says layout happened. */
function fakeWindow(clientWidth: number) {
  const root = { clientWidth } as Element & { clientWidth: number };
  let reads = 0;
  Object.defineProperty(root, 'clientWidth', { get: () => (reads++, clientWidth) });
  let layout: () => void = () => undefined;
  class FakeObserver {
    constructor(callback: () => void) {
      layout = callback;
    }
    observe(): void {}
    disconnect(): void {}
  }
  const win: ScrollbarWindow = {
    innerWidth: 1000,
    document: { documentElement: root },
    ResizeObserver: FakeObserver as unknown as typeof ResizeObserver,
  };
  return { win, layout: () => layout(), reads: () => reads };
}

describe('trackScrollbarWidth', () => {
  it('measures only when the observer reports a layout, and tells of changes', () => {
    const page = fakeWindow(985);
    let changes = 0;
    const width = trackScrollbarWidth(page.win, () => changes++);
    const before = [width.current(), page.reads()];
    page.layout();
    page.layout();
    expect([before, width.current(), changes]).toEqual([[0, 0], 15, 1]);
  });

  it('reads the width directly where there is no ResizeObserver', () => {
    const page = fakeWindow(983);
    const width = trackScrollbarWidth({ ...page.win, ResizeObserver: undefined }, () => undefined);
    expect(width.current()).toBe(17);
  });
});
