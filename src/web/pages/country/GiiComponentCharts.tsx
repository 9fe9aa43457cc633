import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLines, type CategoryPoint } from '../../components/category-lines.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { giiInputsOf, type GiiInputName } from './profile-data.ts';
import type { GiiSeriesRow } from './profile-types.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

/** The five GII indicators: one input (MMR, ABR) or a women/men pair (PR, SE, LFPR). */
const PANELS: readonly { key: string; inputs: readonly GiiInputName[]; digits: number }[] = [
  { key: 'mmr', inputs: ['mmr'], digits: 1 },
  { key: 'abr', inputs: ['abr'], digits: 1 },
  { key: 'pr', inputs: ['prF', 'prM'], digits: 1 },
  { key: 'se', inputs: ['seF', 'seM'], digits: 1 },
  { key: 'lfpr', inputs: ['lfprF', 'lfprM'], digits: 1 },
];

/** Small multiples of the eight GII inputs over time, each chart with its own scale and table. */
export function GiiComponentCharts(props: { series: readonly GiiSeriesRow[]; lang: Lang }): ReactNode {
  const rows = [...props.series]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, inputs: giiInputsOf(r) }));
  return (
    <div className="grid small-multiples">
      {PANELS.map((panel) => (
        <ComponentChart key={panel.key} panel={panel} rows={rows} lang={props.lang} />
      ))}
    </div>
  );
}

function ComponentChart(props: {
  panel: (typeof PANELS)[number];
  rows: readonly { year: number; inputs: Record<GiiInputName, number | null> }[];
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const { panel, rows, lang } = props;
  const label = (input: GiiInputName): string =>
    panel.inputs.length === 1
      ? t(`components.${panel.key}.short`)
      : t(`sex.${input.endsWith('F') ? 'F' : 'M'}`);
  const categories = panel.inputs.map(label);
  const points: CategoryPoint[] = rows.flatMap((r) =>
    panel.inputs.flatMap((input) => {
      const value = r.inputs[input];
      return value === null ? [] : [{ category: label(input), year: r.year, value }];
    }),
  );
  const shown = rows.filter((r) => panel.inputs.some((i) => r.inputs[i] !== null));
  const last = shown[shown.length - 1];
  const first = shown[0];
  const fmt = (v: number | null | undefined): string => formatNumber(lang, v, panel.digits);
  const summary =
    first && last
      ? panel.inputs
          .map((input) =>
            t('components.summaryPart', {
              who: label(input),
              from: fmt(first.inputs[input]),
              fromYear: first.year,
              to: fmt(last.inputs[input]),
              toYear: last.year,
            }),
          )
          .join(' ')
      : t('components.none');
  const title = t(`components.${panel.key}.title`);
  return (
    <PlotFigure
      title={title}
      summary={summary}
      deps={[points, lang]}
      render={() =>
        categoryLines({
          points,
          categories,
          xLabel: t('axis.year'),
          yLabel: t(`components.${panel.key}.unit`),
          width: 540,
          height: 280,
          // Shares by sex on a common 0–100 scale, so that the gap reads at its true size.
          ...(panel.inputs.length === 2 ? { yDomain: [0, 100] as const } : {}),
        })
      }
      tableLabel={t('table.show')}
      table={
        <ScrollBox label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('axis.year')}</th>
                {categories.map((c) => (
                  <th scope="col" className="num" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.year}>
                  <th scope="row">{r.year}</th>
                  {panel.inputs.map((input) => (
                    <td className="num" key={input}>
                      {fmt(r.inputs[input])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      }
    />
  );
}
