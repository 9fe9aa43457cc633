/** `GET /api/overview`: one indicator across a region set's members (see the API contract). */
export interface Overview {
  readonly indicator: string;
  readonly edition: string;
  /** Years with data for this indicator, edition and breakdown, ascending. */
  readonly years: readonly number[];
  readonly year: number;
  readonly values: readonly { readonly iso3: string; readonly name: string; readonly value: number | null }[];
  readonly trend: readonly TrendPoint[];
  readonly movers: readonly Mover[];
  readonly coverage: { readonly members: number; readonly withValue: number };
}

export interface TrendPoint {
  readonly year: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly n: number;
}

export interface Mover {
  readonly iso3: string;
  readonly name: string;
  readonly from: { readonly year: number; readonly value: number };
  readonly to: { readonly year: number; readonly value: number };
  readonly change: number;
}
