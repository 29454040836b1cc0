/** Step sizes for reading figures in steps (`findFiguresSteps`), counted in characters of work. */

/** Characters of work (scanned for anchors, tokenized, read) between two yields. */
export const STEP_CHARS = 8 * 1024;

/** Counts characters of work and says when a step is full. */
export class StepMeter {
  private chars = 0;

  /** Adds `chars` of work; true when the step is full (and a new one begins). */
  add(chars: number): boolean {
    this.chars += chars;
    if (this.chars < STEP_CHARS) return false;
    this.chars = 0;
    return true;
  }
}
