import type { Schema } from '../../api/schema.ts';

/**
 * Shapes of `POST /api/claims/check` as the claims page reads them, taken from the generated
 * OpenAPI types (the contract is the zod schema in src/server/api/claims.ts; the domain types are
 * src/core/claims/claim.ts and evidence.ts).
 */

/** The longest text the server checks at once (services/check-claims.ts MAX_CLAIM_TEXT). */
export const MAX_CLAIM_TEXT = 20_000;

/** `country`: ISO3 of the speaker's country, the country of claims whose sentence names none. */
export type ClaimsCheckRequest = Schema<'ClaimCheckRequest'>;
export type ClaimsCheckResponse = Schema<'ClaimsCheck'>;

/** `summary` is one English sentence written by the server; `closest`, for `not-supported`, the nearest the data come. */
export type ClaimCheck = Schema<'ClaimCheck'>;
export type Verdict = ClaimCheck['verdict'];
export type NotCheckableReason = NonNullable<ClaimCheck['reason']>;

export type ParsedClaim = Schema<'ParsedClaim'>;
/** [start, end) in UTF-16 code units of the text checked, as JavaScript strings count. */
export type Span = ParsedClaim['span'];

export type ClaimAssertion = Schema<'ClaimAssertion'>;
export type Comparator = Extract<ClaimAssertion, { readonly kind: 'level' }>['comparator'];

/** `source`: the short name of the source edition (`HDR25`, `WDI 2022-02-15`). */
export type SeriesMeta = Schema<'ClaimSeries'>;

export type QuotaFact = Schema<'ClaimQuota'>;
export type QuotaBody = QuotaFact['body'];
export type QuotaAppliesTo = QuotaFact['appliesTo'];
export type QuotaGroup = QuotaFact['groups'][number];
export type QuotaKind = QuotaFact['kind'];

export type Finding = Schema<'ClaimFinding'>;
export type FindingRole = Finding['role'];
export type SeriesFinding = Extract<Finding, { readonly kind: 'series' }>;
export type QuotaFinding = Extract<Finding, { readonly kind: 'quota' }>;

/** A series the claim was weighed against, with all its points (years ascending): what its chart draws. */
export type ClaimSeriesPoints = Schema<'ClaimSeriesPoints'>;
export type YearPoint = ClaimSeriesPoints['points'][number];
