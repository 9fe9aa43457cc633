import type { Kysely } from 'kysely';
import { countries, indicators, regionSets } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { insertMissingAreas, insertRegionSet, upsertIndicators } from '../store/reference-writes.ts';

export interface ReferenceCounts {
  readonly areasAdded: number;
  readonly regionSetsAdded: number;
}

/**
 * Writes the catalogue into the store: every country, the indicator catalogue and every region
 * set version. Idempotent: what is already there is left as it is (indicators follow the
 * catalogue, changing only when it changed).
 */
export async function ensureReferenceData(db: Kysely<Database>): Promise<ReferenceCounts> {
  return db.transaction().execute(async (trx) => {
    const areasAdded = await insertMissingAreas(
      trx,
      countries.map((c) => ({
        code: c.iso3,
        kind: 'country',
        iso2: c.iso2,
        m49: c.m49 || null,
        names: c.names,
      })),
    );
    await upsertIndicators(
      trx,
      indicators.map((i) => ({
        ...i,
        names: i.name,
        concept: i.concept,
        conceptNote: i.conceptNote ?? null,
      })),
    );
    let regionSetsAdded = 0;
    for (const s of regionSets()) {
      const added = await insertRegionSet(trx, {
        code: s.code,
        version: s.version,
        kind: s.kind,
        names: s.name,
        sourceNote: s.source.note,
        sourceUrl: s.source.url ?? null,
        members: s.members,
      });
      if (added) regionSetsAdded++;
    }
    return { areasAdded, regionSetsAdded };
  });
}
