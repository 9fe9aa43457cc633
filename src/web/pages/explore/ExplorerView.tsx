import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountrySummary, IndicatorDetail, RegionSetDetail } from '../../components/api-types.ts';
import { ChoroplethMap, type MapItem } from '../../components/ChoroplethMap.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { ResolvedState } from './explorer-state.ts';
import { ExplorerLineChart } from './ExplorerLineChart.tsx';
import { RankTable } from './RankTable.tsx';
import type { SeriesData } from './series.ts';

/** The chosen view of the selection: lines over time, a map of one year, or a ranked table. */
export function ExplorerView(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly state: ResolvedState;
  readonly series: SeriesData;
  readonly year: number | null;
  readonly label: string;
  readonly countries: readonly CountrySummary[] | undefined;
  readonly regionSet: RegionSetDetail | undefined;
}): ReactNode {
  const { t } = useTranslation('explore');
  const { lang, indicator, state, series, year } = props;
  const places = useMemo(
    () => placesOf(state, props.countries, props.regionSet),
    [state, props.countries, props.regionSet],
  );
  const items: MapItem[] = useMemo(() => {
    const values = new Map(series.points.filter((p) => p.year === year).map((p) => [p.iso3, p.value]));
    return places.map((p) => ({ ...p, value: values.get(p.iso3) ?? null }));
  }, [series, year, places]);
  const m49 = useMemo(
    () => new Map((props.countries ?? []).map((c) => [c.iso3, c.m49 ?? ''] as const)),
    [props.countries],
  );
  if (state.view === 'line') {
    return (
      <ExplorerLineChart
        lang={lang}
        indicator={indicator}
        series={series}
        places={places}
        label={props.label}
      />
    );
  }
  if (year === null) return <p className="status">{t('noData')}</p>;
  if (state.view === 'map') {
    return props.countries ? (
      <ChoroplethMap
        title={t('mapTitle', { series: props.label, year })}
        items={items}
        m49={m49}
        unit={indicator.unit}
        direction={indicator.direction}
        legendLabel={props.label}
        lang={lang}
      />
    ) : (
      <p className="status" role="status">
        {t('loadingCountries')}
      </p>
    );
  }
  return (
    <RankTable
      lang={lang}
      indicator={indicator}
      series={series}
      year={year}
      items={items}
      label={props.label}
    />
  );
}

/**
 * The countries shown, in order: the region set's members, or the chosen countries as chosen
 * (names from the country list, else the ISO3 code until it loads).
 */
function placesOf(
  state: ResolvedState,
  countries: readonly CountrySummary[] | undefined,
  set: RegionSetDetail | undefined,
): { iso3: string; name: string }[] {
  if (state.regionSet) return set ? set.members.map((m) => ({ iso3: m.iso3, name: m.name })) : [];
  const names = new Map((countries ?? []).map((c) => [c.iso3, c.name]));
  return state.countries.map((iso3) => ({ iso3, name: names.get(iso3) ?? iso3 }));
}
