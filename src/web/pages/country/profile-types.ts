/** Shapes of `GET /api/countries/{iso3}/profile` and the GII endpoints, as the API contract gives them. */

export type IndexName = 'gii' | 'gdi' | 'hdi';

export interface Rank {
  readonly rank: number;
  readonly of: number;
}

export interface HeadlineIndex {
  readonly index: IndexName;
  readonly edition: string;
  readonly year: number | null;
  readonly value: number | null;
  readonly rankUnece?: Rank | null;
  readonly rankWorld?: Rank | null;
  /** GDI group (code 1–5) or HDI category (code very-high, high, medium, low), where the API gives one. */
  readonly group?: { readonly code: string; readonly label?: string } | number | string | null;
}

/** The eight GII inputs in published units (MMR per 100,000 live births, ABR per 1,000, shares in %). */
export interface GiiInputs {
  readonly mmr?: number | null;
  readonly abr?: number | null;
  readonly prF?: number | null;
  readonly prM?: number | null;
  readonly seF?: number | null;
  readonly seM?: number | null;
  readonly lfprF?: number | null;
  readonly lfprM?: number | null;
}

/** One year of the GII series: the computed value and its inputs (flat or under `components`). */
export interface GiiSeriesRow extends GiiInputs {
  readonly year: number;
  /** UNDP's published GII (null when none was published that year). */
  readonly value: number | null;
  /** The GII computed from the inputs at 3 decimals (null when an input is missing). */
  readonly computed?: number | null;
  readonly components?: GiiInputs | null;
}

export interface GiiDecomposition {
  readonly area?: string;
  readonly year: number;
  readonly edition: string;
  readonly gii: number;
  /** The GII at 3 decimals. */
  readonly rounded?: number;
  readonly published?: number | null;
  readonly byDimension: Readonly<Record<string, number>>;
  readonly byIndicator: Readonly<Record<string, number>>;
  readonly method?: string;
}

export interface Point {
  readonly year: number;
  readonly value: number | null;
}

export interface ComparisonSeries {
  readonly indicator: string;
  readonly dataset: string;
  readonly edition: string;
  readonly definitionNote?: string | null;
  /** The indicator's name in the page's language. */
  readonly name?: string;
  /** `national` for a national SDG platform, else `international`. */
  readonly kind?: 'national' | 'international';
  readonly dims?: Readonly<Record<string, string>>;
  readonly unit?: string;
  readonly points: readonly Point[];
}

export interface Comparison {
  readonly concept: string;
  readonly label: string;
  readonly conceptNote?: string | null;
  readonly series: readonly ComparisonSeries[];
}

export interface EditionSeries {
  readonly edition: string;
  readonly gii: readonly Point[];
}

export interface SourceInfo {
  readonly dataset: string;
  readonly edition: string;
  readonly publisher?: string;
  readonly title?: string;
  readonly licence?: string;
  readonly licenceUrl?: string;
  readonly url?: string;
  readonly citation?: string;
}

export interface CountryProfile {
  readonly country: { readonly iso3: string; readonly name: string };
  /** The HDR edition of the headline, GII series and comparisons (null when the store has none). */
  readonly edition?: string | null;
  readonly headline: readonly HeadlineIndex[];
  readonly gii: {
    readonly series: readonly GiiSeriesRow[];
    readonly decomposition?: GiiDecomposition | null;
  };
  readonly comparisons: readonly Comparison[];
  readonly editions: readonly EditionSeries[];
  readonly sources: readonly SourceInfo[];
}

export interface GiiWhatIfBody {
  readonly baseGii: number;
  readonly newGii: number;
  readonly change: number;
  /** The same at 3 decimals, as UNDP publishes them (changeRounded = newRounded − baseRounded). */
  readonly baseRounded?: number;
  readonly newRounded?: number;
  readonly changeRounded?: number;
  readonly inputs?: { readonly base?: GiiInputs; readonly scenario?: GiiInputs };
}
