import type { GiiInputName } from '../../../core/gii.ts';
import type { Schema } from '../../api/schema.ts';

/*
 * `GET /api/countries/{iso3}/profile` and the GII endpoints as the country page reads them, taken
 * from the generated OpenAPI types (src/server/api/country-profile.ts, gii-analysis.ts).
 */

type Profile = Schema<'CountryProfile'>;

/** GDI group (code 1–5) or HDI category (code very-high, high, medium, low) in `group`, where there is one. */
export type HeadlineIndex = Profile['headline'][number];
export type IndexName = HeadlineIndex['index'];
export type Rank = NonNullable<HeadlineIndex['rankUnece']>;

/** The eight GII inputs in published units (MMR per 100,000 live births, ABR per 1,000, shares in %). */
export type GiiInputs = Schema<'GiiInputs'>;

/**
 * One year of the GII series. The document gives a row only as numbers by name (the service's
 * `GiiSeriesPoint` has an index signature); these are the names it always sends: the published
 * GII (`value`, null when none was published), the GII computed from the inputs at 3 decimals
 * (`computed`, null when an input is missing), and the eight inputs (null when missing).
 */
export type GiiSeriesRow = Profile['gii']['series'][number] & {
  readonly year: number;
  readonly value: number | null;
  readonly computed: number | null;
} & { readonly [name in GiiInputName]: number | null };

export type GiiDecomposition = NonNullable<Schema<'GiiDecomposition'>>;

export type Comparison = Profile['comparisons'][number];
/** `name`: the indicator's in the page's language; `kind` `national` for a national SDG platform. */
export type ComparisonSeries = Comparison['series'][number];
export type Point = ComparisonSeries['points'][number];

export type EditionSeries = Profile['editions'][number];

export type SourceInfo = Profile['sources'][number];

/** `edition`: the HDR edition of the headline, GII series and comparisons (null when the store has none). */
export type CountryProfile = Omit<Profile, 'gii'> & {
  readonly gii: Omit<Profile['gii'], 'series'> & { readonly series: readonly GiiSeriesRow[] };
};

/** The same at 3 decimals, as UNDP publishes them (changeRounded = newRounded − baseRounded). */
export type GiiWhatIfBody = Schema<'GiiWhatIf'>;
