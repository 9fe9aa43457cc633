import { sql, type Kysely } from 'kysely';
import type { AreaKind, Database } from './database.ts';

export interface AreaFields {
  readonly code: string;
  readonly kind: AreaKind;
  readonly iso2?: string | null;
  readonly m49?: string | null;
  readonly names: { readonly en: string; readonly fr?: string | null; readonly ru?: string | null };
  readonly definedBy?: string | null;
}

/** Adds areas that are not there yet; existing rows are left as they are (countries come from the catalogue). */
export async function insertMissingAreas(
  db: Kysely<Database>,
  areas: readonly AreaFields[],
): Promise<number> {
  let added = 0;
  for (let i = 0; i < areas.length; i += 1000) {
    const rows = areas.slice(i, i + 1000).map((a) => ({
      code: a.code,
      kind: a.kind,
      iso2: a.iso2 ?? null,
      m49: a.m49 ?? null,
      name_en: a.names.en,
      name_fr: a.names.fr ?? null,
      name_ru: a.names.ru ?? null,
      defined_by: a.definedBy ?? null,
    }));
    const res = await db
      .insertInto('area')
      .values(rows)
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export interface IndicatorFields {
  readonly code: string;
  readonly names: { readonly en: string; readonly fr: string; readonly ru: string };
  readonly unit: string;
  readonly direction: string;
  readonly definition: string;
  readonly publisher: string;
  readonly concept?: string | null;
  readonly conceptNote?: string | null;
  readonly bpfa: readonly string[];
  readonly clusters: readonly number[];
  readonly sdgTargets: readonly string[];
  readonly dimensions: readonly string[];
  readonly synonyms: readonly string[];
}

/** Writes the indicator catalogue: the code-reviewed catalogue is the truth, so rows follow it. */
export async function upsertIndicators(
  db: Kysely<Database>,
  list: readonly IndicatorFields[],
): Promise<void> {
  for (const i of list) {
    const fields = {
      name_en: i.names.en,
      name_fr: i.names.fr,
      name_ru: i.names.ru,
      unit: i.unit,
      direction: i.direction,
      definition: i.definition,
      publisher: i.publisher,
      concept: i.concept ?? null,
      concept_note: i.conceptNote ?? null,
      bpfa: [...i.bpfa],
      clusters: [...i.clusters],
      sdg_targets: [...i.sdgTargets],
      dimensions: [...i.dimensions],
      synonyms: [...i.synonyms],
    };
    await db
      .insertInto('indicator')
      .values({ code: i.code, ...fields })
      .onConflict((oc) =>
        oc
          .column('code')
          .doUpdateSet(fields)
          // Only a real change is written, so seeding twice changes nothing.
          .where(sql<boolean>`(indicator.*) IS DISTINCT FROM (EXCLUDED.*)`),
      )
      .execute();
  }
}

export interface RegionSetFields {
  readonly code: string;
  readonly version: string;
  readonly kind: string;
  readonly names: { readonly en: string; readonly fr: string; readonly ru: string };
  readonly sourceNote: string;
  readonly sourceUrl?: string | null;
  readonly members: readonly string[];
}

/** Writes one version of a region set; a set's version is immutable once written, a new version is a new row. */
export async function insertRegionSet(db: Kysely<Database>, s: RegionSetFields): Promise<boolean> {
  const row = await db
    .insertInto('region_set')
    .values({
      code: s.code,
      version: s.version,
      kind: s.kind,
      name_en: s.names.en,
      name_fr: s.names.fr,
      name_ru: s.names.ru,
      source_note: s.sourceNote,
      source_url: s.sourceUrl ?? null,
    })
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  if (s.members.length > 0) {
    await db
      .insertInto('region_set_member')
      .values(s.members.map((area_code) => ({ region_set_id: row.id, area_code })))
      .execute();
  }
  return true;
}
