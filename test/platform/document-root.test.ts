// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchRootReplacement } from '../../platform/document-root';

/** Lets queued MutationObserver callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What `document.open()` does to the tree: the old root goes, a new one comes. */
function replaceRoot(): void {
  document.documentElement.remove();
  document.append(document.createElement('html'));
}

describe('watchRootReplacement', () => {
  it('reports a new root element once, and ignores changes inside the page', async () => {
    let calls = 0;
    const stop = watchRootReplacement(document, () => calls++);
    document.body.append(document.createElement('p'));
    await flush();
    const before = calls;
    replaceRoot();
    await flush();
    stop();
    expect([before, calls]).toEqual([0, 1]);
  });

  it('stops reporting once stopped', async () => {
    let calls = 0;
    watchRootReplacement(document, () => calls++)();
    replaceRoot();
    await flush();
    expect(calls).toBe(0);
  });
});
