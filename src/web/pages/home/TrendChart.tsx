import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../components/api-types.ts';
import { categoryLines, type CategoryPoint } from '../../components/category-lines.ts';
import { formatValue } from '../../components/format-value.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { Overview } from './overview-types.ts';

/** The regional median and mean over time (members with a value each year), as lines and a table. */
export function TrendChart(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly overview: Overview;
  readonly series: string;
  readonly regionName: string;
}): ReactNode {
  const { t } = useTranslation('home');
  const { lang, indicator } = props;
  const trend = [...props.overview.trend].sort((a, b) => a.year - b.year);
  const fmt = (v: number | null): string => formatValue(lang, v, indicator.unit);
  const median = t('trend.median');
  const mean = t('trend.mean');
  const points: CategoryPoint[] = trend.flatMap((p) => [
    ...(p.median === null ? [] : [{ category: median, year: p.year, value: p.median }]),
    ...(p.mean === null ? [] : [{ category: mean, year: p.year, value: p.mean }]),
  ]);
  const withValues = trend.filter((p) => p.median !== null && p.mean !== null);
  const first = withValues[0];
  const last = withValues[withValues.length - 1];
  const summary =
    first && last
      ? t('trend.summary', {
          from: first.year,
          to: last.year,
          medianFrom: fmt(first.median),
          medianTo: fmt(last.median),
          meanFrom: fmt(first.mean),
          meanTo: fmt(last.mean),
          nFrom: first.n,
          nTo: last.n,
        })
      : t('trend.none');
  return (
    <section className="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('trend.heading')}</h2>
      {points.length === 0 ? (
        <p className="status">{t('trend.none')}</p>
      ) : (
        <PlotFigure
          title={t('trend.title', { series: props.series, region: props.regionName })}
          summary={summary}
          deps={[props.overview, lang, props.series]}
          render={() =>
            categoryLines({
              points,
              categories: [median, mean],
              xLabel: t('trend.year'),
              yLabel: props.series,
              dashed: [mean],
              width: 420,
              height: 260,
            })
          }
          tableLabel={t('trend.tableLabel')}
          table={
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('trend.year')}</th>
                    <th scope="col" className="num">
                      {median}
                    </th>
                    <th scope="col" className="num">
                      {mean}
                    </th>
                    <th scope="col" className="num">
                      {t('trend.n')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {trend.map((p) => (
                    <tr key={p.year}>
                      <th scope="row">{p.year}</th>
                      <td className="num">{fmt(p.median)}</td>
                      <td className="num">{fmt(p.mean)}</td>
                      <td className="num">{p.n}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          }
        />
      )}
    </section>
  );
}
