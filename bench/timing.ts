/** Wall-clock times of repeated runs of one measurement, in milliseconds. */
export interface Timing {
  readonly runs: readonly number[];
  readonly best: number;
  readonly median: number;
}

/** Best (minimum) and median of the runs; the median of an even count is the mean of the middle two. */
export function summarise(runs: readonly number[]): Timing {
  if (runs.length === 0) throw new Error('no runs to summarise');
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs, best: sorted[0]!, median };
}

/**
 * Runs `once` `repeats` times in sequence and summarises the milliseconds each returns. Each run
 * measures itself, so set-up and tear-down (creating a database, removing a directory) stay
 * outside the timing.
 */
export async function repeat(repeats: number, once: () => Promise<number>): Promise<Timing> {
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) runs.push(await once());
  return summarise(runs);
}

/** Milliseconds taken by `fn`, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}
