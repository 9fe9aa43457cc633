/** A version number from the address, within 1–last; `fallback` when absent, malformed or out of range. */
export function clampVersion(raw: string | null, fallback: number, last: number): number {
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= last ? n : fallback;
}

/**
 * The comparison a reader most likely wants: the current version against the last submitted one
 * before it (what changed since the reviewers last saw the report), else against the one before.
 */
export function defaultFrom(
  versions: readonly { version: number; submitted: boolean }[],
  to: number,
): number {
  const earlier = versions.filter((v) => v.submitted && v.version < to).map((v) => v.version);
  return earlier.length > 0 ? Math.max(...earlier) : Math.max(1, to - 1);
}
