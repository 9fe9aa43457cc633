import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fittedWidth } from '../../components/category-lines.ts';
import { formatValue } from '../../components/format-value.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { YearTable } from '../../components/YearTable.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { yDomain } from './progress-data.ts';
import type { IndicatorHead } from './progress-types.ts';
import { changeText, extremeKeys, windowEnds, yearTicks } from './trend-analysis.ts';
import type { ExtremeChange, SeriesTrend } from './trend-types.ts';

type Which = 'improvement' | 'deterioration';

const SERIES = '#1b1f24';
/** Okabe–Ito's bluish green and vermillion, darkened to read as text on white; the words and the dash carry them too. */
const COLOUR = { improvement: '#00704f', deterioration: '#a84400' } as const;
/** The deterioration's arrow is dashed, so the two are told apart without colour. */
const DASH: Readonly<Record<Which, string | undefined>> = {
  improvement: undefined,
  deterioration: '4 3',
};

interface WindowMark {
  readonly which: Which;
  readonly change: ExtremeChange;
}

/**
 * One edition's series over the window with its largest improvement (solid arrow) and largest
 * deterioration (dashed arrow) drawn from the first to the last year of each, their ends ringed,
 * with a text summary and a table marking those years.
 */
export function TrendWindowsChart(props: {
  readonly trend: SeriesTrend;
  readonly indicator: IndicatorHead;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { trend, indicator, lang } = props;
  const unit = indicator.unit;
  const fmt = (v: number | undefined): string => formatValue(lang, v, unit);
  const keys = extremeKeys(indicator.direction);
  const ex = trend.extremes.ok ? trend.extremes : undefined;
  const marks: WindowMark[] = (['improvement', 'deterioration'] as const).flatMap((which) => {
    const change = ex?.[which];
    return change ? [{ which, change }] : [];
  });
  const label = (which: Which): string => t(keys[which]);
  const title = t('trend.chart.title', { source: trend.series.source });
  const points = trend.points;
  const [min, max] = yDomain(points.map((p) => p.value));
  return (
    <PlotFigure
      title={title}
      summary={summary(t, props, marks, label)}
      deps={[trend, lang]}
      render={() =>
        withLegend(
          marks.map((m) => ({ which: m.which, label: label(m.which) })),
          Plot.plot({
            width: fittedWidth(500),
            height: 230,
            marginLeft: 52,
            marginBottom: 36,
            marginRight: 16,
            style: { fontSize: '12px', overflow: 'visible' },
            x: {
              label: t('detail.year'),
              tickFormat: 'd',
              labelArrow: 'none',
              labelAnchor: 'right',
              ticks: yearTicks(points.map((p) => p.year)),
            },
            y: { label: indicator.name, grid: true, nice: true, domain: [min, max] },
            marks: [
              ...(min === 0 ? [Plot.ruleY([0])] : []),
              Plot.line(points, { x: 'year', y: 'value', stroke: SERIES, strokeWidth: 1.5 }),
              Plot.dot(points, { x: 'year', y: 'value', fill: SERIES, r: 2 }),
              ...marks.flatMap(windowMarks),
            ],
          }),
        )
      }
      tableLabel={t('detail.showTable')}
      table={
        <YearTable
          label={title}
          yearHeading={t('detail.year')}
          years={points.map((p) => p.year)}
          columns={[
            { key: 'value', heading: trend.series.source },
            ...marks.map((m) => ({ key: m.which, heading: label(m.which) })),
          ]}
          cell={(key, year) => {
            if (key === 'value') return fmt(points.find((p) => p.year === year)?.value);
            const end = ex ? windowEnds(ex, year)[key as Which] : undefined;
            return end ? t(`trend.chart.${end}`) : '';
          }}
        />
      }
    />
  );
}

/** An arrow from the window's first to its last value, with both ends ringed. */
function windowMarks(m: WindowMark): Plot.Markish[] {
  const colour = COLOUR[m.which];
  const dash = DASH[m.which];
  return [
    Plot.arrow([m.change], {
      x1: (d: ExtremeChange) => d.from.year,
      y1: (d: ExtremeChange) => d.from.value,
      x2: (d: ExtremeChange) => d.to.year,
      y2: (d: ExtremeChange) => d.to.value,
      stroke: colour,
      strokeWidth: 2,
      bend: 12,
      inset: 5,
      ...(dash ? { strokeDasharray: dash } : {}),
    }),
    Plot.dot([m.change.from, m.change.to], {
      x: 'year',
      y: 'value',
      r: 5,
      stroke: colour,
      strokeWidth: 2,
      fill: 'none',
    }),
  ];
}

/**
 * The chart under a key naming each arrow by a line of its colour and dash (Plot's own legends
 * show colour only). Like the chart, the key is hidden from screen readers: the summary says it.
 */
function withLegend(
  items: readonly { readonly which: Which; readonly label: string }[],
  chart: Element,
): HTMLElement {
  const wrap = document.createElement('div');
  const key = document.createElement('div');
  key.style.cssText = 'display:flex;flex-wrap:wrap;gap:0.25rem 1rem;font-size:12px;margin:0 0 0.25rem';
  for (const item of items) {
    const entry = document.createElement('span');
    entry.style.cssText = `display:inline-flex;align-items:center;gap:0.3rem;color:${COLOUR[item.which]};font-weight:600`;
    const dash = DASH[item.which];
    entry.innerHTML = `<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${COLOUR[item.which]}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/></svg>`;
    entry.append(item.label);
    key.append(entry);
  }
  wrap.append(key, chart);
  return wrap;
}

type T = (key: string, o?: Record<string, unknown>) => string;

/** The chart in words: the window, and each extreme with its years, values and change, or that there is none. */
function summary(
  t: T,
  props: { readonly trend: SeriesTrend; readonly indicator: IndicatorHead; readonly lang: Lang },
  marks: readonly WindowMark[],
  label: (which: Which) => string,
): string {
  const { trend, indicator, lang } = props;
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  if (!trend.extremes.ok || !first || !last) return t('trend.chart.tooFew', { source: trend.series.source });
  const parts = [t('trend.chart.span', { source: trend.series.source, from: first.year, to: last.year })];
  for (const which of ['improvement', 'deterioration'] as const) {
    const m = marks.find((x) => x.which === which);
    parts.push(
      m
        ? t('trend.chart.extreme', { label: label(which), ...changeText(lang, m.change, indicator.unit) })
        : t(`trend.chart.none.${which}`),
    );
  }
  return parts.join(' ');
}
