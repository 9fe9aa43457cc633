import { expect } from 'vitest';
import type { ClaimAssertion, ClaimLanguage, ClaimLexicon, ClaimYears, ParsedClaim } from './claim.ts';
import { parseClaims, type ParseClaimsOptions } from './parse-claims.ts';

/** The table format of the grammar's tests (parse-claims*.test.ts). Test support only. */

export const GII = ['hdr.gii'];
export const GII_RANK = ['hdr.gii_rank', 'hdr.gii'];
export const SEATS = ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1'];
export const LFPR = ['hdr.lfpr', 'wdi.SL.TLF.CACT.FE.ZS', 'unsd.lfpr'];
export const MMR = ['hdr.mmr', 'unsd.mmr'];
export const QUOTA = ['unsd.quota_legislated'];

export interface Expected {
  /** The clause the claim is read from; defaults to the whole input without its final stop. */
  readonly text?: string;
  readonly a: ClaimAssertion;
  readonly codes: readonly string[];
  readonly subject?: string;
  readonly country?: string;
  readonly years?: ClaimYears;
}

export interface Row {
  readonly input: string;
  readonly opts?: ParseClaimsOptions;
  readonly claims: readonly Expected[];
}

type Dir = 'decrease' | 'increase' | 'unspecified';
type Cmp = 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';

export const change = (
  direction: Dir,
  amount: number,
  unit: 'percent' | 'points' | 'times',
): ClaimAssertion => ({
  kind: 'change',
  direction,
  amount,
  unit,
});
export const fromTo = (direction: Dir, amount: number, from: number, to: number): ClaimAssertion => ({
  kind: 'change',
  direction,
  amount,
  unit: 'points',
  from,
  to,
});
export const level = (
  value: number,
  unit: 'percent' | 'number',
  comparator: Cmp = 'about',
): ClaimAssertion => ({
  kind: 'level',
  value,
  unit,
  comparator,
});
export const rank = (r: number, outOf?: number): ClaimAssertion => ({
  kind: 'rank',
  rank: r,
  ...(outOf ? { outOf } : {}),
});
export const trend = (direction: 'decrease' | 'increase'): ClaimAssertion => ({ kind: 'trend', direction });
export const years = (from: number | undefined, to?: number): ClaimYears => ({
  ...(from !== undefined ? { from } : {}),
  ...(to !== undefined ? { to } : {}),
});

/** What a claim says, checking on the way that its spans point at its words in the input. */
export function seen(input: string, claims: readonly ParsedClaim[]) {
  return claims.map((c) => {
    expect(input.slice(c.span.start, c.span.end)).toBe(c.text);
    if (c.subject) expect(input.slice(c.subject.span.start, c.subject.span.end)).toBe(c.subject.phrase);
    return {
      text: c.text,
      a: c.assertion,
      codes: c.indicatorCodes,
      ...(c.subject ? { subject: c.subject.phrase } : {}),
      ...(c.country ? { country: c.country } : {}),
      years: c.years,
    };
  });
}

export function expectRow(row: Row, lexicon: ClaimLexicon, language: ClaimLanguage): void {
  const claims = parseClaims(row.input, lexicon, row.opts);
  expect(claims.map((c) => c.language)).toEqual(claims.map(() => language));
  const whole = row.input.replace(/[.!?]$/u, '');
  expect(seen(row.input, claims)).toEqual(
    row.claims.map((e) => ({ ...e, text: e.text ?? whole, years: e.years ?? {} })),
  );
}
