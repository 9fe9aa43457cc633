import type { Schema } from '../../api/schema.ts';

/** Shapes of the index endpoints the compare page reads (the others are in components/api-types.ts). */

/** An item of `GET /api/indices/{gii|gdi|hdi}`: `value` full precision, `rounded` at 3 decimals. */
export type IndexItem = Schema<'IndexRow'>;

/** A value with the year and edition it belongs to (web-only: the latest of an area's rows). */
export type Dated = Pick<IndexItem, 'year' | 'edition'> & { readonly value: number };
