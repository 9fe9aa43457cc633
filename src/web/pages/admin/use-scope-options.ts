import { useMemo } from 'react';
import { useApi, type Loadable } from '../../api/use-api.ts';
import type { CountrySummary, Paged, RegionSetSummary } from '../../components/api-types.ts';
import { groupRegionSets } from '../../components/RegionSetSelect.tsx';
import type { Lang } from '../../i18n/i18n.ts';

export interface ScopeOptions {
  /** Every country, in the reader's alphabetical order. */
  readonly countries: readonly CountrySummary[];
  /** Region sets grouped by kind (UNECE and its subregions first), one per code. */
  readonly regionSets: readonly { kind: string; sets: RegionSetSummary[] }[];
  /** Names of countries (ISO3) and region sets (code) in the reader's language, for membership labels. */
  readonly names: ReadonlyMap<string, string>;
  /** The first list that failed to load, to offer a retry; null when both loaded or are loading. */
  readonly failed: Extract<Loadable<unknown>, { state: 'error' }> | null;
}

/** What a role's scope can be: countries (focal points, contributors) and region sets (reviewers), public reads. */
export function useScopeOptions(lang: Lang): ScopeOptions {
  const countries = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000 });
  const sets = useApi<Paged<RegionSetSummary>>('region-sets', { lang, limit: 1000 });
  return useMemo(() => {
    const countryList = countries.state === 'ready' ? [...countries.data.items] : [];
    countryList.sort((a, b) => a.name.localeCompare(b.name, lang));
    const regionSets = sets.state === 'ready' ? groupRegionSets(sets.data.items) : [];
    const names = new Map<string, string>([
      ...countryList.map((c) => [c.iso3, c.name] as const),
      ...regionSets.flatMap((g) => g.sets.map((s) => [s.code, s.name] as const)),
    ]);
    const failed = countries.state === 'error' ? countries : sets.state === 'error' ? sets : null;
    return { countries: countryList, regionSets, names, failed };
  }, [countries, sets, lang]);
}
