// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHostYield } from '../../../platform/scan-scheduler/time-slicer';

const noTimer = (): number => {
  throw new Error('setTimeout should not be used');
};

describe('createHostYield', () => {
  it('prefers scheduler.yield when the platform has it', async () => {
    let calls = 0;
    const scheduler = { yield: async () => void (calls += 1) };
    await createHostYield({ scheduler, setTimeout: noTimer }).yield();
    expect(calls).toBe(1);
  });

  it('falls back to a MessageChannel message', async () => {
    const host = createHostYield({ MessageChannel, setTimeout: noTimer });
    await expect(host.yield()).resolves.toBeUndefined();
    host.close();
  });

  it('falls back to setTimeout without MessageChannel', async () => {
    const delays: number[] = [];
    const setTimeout = (run: () => void, ms: number): number => {
      delays.push(ms);
      run();
      return 1;
    };
    await createHostYield({ setTimeout }).yield();
    expect(delays).toEqual([0]);
  });
});
