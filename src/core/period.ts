/**
 * A reference period as publishers write it: a calendar year (`2022`) or a span such as a
 * financial or survey year (`2004/05`, `2004-2005`). `start` and `end` are calendar years; a
 * span is placed on the time axis at its start year so that series sort and chart correctly.
 */
export interface Period {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export type PeriodParse = { ok: true; period: Period } | { ok: false; expected: string };

const EXPECTED = 'a year such as 2022 or a span such as 2004/05 or 2004-2005';

/** Parses a period label; returns what was expected when the label is not one. */
export function parsePeriod(raw: string): PeriodParse {
  const label = raw.trim();
  const year = /^(\d{4})$/.exec(label);
  if (year) {
    const y = Number(year[1]);
    return plausible(y)
      ? { ok: true, period: { label, start: y, end: y } }
      : { ok: false, expected: EXPECTED };
  }
  const span = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(label);
  if (span) {
    const start = Number(span[1]);
    const tail = span[2]!;
    const end =
      tail.length === 2
        ? Math.floor(start / 100) * 100 + Number(tail) + (Number(tail) < start % 100 ? 100 : 0)
        : Number(tail);
    if (plausible(start) && end >= start && end - start <= 5)
      return { ok: true, period: { label, start, end } };
  }
  return { ok: false, expected: EXPECTED };
}

function plausible(year: number): boolean {
  return year >= 1800 && year <= 2200;
}
