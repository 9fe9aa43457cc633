import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { fittedWidth } from '../../components/category-lines.ts';
import { formatFixed } from '../../components/format-fixed.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { firstAndLast, giiOf } from './profile-data.ts';
import type { GiiSeriesRow } from './profile-types.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

/** The GII over time (one edition), with a summary of where it started and ended. */
export function GiiTrendChart(props: {
  series: readonly GiiSeriesRow[];
  name: string;
  lang: Lang;
  edition: string | undefined;
}): ReactNode {
  const { t } = useTranslation('country');
  const { lang, name } = props;
  const points = props.series
    .map((r) => ({ year: r.year, value: giiOf(r) }))
    .filter((p): p is { year: number; value: number } => p.value !== null)
    .sort((a, b) => a.year - b.year);
  const span = firstAndLast(points);
  const summary = span
    ? t('gii.summary', {
        name,
        from: formatFixed(lang, span.first.value, 3),
        fromYear: span.first.year,
        to: formatFixed(lang, span.last.value, 3),
        toYear: span.last.year,
        edition: props.edition ?? '',
      })
    : '';
  return (
    <PlotFigure
      title={t('gii.chartTitle', { name, edition: props.edition ?? '' })}
      summary={summary}
      deps={[points, lang]}
      render={() =>
        Plot.plot({
          width: fittedWidth(900),
          height: 320,
          marginLeft: 56,
          style: { fontSize: '13px' },
          x: { label: t('axis.year'), tickFormat: 'd', labelArrow: 'none' },
          y: { label: t('axis.gii'), grid: true, domain: [0, Math.max(0.1, ...points.map((p) => p.value))] },
          marks: [
            Plot.ruleY([0]),
            Plot.line(points, { x: 'year', y: 'value', stroke: '#0072B2', strokeWidth: 2 }),
            Plot.dot(points, { x: 'year', y: 'value', fill: '#0072B2', r: 3 }),
            Plot.text(
              points,
              Plot.selectLast({
                x: 'year',
                y: 'value',
                text: (d: { value: number }) => formatFixed(lang, d.value, 3),
                dy: -12,
              }),
            ),
          ],
        })
      }
      tableLabel={t('table.show')}
      table={
        <ScrollBox label={t('gii.chartTitle', { name, edition: props.edition ?? '' })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('axis.year')}</th>
                <th scope="col" className="num">
                  {t('axis.gii')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.year}</th>
                  <td className="num">{formatFixed(lang, p.value, 3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      }
    />
  );
}
