import type { Schema } from '../../api/schema.ts';

/*
 * `GET /api/trends?area=&indicator=&source=&from=&to=&target=&lang=` as the trend analysis reads it,
 * taken from the generated OpenAPI types (schema: src/server/api/progress-schemas.ts `Trend`;
 * service: src/services/trends.ts; measures: src/core/trend.ts).
 */

/**
 * The trend measures of a series: `window` is the one asked for (null: the series' own first or
 * last year); `series` one per source edition, newest data first; the target's `label` in English.
 */
export type TrendView = Schema<'Trend'>;

/** Trend measures of one series (one source edition) over the window; `points` those inside it. */
export type SeriesTrend = TrendView['series'][number];

/** Too little data for one measure: `gap` says what is missing, `detail` names it in English. */
export type NotEnoughData = Schema<'NotEnoughData'>;

/** The measure does not fit the question (no target to count the years to). */
export type NotApplicable = Schema<'NotApplicable'>;

/** A trend measure: `{ ok: true, …fields }`, or why there is none. */
export type TrendResult<T> = ({ readonly ok: true } & T) | NotEnoughData;

export type Weighting = keyof SeriesTrend['fits'];

export type TimeToTargetPace = keyof Exclude<SeriesTrend['timeToTarget'], NotApplicable>;

/** The largest improvement and deterioration (absent when no window moves that way) over `windows` pairs of years. */
export type ExtremeChanges = Omit<Extract<SeriesTrend['extremes'], { readonly ok: true }>, 'ok'>;

/** A window of the series with its progress: positive is progress whatever the indicator's direction. */
export type ExtremeChange = NonNullable<ExtremeChanges['improvement']>;

/**
 * How long to the target at the pace seen (`years` and `year` fractional; `pacePerYear` in the
 * unit for `linear`, a fraction, the CAGR, for `compound`).
 */
export type TimeToTarget = Schema<'TimeToTarget'>;
