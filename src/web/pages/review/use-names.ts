import { useMemo } from 'react';
import { useApi } from '../../api/use-api.ts';
import type { CountrySummary, IndicatorSummary, Paged } from '../../components/api-types.ts';
import type { Lang } from '../../i18n/i18n.ts';

export interface Names {
  readonly countries: ReadonlyMap<string, string>;
  readonly indicators: ReadonlyMap<string, IndicatorSummary>;
  /** Country list for pickers, in the reader's alphabetical order. */
  readonly countryList: readonly CountrySummary[];
  readonly indicatorList: readonly IndicatorSummary[];
}

/** Country and indicator names in the reader's language (public, cacheable reads). */
export function useNames(lang: Lang, regionSet?: string): Names {
  const countries = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000, regionSet });
  const indicators = useApi<Paged<IndicatorSummary>>('indicators', { lang, limit: 1000 });
  return useMemo(() => {
    const countryList = countries.state === 'ready' ? [...countries.data.items] : [];
    countryList.sort((a, b) => a.name.localeCompare(b.name, lang));
    const indicatorList = indicators.state === 'ready' ? indicators.data.items : [];
    return {
      countries: new Map(countryList.map((c) => [c.iso3, c.name])),
      indicators: new Map(indicatorList.map((i) => [i.code, i])),
      countryList,
      indicatorList,
    };
  }, [countries, indicators, lang]);
}
