/*
 * Response shape of `GET /api/trends?area=&indicator=&source=&from=&to=&target=&lang=`, as the trend
 * analysis reads it (schema: src/server/api/progress-schemas.ts `TrendView`; service:
 * src/services/trends.ts; measures: src/core/trend.ts).
 */
import type { Change, FitView, IndicatorHead, SeriesHead, TrendGap, YearValue } from './progress-types.ts';

/** Too little data for one measure: `gap` says what is missing, `detail` names it in English. */
export interface NotEnoughData {
  readonly ok: false;
  readonly reason: 'not-enough-data';
  readonly gap: TrendGap;
  /** English. */
  readonly detail: string;
  /** The years asked for that have no value (for `missing-year`). */
  readonly missingYears?: readonly number[];
}

/** The measure does not fit the question (no target to count the years to). */
export interface NotApplicable {
  readonly ok: false;
  readonly reason: 'not-applicable';
  /** English. */
  readonly detail: string;
}

/** A trend measure: `{ ok: true, …fields }`, or why there is none. */
export type TrendResult<T> = ({ readonly ok: true } & T) | NotEnoughData;

/** A window of the series with its progress: positive is progress whatever the indicator's direction. */
export interface ExtremeChange extends Change {
  readonly progress: number;
}

export interface ExtremeChanges {
  /** Absent when no window improves. */
  readonly improvement?: ExtremeChange;
  /** Absent when no window worsens. */
  readonly deterioration?: ExtremeChange;
  /** How many pairs of years were compared. */
  readonly windows: number;
}

export type Weighting = 'none' | 'recency';

export type TimeToTargetPace = 'linear' | 'compound';

export type TimeToTarget =
  | { readonly status: 'reached'; readonly latest: YearValue }
  | {
      readonly status: 'on-course';
      readonly latest: YearValue;
      /** Fractional. */
      readonly years: number;
      /** Fractional: latest year + years. */
      readonly year: number;
      /** Per year: in the unit for `linear`, a fraction (the CAGR) for `compound`. */
      readonly pacePerYear: number;
    }
  | { readonly status: 'not-at-this-pace'; readonly latest: YearValue; readonly pacePerYear: number };

/** Trend measures of one series (one source edition) over the window. */
export interface SeriesTrend {
  readonly series: SeriesHead;
  /** The points inside the window. */
  readonly points: readonly YearValue[];
  readonly change: TrendResult<{ readonly change: Change }>;
  readonly cagr: TrendResult<{ readonly cagr: number }>;
  readonly extremes: TrendResult<ExtremeChanges>;
  readonly fits: Readonly<Record<Weighting, TrendResult<{ readonly fit: FitView }>>>;
  readonly projections: Readonly<
    Record<Weighting, TrendResult<{ readonly projection: { readonly year: number; readonly value: number } }>>
  >;
  readonly timeToTarget:
    Readonly<Record<TimeToTargetPace, TrendResult<{ readonly time: TimeToTarget }>>> | NotApplicable;
}

export interface TrendTarget {
  readonly value: number;
  readonly kind: 'requested' | 'sdg-target' | 'national-target' | 'parity';
  /** English, e.g. "SDG target 50 by 2030". */
  readonly label: string;
}

export interface TrendView {
  readonly area: { readonly code: string; readonly name: string };
  readonly indicator: IndicatorHead;
  /** The window asked for (null: the series' own first or last year). */
  readonly window: { readonly from: number | null; readonly to: number | null };
  readonly projectionYear: number;
  readonly target: TrendTarget | null;
  /** One per source edition, newest data first. */
  readonly series: readonly SeriesTrend[];
}
