import {
  countryByIso3,
  regionSets,
  type Lang,
  type RegionSet,
  type RegionSetKind,
} from '../catalog/index.ts';
import { notFound, ok, pageOf, type PageRequest, type Paged, type ServiceResult } from './service-result.ts';

export interface RegionSetView {
  readonly code: string;
  readonly version: string;
  readonly kind: RegionSetKind;
  readonly name: string;
  readonly names: Readonly<Record<Lang, string>>;
  readonly source: { readonly note: string; readonly url?: string };
  readonly memberCount: number;
  /** The publisher's aggregate row for the same grouping (e.g. `ZZG.ECA`), when there is one. */
  readonly aggregateArea?: string;
}

export interface RegionSetDetail extends RegionSetView {
  readonly members: { iso3: string; name: string }[];
}

function view(s: RegionSet, lang: Lang): RegionSetView {
  return {
    code: s.code,
    version: s.version,
    kind: s.kind,
    name: s.name[lang],
    names: s.name,
    source: s.source,
    memberCount: s.members.length,
    ...(s.aggregateArea ? { aggregateArea: s.aggregateArea } : {}),
  };
}

/** Every region set version (UNECE, its subregions, then HDR sets newest edition first), optionally of one kind. */
export function listRegionSets(q: {
  readonly lang: Lang;
  readonly kind?: RegionSetKind;
  readonly page: PageRequest;
}): Paged<RegionSetView> {
  const all = regionSets().filter((s) => q.kind === undefined || s.kind === q.kind);
  return pageOf(
    all.map((s) => view(s, q.lang)),
    q.page,
  );
}

/** One region set with its members' names; the newest version unless `version` is given. */
export function regionSetDetail(code: string, lang: Lang, version?: string): ServiceResult<RegionSetDetail> {
  const found = findRegionSet(code, version);
  if (!found.ok) return found;
  const s = found.value;
  const members = s.members.map((iso3) => ({ iso3, name: countryByIso3(iso3)?.names[lang] ?? iso3 }));
  return ok({ ...view(s, lang), members });
}

/**
 * A region set by code (and version), or not-found naming it and what exists: the codes when the
 * code is unknown, the versions when only the version is.
 */
export function findRegionSet(code: string, version?: string, param = 'regionSet'): ServiceResult<RegionSet> {
  const versions = regionSets().filter((s) => s.code === code);
  if (versions.length === 0) {
    const codes = [...new Set(regionSets().map((s) => s.code))].join(', ');
    return notFound(`unknown region set "${code}": the region sets are ${codes}`, param);
  }
  const s = version === undefined ? versions[0] : versions.find((v) => v.version === version);
  if (!s)
    return notFound(
      `region set "${code}" has no version "${version}": its versions are ${versions.map((v) => v.version).join(', ')}`,
      'version',
    );
  return ok(s);
}
