import { countryByIso3 } from '../catalog/index.ts';
import { findRegionSet } from './region-set-views.ts';
import { invalid, notFound, ok, type ServiceResult } from './service-result.ts';
import type { StoreSnapshot } from './store-snapshot.ts';

/**
 * The areas a request names: `country` (ISO3 country codes, any case, or aggregate codes such as
 * `ZZK.WORLD` that the store holds) or the members of `regionSet` (its newest version), never
 * both; `undefined` when neither is given (all areas). Unknown codes → not-found naming each.
 */
export async function resolveAreas(
  snapshot: StoreSnapshot,
  q: { readonly country?: readonly string[]; readonly regionSet?: string },
): Promise<ServiceResult<string[] | undefined>> {
  if (q.country !== undefined && q.regionSet !== undefined)
    return invalid('give either country or regionSet, not both', 'regionSet');
  if (q.regionSet !== undefined) {
    const set = findRegionSet(q.regionSet);
    return set.ok ? ok([...set.value.members]) : set;
  }
  if (q.country === undefined) return ok(undefined);
  const areas = await snapshot.areas();
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const raw of q.country) {
    const code = countryByIso3(raw)?.iso3 ?? (areas.has(raw.toUpperCase()) ? raw.toUpperCase() : undefined);
    if (code) codes.push(code);
    else unknown.push(raw);
  }
  if (unknown.length > 0)
    return notFound(
      `unknown ${unknown.length === 1 ? 'area' : 'areas'} ${unknown.map((u) => `"${u}"`).join(', ')}: expected ISO 3166-1 alpha-3 country codes such as KAZ, or aggregate codes such as ZZK.WORLD`,
      'country',
    );
  return ok([...new Set(codes)]);
}
