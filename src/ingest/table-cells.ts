import { z } from 'zod';
import { parseNumber } from './parse-number.ts';

/*
 * Cell schemas of the tables compiled for Parity (targets, quotas). Each reads a trimmed cell and
 * says in its message what it expected; readTable adds what it got.
 */

const ID_MESSAGE = 'expected an id of letters, digits, ".", "_" or "-" (1–80 characters)';

export const idCell = z.string().regex(/^[A-Za-z0-9][\w.-]{0,79}$/, { error: ID_MESSAGE });

/** Required free text. */
export function textCell(what: string) {
  return z.string().min(1, { error: `expected ${what}` });
}

/** Free text; empty → undefined. */
export const optionalText = z.string().transform((s) => s || undefined);

/** One of a fixed list of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `expected one of ${values.join(', ')}` });
}

/** A plain decimal (no `1,5`, `n/a`, `NaN`), within [min, max] when given. */
export function numberCell(range?: { readonly min: number; readonly max: number }) {
  const message = range ? `expected a number from ${range.min} to ${range.max}` : 'expected a number';
  return z
    .string()
    .transform((s, ctx) => {
      const n = parseNumber(s);
      if (n === undefined) ctx.addIssue({ code: 'custom', message });
      return n ?? NaN;
    })
    .refine((n) => !range || (n >= range.min && n <= range.max), { error: message });
}

const YEAR_MESSAGE = 'expected a year from 1900 to 2100, or nothing';

/** A four-digit year in 1900–2100, or empty → undefined. */
export const optionalYear = z
  .string()
  .regex(/^(\d{4})?$/, { error: YEAR_MESSAGE })
  .transform((s) => (s ? Number(s) : undefined))
  .refine((y) => y === undefined || (y >= 1900 && y <= 2100), { error: YEAR_MESSAGE });

const DATE_MESSAGE = 'expected a date as YYYY or YYYY-MM-DD, or nothing when not established';

/** `YYYY` or a real calendar date `YYYY-MM-DD`; empty → undefined. */
export const optionalDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}-\d{2})?)?$/, { error: DATE_MESSAGE })
  .refine((s) => s.length !== 10 || isCalendarDate(s), { error: DATE_MESSAGE })
  .transform((s) => s || undefined);

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const URL_MESSAGE = 'expected an http(s) URL, or nothing';

/** An http(s) URL, or empty → undefined. */
export const optionalUrl = z
  .string()
  .refine((s) => s === '' || (/^https?:\/\//.test(s) && URL.canParse(s)), { error: URL_MESSAGE })
  .transform((s) => s || undefined);
