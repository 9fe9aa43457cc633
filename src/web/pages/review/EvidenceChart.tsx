import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLines, fittedWidth } from '../../components/category-lines.ts';
import { formatValue } from '../../components/format-value.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { YearTable } from '../../components/YearTable.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { ChartEvidence } from './evidence-charts.ts';
import { formatMoment } from './review-format.ts';
import type { Names } from './use-names.ts';

/** An indicator-chart evidence block drawn from its values (live, or as pinned on submission). */
export function EvidenceChart(props: {
  evidence: ChartEvidence;
  names: Names;
  lang: Lang;
  pinnedAt?: string | undefined;
}): ReactNode {
  const { t } = useTranslation('review');
  const { evidence: e, lang } = props;
  const indicator = props.names.indicators.get(e.indicator)?.name ?? e.indicator;
  const area = props.names.countries.get(e.area) ?? e.area;
  const points = [...e.points].sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points[points.length - 1];
  const fmt = (v: number) => formatValue(lang, v, e.unit);
  const when = props.pinnedAt
    ? t('evidence.pinnedAt', { at: formatMoment(lang, props.pinnedAt) })
    : t('evidence.live');
  const summary =
    first && last
      ? t('evidence.chartSummary', {
          indicator,
          area,
          from: first.year,
          to: last.year,
          first: fmt(first.value),
          last: fmt(last.value),
          count: points.length,
          source: e.source.label,
        })
      : t('evidence.noPoints');
  return (
    <div className="evidence-chart">
      <PlotFigure
        title={`${indicator}, ${area} (${e.source.label})`}
        summary={`${summary} ${when}`}
        deps={[e.key, lang, props.pinnedAt]}
        render={() =>
          categoryLines({
            points: points.map((p) => ({ category: area, year: p.year, value: p.value })),
            categories: [area],
            xLabel: t('evidence.year'),
            yLabel: indicator,
            width: fittedWidth(560),
            height: 220,
          })
        }
        tableLabel={t('evidence.table')}
        table={
          <YearTable
            label={t('evidence.table')}
            yearHeading={t('evidence.year')}
            years={points.map((p) => p.year)}
            columns={[{ key: e.key, heading: area }]}
            cell={(_k, year) => {
              const p = points.find((x) => x.year === year);
              return p ? fmt(p.value) : '–';
            }}
          />
        }
      />
    </div>
  );
}
