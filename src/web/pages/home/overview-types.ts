import type { Schema } from '../../api/schema.ts';

/**
 * `GET /api/overview`: one indicator across a region set's members (`years`: those with data for
 * this indicator, edition and breakdown, ascending; `year` null and `edition` null when there are none).
 */
export type Overview = Schema<'Overview'>;

export type TrendPoint = Overview['trend'][number];

export type Mover = Overview['movers'][number];
