import { countries, countryByIso3, regionSets, type Country, type Lang } from '../catalog/index.ts';
import { notFound, ok, pageOf, type PageRequest, type Paged, type ServiceResult } from './service-result.ts';
import { findRegionSet } from './region-set-views.ts';

export interface CountryView {
  readonly iso3: string;
  readonly iso2: string;
  readonly m49: string;
  readonly name: string;
  readonly names: Readonly<Record<Lang, string>>;
}

export interface CountryDetail extends CountryView {
  readonly regionSets: { code: string; version: string; kind: string; name: string }[];
}

export function countryView(c: Country, lang: Lang): CountryView {
  return { iso3: c.iso3, iso2: c.iso2, m49: c.m49, name: c.names[lang], names: c.names };
}

/**
 * The catalogue's countries (ISO 3166-1; never aggregates), by ISO3 code, optionally only the
 * members of a region set (its newest version). Unknown region set → not-found naming it.
 */
export function listCountries(q: {
  readonly lang: Lang;
  readonly regionSet?: string;
  readonly page: PageRequest;
}): ServiceResult<Paged<CountryView>> {
  let list: readonly Country[] = countries;
  if (q.regionSet !== undefined) {
    const set = findRegionSet(q.regionSet);
    if (!set.ok) return set;
    const members = new Set(set.value.members);
    list = countries.filter((c) => members.has(c.iso3));
  }
  return ok(
    pageOf(
      list.map((c) => countryView(c, q.lang)),
      q.page,
    ),
  );
}

/** A country with every region set (each version) it belongs to. Case-insensitive code. */
export function countryDetail(iso3: string, lang: Lang): ServiceResult<CountryDetail> {
  const found = findCountry(iso3);
  if (!found.ok) return found;
  const c = found.value;
  const sets = regionSets()
    .filter((s) => s.members.includes(c.iso3))
    .map((s) => ({ code: s.code, version: s.version, kind: s.kind, name: s.name[lang] }));
  return ok({ ...countryView(c, lang), regionSets: sets });
}

/** The catalogue country for an ISO3 code (any case), or not-found saying what is expected. */
export function findCountry(iso3: string, param = 'iso3'): ServiceResult<Country> {
  const c = countryByIso3(iso3);
  return c
    ? ok(c)
    : notFound(`unknown country "${iso3}": expected an ISO 3166-1 alpha-3 code such as KAZ`, param);
}
