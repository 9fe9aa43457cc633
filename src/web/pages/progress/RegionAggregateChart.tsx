import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fittedWidth } from '../../components/category-lines.ts';
import { formatValue } from '../../components/format-value.ts';
import { categoryColour, SYMBOLS } from '../../components/okabe-ito.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { RegionProgress, RegionProgressRow } from './progress-types.ts';
import { yDomain } from './progress-data.ts';
import { splitByCoverage } from './region-data.ts';

/**
 * The regional simple mean, median and population-weighted mean over time. Years below the
 * coverage rule have no value: the lines break there and a cross on the axis marks them; the table
 * gives every year with its coverage beside the values, and the reason where a year has none.
 */
export function RegionAggregateChart(props: {
  readonly row: RegionProgressRow;
  readonly region: RegionProgress['regionSet'];
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { row, lang } = props;
  const unit = row.indicator.unit;
  const fmt = (v: number | null | undefined): string => formatValue(lang, v, unit);
  const pct = (share: number): string => formatValue(lang, share * 100, 'percent');
  const { shown, below } = splitByCoverage(row.aggregates);
  const all = [...row.aggregates].sort((a, b) => a.year - b.year);
  const mean = t('region.mean');
  const median = t('region.median');
  const weighted = t('region.weighted');
  const categories = [mean, median, weighted];
  // NaN breaks a Plot line, so a year below the coverage rule leaves a gap instead of a bridge.
  const points = all.flatMap((a) => [
    { category: mean, year: a.year, value: a.ok ? a.mean : NaN },
    { category: median, year: a.year, value: a.ok ? a.median : NaN },
    { category: weighted, year: a.year, value: a.ok && a.weightedMean !== null ? a.weightedMean : NaN },
  ]);
  const [min, max] = yDomain(points.map((p) => p.value));
  const first = shown[0];
  const last = shown.at(-1);
  const title = t('region.chartTitle', { indicator: row.indicator.name, region: props.region.name });
  const summary =
    first && last
      ? [
          t('region.summary', {
            from: first.year,
            to: last.year,
            meanFrom: fmt(first.mean),
            meanTo: fmt(last.mean),
            medianFrom: fmt(first.median),
            medianTo: fmt(last.median),
            nFrom: first.n,
            nTo: last.n,
            members: last.members,
            source: row.series.source,
          }),
          below.length > 0
            ? t('region.belowSummary', { count: below.length, years: below.map((b) => b.year).join(', ') })
            : '',
        ]
          .filter(Boolean)
          .join(' ')
      : t('region.noYear');
  return (
    <PlotFigure
      title={title}
      summary={summary}
      deps={[row, lang]}
      render={() =>
        Plot.plot({
          width: fittedWidth(860),
          height: 300,
          marginLeft: 56,
          marginBottom: 40,
          style: { fontSize: '13px', overflow: 'visible' },
          x: { label: t('detail.year'), tickFormat: 'd', labelArrow: 'none', labelAnchor: 'right' },
          y: { label: row.indicator.name, grid: true, nice: true, domain: [min, max] },
          color: { domain: categories, range: categories.map((_, i) => categoryColour(i)) },
          symbol: { domain: categories, range: categories.map((_, i) => SYMBOLS[i]!), legend: true },
          marks: [
            ...(min === 0 ? [Plot.ruleY([0])] : []),
            ...categories.map((c, i) =>
              Plot.line(
                points.filter((p) => p.category === c),
                {
                  x: 'year',
                  y: 'value',
                  stroke: 'category',
                  strokeWidth: 2,
                  ...(i > 0 ? { strokeDasharray: i === 1 ? '6 4' : '2 3' } : {}),
                },
              ),
            ),
            Plot.dot(
              points.filter((p) => Number.isFinite(p.value)),
              {
                x: 'year',
                y: 'value',
                fill: 'category',
                symbol: 'category',
                r: 3,
                stroke: '#1b1f24',
                strokeWidth: 0.6,
              },
            ),
            Plot.dot(below, { x: 'year', y: min, symbol: 'times', stroke: '#a4001d', r: 5, strokeWidth: 2 }),
          ],
        })
      }
      tableLabel={t('detail.showTable')}
      table={
        <ScrollBox label={title}>
          <table className="aggregate-table">
            <thead>
              <tr>
                <th scope="col">{t('detail.year')}</th>
                <th scope="col" className="num">
                  {mean}
                </th>
                <th scope="col" className="num">
                  {median}
                </th>
                <th scope="col" className="num">
                  {weighted}
                </th>
                <th scope="col" className="num">
                  {t('region.coverage')}
                </th>
              </tr>
            </thead>
            <tbody>
              {all.map((a) => (
                <tr key={a.year} className={a.ok ? undefined : 'below-coverage'}>
                  <th scope="row">{a.year}</th>
                  {a.ok ? (
                    <>
                      <td className="num">{fmt(a.mean)}</td>
                      <td className="num">{fmt(a.median)}</td>
                      <td className="num">
                        {fmt(a.weightedMean)}
                        {a.weightedMean !== null && a.weightedN < a.n && (
                          <span className="note"> ({t('region.weightedN', { n: a.weightedN })})</span>
                        )}
                      </td>
                    </>
                  ) : (
                    <td colSpan={3}>
                      <span aria-hidden="true">× </span>
                      {t('region.belowRule')}
                    </td>
                  )}
                  <td className="num">
                    {t('region.coverageValue', { n: a.n, members: a.members, share: pct(a.coverage) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      }
    />
  );
}
