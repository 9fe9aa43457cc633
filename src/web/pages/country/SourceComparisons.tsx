import { YearTable } from '../../components/YearTable.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLines, type CategoryPoint } from '../../components/category-lines.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { finite, firstAndLast, hasNationalSeries, sourceKind } from './profile-data.ts';
import type { Comparison, ComparisonSeries } from './profile-types.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

/**
 * National versus international values of the same concept (e.g. women's share of parliament seats):
 * one chart with a line per source, a table, and what each definition counts.
 */
export function SourceComparisons(props: {
  comparisons: readonly Comparison[];
  name: string;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const withData = props.comparisons.filter((c) => c.series.some((s) => s.points.length > 0));
  if (withData.length === 0) return <p className="status">{t('comparisons.none', { name: props.name })}</p>;
  const national = withData.some(hasNationalSeries);
  return (
    <>
      <p>{t('comparisons.intro')}</p>
      {!national && <p className="note callout">{t('comparisons.noNational', { name: props.name })}</p>}
      {withData.map((c) => (
        <ComparisonBlock
          key={c.concept}
          comparison={c}
          lang={props.lang}
          name={props.name}
          national={national}
        />
      ))}
    </>
  );
}

/** One label per series: the kind of source and its edition, plus the code when two would look alike. */
function useSeriesLabels(series: readonly ComparisonSeries[]): string[] {
  const { t } = useTranslation('country');
  const base = series.map((s) => `${t(`sourceKind.${sourceKind(s.dataset)}`)} (${s.edition})`);
  return base.map((label, i) =>
    base.indexOf(label) !== base.lastIndexOf(label) ? `${label} · ${series[i]!.indicator}` : label,
  );
}

function ComparisonBlock(props: {
  comparison: Comparison;
  lang: Lang;
  name: string;
  /** Whether the country has a national platform at all (else the page already says so once). */
  national: boolean;
}): ReactNode {
  const { t } = useTranslation('country');
  const { lang } = props;
  // National series first, so the national line always has the first colour and marker.
  const c = { ...props.comparison, series: nationalFirst(props.comparison.series) };
  const labels = useSeriesLabels(c.series);
  const points: CategoryPoint[] = c.series.flatMap((s, i) =>
    s.points.flatMap((p) => {
      const value = finite(p.value);
      return value === null ? [] : [{ category: labels[i]!, year: p.year, value }];
    }),
  );
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const latest = c.series
    .map((s, i) => {
      const span = firstAndLast(s.points);
      return span
        ? t('comparisons.latestPart', {
            source: labels[i],
            value: formatNumber(lang, span.last.value, 1),
            year: span.last.year,
          })
        : null;
    })
    .filter(Boolean)
    .join('; ');
  const explain = t(`conceptExplain.${c.concept}`, { defaultValue: '' });
  const units = [...new Set(c.series.map((s) => s.unit).filter(Boolean))];
  // The unit labels live with the compare page's; one axis label only when all series share a unit.
  const yLabel =
    units.length === 1
      ? t(`unit.${units[0]}`, { ns: 'compare', defaultValue: t('comparisons.axis') })
      : t('comparisons.axis');
  return (
    <div className="comparison">
      <h3>{c.label}</h3>
      {props.national && !hasNationalSeries(c) && (
        <p className="note">{t('comparisons.internationalOnly')}</p>
      )}
      <PlotFigure
        title={t('comparisons.chartTitle', { label: c.label, name: props.name })}
        summary={t('comparisons.summary', { latest })}
        deps={[points, lang]}
        render={() => categoryLines({ points, categories: labels, xLabel: t('axis.year'), yLabel })}
        tableLabel={t('table.show')}
        table={
          <YearTable
            label={t('comparisons.chartTitle', { label: c.label, name: props.name })}
            yearHeading={t('axis.year')}
            years={years}
            columns={labels.map((l) => ({ key: l, heading: l }))}
            cell={(l, y) =>
              formatNumber(lang, points.find((p) => p.year === y && p.category === l)?.value, 2)
            }
          />
        }
      />
      <h4>{t('comparisons.definitions')}</h4>
      {explain && <p>{explain}</p>}
      <DefinitionsTable series={c.series} labels={labels} />
      {c.conceptNote && (
        <p className="note">
          {t('comparisons.conceptNote')}: <span lang="en">{c.conceptNote}</span>
        </p>
      )}
    </div>
  );
}

function nationalFirst(series: readonly ComparisonSeries[]): ComparisonSeries[] {
  const isNational = (s: ComparisonSeries): boolean =>
    s.kind === 'national' || sourceKind(s.dataset) === 'national';
  return [...series.filter(isNational), ...series.filter((s) => !isNational(s))];
}

function DefinitionsTable(props: { series: readonly ComparisonSeries[]; labels: string[] }): ReactNode {
  const { t } = useTranslation('country');
  return (
    <ScrollBox label={t('comparisons.definitions')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('comparisons.col.source')}</th>
            <th scope="col">{t('comparisons.col.indicator')}</th>
            <th scope="col">{t('comparisons.col.definition')}</th>
          </tr>
        </thead>
        <tbody>
          {props.series.map((s, i) => (
            <tr key={`${s.dataset}|${s.edition}|${s.indicator}`}>
              <th scope="row">{props.labels[i]}</th>
              <td>
                <code>{s.indicator}</code>
              </td>
              <td lang="en">{s.definitionNote ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
