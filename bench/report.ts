import type { Timing } from './timing.ts';

/** A target next to a measurement; `met` undefined when there was nothing to measure. */
export interface Verdict {
  readonly target: string;
  readonly met: boolean | undefined;
}

/** PASS / MISS / n/a: informational only, the bench never fails the process for a miss. */
export function verdict(target: string, met: boolean | undefined): Verdict {
  return { target, met };
}

export function verdictText(v: Verdict | undefined): string {
  if (!v) return '';
  return `${v.target.padEnd(12)} ${v.met === undefined ? 'n/a' : v.met ? 'PASS' : 'MISS'}`;
}

/** Milliseconds as `1.23 s` from a second up, else `123.4 ms`. */
export function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** A per-second rate with thousands separators, e.g. `66,214/s`. */
export function rate(count: number, ms: number): string {
  return `${Math.round((count * 1000) / ms).toLocaleString('en-US')}/s`;
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Best and median of a timing, e.g. `3.02 s / 3.10 s`. */
export function bestMedian(t: Timing): string {
  return `${duration(t.best)} / ${duration(t.median)}`;
}

/** Left-aligned columns separated by two spaces; the first row is the header, underlined. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), line(header.map((_, i) => '-'.repeat(widths[i] ?? 0))), ...body.map(line)].join('\n');
}
