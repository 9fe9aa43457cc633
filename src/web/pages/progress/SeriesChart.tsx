import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fittedWidth } from '../../components/category-lines.ts';
import { formatChange, formatValue } from '../../components/format-value.ts';
import { categoryColour, SYMBOLS } from '../../components/okabe-ito.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { YearTable } from '../../components/YearTable.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { latest, lineAt, trendLine, yDomain } from './progress-data.ts';
import type { ProgressRow } from './progress-types.ts';

const TREND = '#1b1f24';
const TARGET = '#a4001d';
/** A white outline behind chart labels, so that they stay legible where they cross a line. */
const HALO = { stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' } as const;

/**
 * One series per edition (the row's first and solid, older ones dashed), the row's linear trend
 * since the base year and its projection to the target year (dashed), and the target as a
 * horizontal rule, with a text summary and a table of every value drawn.
 */
export function SeriesChart(props: {
  readonly row: ProgressRow;
  /** The row first, then the same series in other editions. */
  readonly series: readonly ProgressRow[];
  readonly targetYear: number;
  readonly name: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { row, series, lang } = props;
  const unit = row.indicator.unit;
  const fmt = (v: number | null | undefined): string => formatValue(lang, v, unit);
  const categories = series.map((s) => s.series.source);
  const points = series.flatMap((s) => s.points.map((p) => ({ ...p, category: s.series.source })));
  const fit = row.assessment.trend.linear.ok ? row.assessment.trend.linear.value : undefined;
  const toYear = Math.max(props.targetYear, row.target?.year ?? props.targetYear);
  const line = fit ? trendLine(fit, props.targetYear) : undefined;
  const target = row.target;
  const title = t('detail.chartTitle', { indicator: row.indicator.name, name: props.name });
  const trendLabel = t('detail.trendLabel');
  const years = [...new Set([...points.map((p) => p.year), ...(fit ? [props.targetYear] : [])])].sort(
    (a, b) => a - b,
  );
  const values = [
    ...points.map((p) => p.value),
    ...(line ? [...line.fitted, ...line.projected].map((p) => p.value) : []),
    ...(target ? [target.value] : []),
  ];
  const [min, max] = yDomain(values);
  return (
    <PlotFigure
      title={title}
      summary={summaryText(t, props, fmt, lang)}
      deps={[row, series, lang, props.targetYear]}
      render={() =>
        Plot.plot({
          width: fittedWidth(860),
          height: 320,
          marginLeft: 56,
          marginBottom: 40,
          marginRight: 24,
          style: { fontSize: '13px', overflow: 'visible' },
          x: {
            label: t('detail.year'),
            tickFormat: 'd',
            labelArrow: 'none',
            labelAnchor: 'right',
            domain: [Math.min(...years), toYear],
          },
          y: { label: row.indicator.name, grid: true, nice: true, domain: [min, max] },
          color: { domain: categories, range: categories.map((_, i) => categoryColour(i)) },
          symbol: {
            domain: categories,
            range: categories.map((_, i) => SYMBOLS[i % SYMBOLS.length]!),
            legend: true,
          },
          marks: [
            ...(min === 0 ? [Plot.ruleY([0])] : []),
            ...(target
              ? [
                  Plot.ruleY([target.value], { stroke: TARGET, strokeDasharray: '2 3', strokeWidth: 1.5 }),
                  Plot.text([target], {
                    x: toYear,
                    y: 'value',
                    text: () => t('detail.targetMark', { value: fmt(target.value), year: target.year }),
                    textAnchor: 'end',
                    dy: -8,
                    fill: TARGET,
                    ...HALO,
                  }),
                ]
              : []),
            // Other editions first, so that the row's own series is drawn on top.
            ...[...categories].reverse().map((c) =>
              Plot.line(
                points.filter((p) => p.category === c),
                {
                  x: 'year',
                  y: 'value',
                  stroke: 'category',
                  strokeWidth: 2,
                  ...(c !== categories[0] ? { strokeDasharray: '6 4' } : {}),
                },
              ),
            ),
            Plot.dot([...points].reverse(), {
              x: 'year',
              y: 'value',
              fill: 'category',
              symbol: 'category',
              r: 4,
              stroke: '#1b1f24',
              strokeWidth: 0.6,
            }),
            ...(line
              ? [
                  Plot.line(line.fitted, { x: 'year', y: 'value', stroke: TREND, strokeWidth: 1.5 }),
                  Plot.line(line.projected, {
                    x: 'year',
                    y: 'value',
                    stroke: TREND,
                    strokeWidth: 1.5,
                    strokeDasharray: '4 4',
                  }),
                  Plot.dot(line.projected.slice(-1), {
                    x: 'year',
                    y: 'value',
                    stroke: TREND,
                    fill: 'white',
                    r: 4,
                  }),
                  Plot.text(line.projected.slice(-1), {
                    x: 'year',
                    y: 'value',
                    text: (d: { value: number }) => `${trendLabel}: ${fmt(d.value)}`,
                    textAnchor: 'end',
                    dy: 14,
                    fill: TREND,
                    ...HALO,
                  }),
                ]
              : []),
          ],
        })
      }
      tableLabel={t('detail.showTable')}
      table={
        <YearTable
          label={title}
          yearHeading={t('detail.year')}
          years={years}
          columns={[
            ...categories.map((c) => ({ key: c, heading: c })),
            ...(fit ? [{ key: '__trend', heading: trendLabel }] : []),
          ]}
          cell={(key, year) => {
            if (key === '__trend')
              return fit && year >= fit.fromYear && year <= Math.max(fit.toYear, props.targetYear)
                ? fmt(lineAt(fit, year))
                : '–';
            return fmt(points.find((p) => p.category === key && p.year === year)?.value);
          }}
        />
      }
    />
  );
}

type T = (key: string, o?: Record<string, unknown>) => string;

/** The chart in words: where the series went, the trend and its projection, the target and the time to it. */
function summaryText(
  t: T,
  props: { readonly row: ProgressRow; readonly targetYear: number; readonly name: string },
  fmt: (v: number | null | undefined) => string,
  lang: Lang,
): string {
  const { row } = props;
  const a = row.assessment.trend;
  const first = row.points[0];
  const last = latest(row.points);
  const parts: string[] = [];
  if (first && last)
    parts.push(
      t('detail.summary.span', {
        indicator: row.indicator.name,
        name: props.name,
        source: row.series.source,
        from: fmt(first.value),
        fromYear: first.year,
        to: fmt(last.value),
        toYear: last.year,
      }),
    );
  if (a.linear.ok && a.projection.ok)
    parts.push(
      t('detail.summary.trend', {
        fromYear: a.linear.value.fromYear,
        slope: formatChange(lang, a.linear.value.slope, row.indicator.unit),
        projection: fmt(a.projection.value.value),
        year: a.projection.value.year,
      }),
    );
  else parts.push(t('detail.summary.noTrend'));
  if (row.target)
    parts.push(
      t('detail.summary.target', {
        value: fmt(row.target.value),
        year: row.target.year,
        kind: t(`target.kind.${row.target.kind}`),
      }),
    );
  return parts.join(' ');
}
