import { CliError } from './io.ts';

/** `--years 2000-2022` or `--years 2022` → an inclusive range. */
export function parseYears(raw: string | undefined): { yearFrom?: number; yearTo?: number } {
  if (raw === undefined) return {};
  const m = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(raw.trim());
  if (!m) throw new CliError(`--years: expected a year (2022) or a range (2000-2022), got "${raw}"`, 2);
  const yearFrom = Number(m[1]);
  const yearTo = m[2] ? Number(m[2]) : yearFrom;
  if (yearTo < yearFrom) throw new CliError(`--years: the range ${raw} ends before it starts`, 2);
  return { yearFrom, yearTo };
}
