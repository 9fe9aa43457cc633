import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../components/api-types.ts';
import { categoryLines } from '../../components/category-lines.ts';
import { formatValue } from '../../components/format-value.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { SeriesData } from './series.ts';

/**
 * One line per country over time (Okabe–Ito colours with a marker legend, in the order chosen),
 * a summary of each country's first and latest value, and a year × country table.
 */
export function ExplorerLineChart(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly series: SeriesData;
  readonly places: readonly { readonly iso3: string; readonly name: string }[];
  readonly label: string;
}): ReactNode {
  const { t } = useTranslation('explore');
  const { lang, indicator, series } = props;
  const fmt = (v: number | null | undefined): string => formatValue(lang, v, indicator.unit);
  const withData = props.places.filter((p) => series.points.some((s) => s.iso3 === p.iso3));
  const without = props.places.filter((p) => !withData.includes(p));
  const names = new Map(props.places.map((p) => [p.iso3, p.name]));
  const points = series.points.map((p) => ({
    category: names.get(p.iso3) ?? p.name,
    year: p.year,
    value: p.value,
  }));
  const cell = new Map(series.points.map((p) => [`${p.iso3}|${p.year}`, p.value]));
  const summary = [
    ...withData.map((p) => {
      const own = series.points.filter((s) => s.iso3 === p.iso3);
      const first = own[0]!;
      const last = own[own.length - 1]!;
      return t('line.countrySummary', {
        name: p.name,
        first: fmt(first.value),
        firstYear: first.year,
        last: fmt(last.value),
        lastYear: last.year,
      });
    }),
    ...(without.length ? [t('line.without', { list: without.map((p) => p.name).join(', ') })] : []),
  ].join(' ');
  return (
    <PlotFigure
      title={t('line.title', { series: props.label })}
      summary={summary}
      deps={[series, props.places, lang, props.label]}
      render={() =>
        categoryLines({
          points,
          categories: withData.map((p) => p.name),
          xLabel: t('year'),
          yLabel: props.label,
        })
      }
      tableLabel={t('line.tableLabel')}
      table={
        <div className="table-scroll" role="region" aria-label={t('line.tableLabel')} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                {withData.map((p) => (
                  <th scope="col" key={p.iso3} className="num">
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.years.map((y) => (
                <tr key={y}>
                  <th scope="row">{y}</th>
                  {withData.map((p) => (
                    <td key={p.iso3} className="num">
                      {fmt(cell.get(`${p.iso3}|${y}`))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}
