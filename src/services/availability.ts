import type { Kysely } from 'kysely';
import { countryByIso3, indicators, type Lang } from '../catalog/index.ts';
import { readLatestYears } from '../store/coverage-reads.ts';
import type { Database } from '../store/database.ts';
import { findRegionSet } from './region-set-views.ts';
import { ok, type ServiceResult } from './service-result.ts';
import { storeSnapshot } from './store-snapshot.ts';

export interface Availability {
  readonly regionSet: { readonly code: string; readonly version: string; readonly name: string };
  /** Indicators with data for at least one member, in catalogue order. */
  readonly indicators: { code: string; name: string }[];
  /** One row per member, by ISO3: the latest year of each indicator (any source), null when none. */
  readonly rows: { iso3: string; name: string; latest: Record<string, number | null> }[];
}

/** The data availability matrix of a region set's members (cached per data version and set). */
export async function availability(
  db: Kysely<Database>,
  q: { readonly regionSet: string; readonly lang: Lang },
): Promise<ServiceResult<Availability>> {
  const set = findRegionSet(q.regionSet);
  if (!set.ok) return set;
  const members = set.value.members;
  const snapshot = await storeSnapshot(db);
  const latest = await snapshot.memo(`latest-years:${set.value.code}:${set.value.version}`, () =>
    readLatestYears(db, members),
  );
  const byArea = new Map<string, Map<string, number>>();
  for (const r of latest) {
    const m = byArea.get(r.area) ?? new Map<string, number>();
    m.set(r.indicator, r.lastYear);
    byArea.set(r.area, m);
  }
  const present = new Set(latest.map((r) => r.indicator));
  const list = indicators.filter((i) => present.has(i.code));
  return ok({
    regionSet: { code: set.value.code, version: set.value.version, name: set.value.name[q.lang] },
    indicators: list.map((i) => ({ code: i.code, name: i.name[q.lang] })),
    rows: members.map((iso3) => ({
      iso3,
      name: countryByIso3(iso3)?.names[q.lang] ?? iso3,
      latest: Object.fromEntries(list.map((i) => [i.code, byArea.get(iso3)?.get(i.code) ?? null])),
    })),
  });
}
