import type { Kysely } from 'kysely';
import { hdrComponents, type HdrComponents } from '../ingest/hdr-components.ts';
import type { Database } from '../store/database.ts';
import { readEditions, readObservations } from '../store/observation-reads.ts';
import { computeIndexFor, type IndexName } from './hdr-index-checks.ts';

export const HDR_DATASET = 'undp-hdr-composite';

/** The stored series each index is computed from, plus the published index itself for comparison. */
const INPUTS: Readonly<Record<IndexName, readonly string[]>> = {
  gii: ['hdr.gii', 'hdr.mmr', 'hdr.abr', 'hdr.pr', 'hdr.se', 'hdr.lfpr'],
  gdi: ['hdr.gdi', 'hdr.le', 'hdr.eys', 'hdr.mys', 'hdr.gnipc'],
  hdi: ['hdr.hdi', 'hdr.le', 'hdr.eys', 'hdr.mys', 'hdr.gnipc'],
};

export interface ComputeRequest {
  readonly index: IndexName;
  readonly country?: string;
  /** An HDR edition; the newest in the store when absent. */
  readonly edition?: string;
  readonly yearFrom?: number;
  readonly yearTo?: number;
}

export interface ComputedRow {
  readonly area: string;
  readonly period: string;
  readonly edition: string;
  readonly components: HdrComponents;
  readonly result: ReturnType<typeof computeIndexFor>;
  /** UNDP's published value for the same area-year and edition, when there is one. */
  readonly published: number | undefined;
}

export type ComputeOutcome =
  | { readonly ok: true; readonly edition: string; readonly rows: ComputedRow[] }
  | { readonly ok: false; readonly message: string };

/**
 * Computes GII, GDI or HDI from the components stored for an HDR edition, for one country or
 * all areas (aggregates included), over a range of years. Area-years with no component at all
 * are left out; with some but not all, the row carries a not-computable result naming what is missing.
 */
export async function computeIndices(db: Kysely<Database>, req: ComputeRequest): Promise<ComputeOutcome> {
  const editions = await readEditions(db, HDR_DATASET);
  if (editions.length === 0)
    return { ok: false, message: 'no HDR edition in the database: run parity db seed' };
  const edition = req.edition ?? editions[0]!.edition;
  if (!editions.some((e) => e.edition === edition)) {
    return {
      ok: false,
      message: `no HDR edition "${edition}": the database has ${editions.map((e) => e.edition).join(', ')}`,
    };
  }
  const observations = await readObservations(db, {
    dataset: HDR_DATASET,
    edition,
    indicators: INPUTS[req.index],
    ...(req.country ? { areas: [req.country] } : {}),
    ...(req.yearFrom !== undefined ? { yearFrom: req.yearFrom } : {}),
    ...(req.yearTo !== undefined ? { yearTo: req.yearTo } : {}),
  });
  const rows = hdrComponents({ observations }).map((components) => ({
    area: components.area,
    period: components.period,
    edition,
    components,
    result: computeIndexFor(req.index, components),
    published: components[req.index],
  }));
  return { ok: true, edition, rows };
}
