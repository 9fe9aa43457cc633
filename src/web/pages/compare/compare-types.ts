/** Shapes of the index endpoints the compare page reads (the others are in components/api-types.ts). */

/** An item of `GET /api/indices/{gii|gdi|hdi}`. */
export interface IndexItem {
  readonly area: string;
  readonly areaName?: string;
  readonly year: number;
  readonly edition: string;
  readonly computable?: boolean;
  readonly value: number | null;
  readonly rounded?: number | null;
}

/** A value with the year and edition it belongs to. */
export interface Dated {
  readonly year: number;
  readonly value: number;
  readonly edition: string;
}
