import type { Kysely } from 'kysely';
import { hdrComponents, type HdrComponents } from '../ingest/hdr-components.ts';
import type { Database } from '../store/database.ts';
import { readComponentValues } from '../store/value-reads.ts';
import { computeIndexFor, type IndexName } from './hdr-index-checks.ts';
import { storeSnapshot } from './store-snapshot.ts';

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
  /** Several areas (countries or aggregates); with `country`, both count. */
  readonly areas?: readonly string[];
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
 * Computes GII, GDI or HDI from the components stored for an HDR edition, for some areas or
 * all areas (aggregates included), over a range of years. Area-years with no component at all
 * are left out; with some but not all, the row carries a not-computable result naming what is missing.
 */
export async function computeIndices(db: Kysely<Database>, req: ComputeRequest): Promise<ComputeOutcome> {
  // The snapshot's editions are cached per data version: no scan of the observations per call.
  const editions = await (await storeSnapshot(db)).editions(HDR_DATASET);
  if (editions.length === 0)
    return { ok: false, message: 'no HDR edition in the database: run parity db seed' };
  const edition = req.edition ?? editions[0]!.edition;
  const source = editions.find((e) => e.edition === edition);
  if (!source) {
    return {
      ok: false,
      message: `no HDR edition "${edition}": the database has ${editions.map((e) => e.edition).join(', ')}`,
    };
  }
  const values = await readComponentValues(db, {
    sourceId: source.sourceId,
    indicators: INPUTS[req.index],
    ...(req.country || req.areas
      ? { areas: [...(req.country ? [req.country] : []), ...(req.areas ?? [])] }
      : {}),
    ...(req.yearFrom !== undefined ? { yearFrom: req.yearFrom } : {}),
    ...(req.yearTo !== undefined ? { yearTo: req.yearTo } : {}),
  });
  const observations = values.map((v) => ({ ...v, dims: dimsOf(v.dimsKey) }));
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

/** `sex=F;age=Y15T19` → `{ sex: 'F', age: 'Y15T19' }`; '' → {}. */
function dimsOf(key: string): Record<string, string> {
  if (key === '') return {};
  return Object.fromEntries(
    key.split(';').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}
