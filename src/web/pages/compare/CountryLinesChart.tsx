import { YearTable } from '../../components/YearTable.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLines, type CategoryPoint } from '../../components/category-lines.ts';
import { formatFixed } from '../../components/format-fixed.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { latestByArea } from './compare-data.ts';

export interface AreaPoint {
  readonly area: string;
  readonly year: number;
  readonly value: number | null;
  readonly edition: string;
}

/**
 * One line per chosen country (Okabe–Ito colour and marker fixed by the country's place in the
 * selection, so a country looks the same in every chart), with a summary of the latest values and
 * of the countries without data, and a year × country table.
 */
export function CountryLinesChart(props: {
  title: string;
  yLabel: string;
  codes: readonly string[];
  names: ReadonlyMap<string, string>;
  points: readonly AreaPoint[];
  digits: number;
  lang: Lang;
  yDomain?: readonly [number, number];
}): ReactNode {
  const { t } = useTranslation('compare');
  const { codes, lang, digits } = props;
  const name = (code: string): string => props.names.get(code) ?? code;
  const data: CategoryPoint[] = props.points.flatMap((p) =>
    p.value === null || !codes.includes(p.area)
      ? []
      : [{ category: name(p.area), year: p.year, value: p.value }],
  );
  const latest = latestByArea(props.points);
  const withData = codes.filter((c) => latest.has(c));
  const without = codes.filter((c) => !latest.has(c));
  const summary = [
    withData.length > 0
      ? t('chart.latest', {
          list: withData
            .map((c) => {
              const l = latest.get(c)!;
              return t('chart.latestPart', {
                name: name(c),
                value: formatFixed(lang, l.value, digits),
                year: l.year,
              });
            })
            .join('; '),
        })
      : t('chart.noneAtAll'),
    without.length > 0 ? t('chart.noData', { list: without.map(name).join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (data.length === 0)
    return (
      <div className="chart">
        <p>
          <strong>{props.title}</strong>
        </p>
        <p className="status">{t('chart.noneAtAll')}</p>
      </div>
    );
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const cell = (code: string, year: number): string =>
    formatFixed(lang, props.points.find((p) => p.area === code && p.year === year)?.value, digits);
  return (
    <PlotFigure
      title={props.title}
      summary={summary}
      deps={[data, lang, codes.join(',')]}
      render={() =>
        categoryLines({
          points: data,
          categories: codes.map(name),
          xLabel: t('axis.year'),
          yLabel: props.yLabel,
          ...(props.yDomain ? { yDomain: props.yDomain } : {}),
        })
      }
      tableLabel={t('table.show')}
      table={
        <YearTable
          label={props.title}
          yearHeading={t('axis.year')}
          years={years}
          columns={codes.map((c) => ({ key: c, heading: name(c) }))}
          cell={cell}
        />
      }
    />
  );
}
