import type { Schema } from '../../api/schema.ts';

/** `GET /api/import-runs` items: one import of one file, newest first. */
export type ImportRun = Schema<'ImportRun'>;

/** `GET /api/import-runs/{id}/rejections` items: a rejected line and why. */
export type Rejection = Schema<'Rejection'>;

/** `GET /api/availability`: the latest year with data per member and indicator. */
export type Availability = Schema<'Availability'>;
