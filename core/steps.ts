/**
 * Work in steps: long jobs are generators that yield between small pieces of work, so the content
 * script can spread them over tasks (see platform/scan-scheduler) while Node and tests run them
 * through in one go.
 */

/** A job that yields between pieces of work and returns `T`. */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs `steps` to the end in one go and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
