import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { MethodInputs } from './MethodInputs.tsx';
import { editionSiblings } from './progress-data.ts';
import type { CountryProgress, ProgressRow } from './progress-types.ts';
import { SeriesChart } from './SeriesChart.tsx';
import { TargetSource } from './TargetText.tsx';
import { TrendAnalysis } from './TrendAnalysis.tsx';

/**
 * The detail of one row: its series beside the same series of other editions, with the row's
 * linear trend projected to the target year and the target, its trend analysis over a window,
 * then the inputs each method used.
 */
export function SeriesDetail(props: {
  readonly row: ProgressRow;
  readonly progress: CountryProgress;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { row, progress, lang } = props;
  const series = editionSiblings(progress.rows, row);
  return (
    <div className="series-detail">
      <h3>{t('detail.title', { indicator: row.indicator.name, source: row.series.source })}</h3>
      <TargetSource target={row.target} unit={row.indicator.unit} lang={lang} />
      <SeriesChart
        row={row}
        series={series}
        targetYear={progress.targetYear}
        name={progress.area.name}
        lang={lang}
      />
      <TrendAnalysis
        row={row}
        series={series}
        area={progress.area.code}
        areaName={progress.area.name}
        targetYear={progress.targetYear}
        lang={lang}
      />
      <h4>{t('detail.inputs')}</h4>
      <MethodInputs row={row} lang={lang} />
    </div>
  );
}
