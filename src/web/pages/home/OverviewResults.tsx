import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountrySummary, IndicatorDetail, RegionSetDetail } from '../../components/api-types.ts';
import { ChoroplethMap, type MapItem } from '../../components/ChoroplethMap.tsx';
import { dimsText } from '../../components/DimsSelect.tsx';
import { parseDims } from '../../components/dims.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { CoverageCard } from './CoverageCard.tsx';
import { MoversCard } from './MoversCard.tsx';
import type { Overview } from './overview-types.ts';
import { TrendChart } from './TrendChart.tsx';

/**
 * What the overview shows for one selection: the map of the members, and beside it coverage, the
 * regional median and mean over time and the biggest movers. `members` (the region set) lists the
 * members without a value too; until it loads, the map shows those with a value.
 */
export function OverviewResults(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly overview: Overview;
  readonly dims: string | undefined;
  readonly members: RegionSetDetail | undefined;
  readonly countries: readonly CountrySummary[] | undefined;
}): ReactNode {
  const { t } = useTranslation('home');
  const { t: tx } = useTranslation('explore');
  const { lang, indicator, overview, members } = props;
  const items = useMemo(() => mapItems(overview, members), [overview, members]);
  const m49 = useMemo(
    () => new Map((props.countries ?? []).map((c) => [c.iso3, c.m49 ?? ''] as const)),
    [props.countries],
  );
  const dims = parseDims(props.dims);
  const series = Object.keys(dims).length ? `${indicator.name} (${dimsText(tx, dims)})` : indicator.name;
  const regionName = members?.name ?? '';
  const missing = items.filter((d) => d.value === null);
  if (!overview.values.length && !overview.years.length) {
    return <p className="status">{t('noData')}</p>;
  }
  return (
    <div className="overview-layout">
      <section className="overview-map" aria-labelledby="overview-map-heading">
        <h2 id="overview-map-heading">
          {t('mapHeading', { series, year: overview.year, region: regionName })}
        </h2>
        <p className="note">
          {t('editionNote', { edition: overview.edition })}{' '}
          {tx(`directions.${indicator.direction}`, { defaultValue: '' })}
        </p>
        {props.countries ? (
          <ChoroplethMap
            title={t('mapTitle', { series, year: overview.year })}
            items={items}
            m49={m49}
            unit={indicator.unit}
            direction={indicator.direction}
            legendLabel={series}
            lang={lang}
          />
        ) : (
          <p className="status" role="status">
            {t('loadingMap')}
          </p>
        )}
      </section>
      <div className="overview-side">
        <CoverageCard overview={overview} missing={missing} regionName={regionName} />
        <TrendChart
          lang={lang}
          indicator={indicator}
          overview={overview}
          series={series}
          regionName={regionName}
        />
        <MoversCard lang={lang} indicator={indicator} overview={overview} />
      </div>
    </div>
  );
}

/** Every member with its value for the year (null when it has none); members' names from the set. */
function mapItems(overview: Overview, members: RegionSetDetail | undefined): MapItem[] {
  const values = new Map(overview.values.map((v) => [v.iso3, v]));
  if (!members) return overview.values.map((v) => ({ iso3: v.iso3, name: v.name, value: v.value }));
  return members.members.map((m) => ({
    iso3: m.iso3,
    name: m.name,
    value: values.get(m.iso3)?.value ?? null,
  }));
}
