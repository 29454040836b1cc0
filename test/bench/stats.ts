/** Summaries of repeated timings. */

/** Median and spread of a set of samples, in ms. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** The value at quantile `q` (0–1), nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Median, min and max of `samples` (NaN for none). */
export function summarize(samples: readonly number[]): Summary {
  return {
    median: quantile(samples, 0.5),
    min: samples.length > 0 ? Math.min(...samples) : Number.NaN,
    max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
    samples: [...samples],
  };
}

/** `a / b`, or NaN when either is missing. */
export function ratio(a: number | undefined, b: number | undefined): number {
  return a === undefined || b === undefined || !(b > 0) ? Number.NaN : a / b;
}
