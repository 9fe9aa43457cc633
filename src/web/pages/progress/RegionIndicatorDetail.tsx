import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { MemberDistribution } from './MemberDistribution.tsx';
import { MethodInputs } from './MethodInputs.tsx';
import type { RegionProgress, RegionProgressRow } from './progress-types.ts';
import { RegionAggregateChart } from './RegionAggregateChart.tsx';
import { asProgressRow } from './region-data.ts';
import { TargetSource } from './TargetText.tsx';

/**
 * One indicator over a region: the aggregates over time with coverage, the methods' inputs on the
 * regional mean, and the member countries by category per method, each linking to its progress.
 */
export function RegionIndicatorDetail(props: {
  readonly row: RegionProgressRow;
  readonly progress: RegionProgress;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { row, progress, lang } = props;
  return (
    <section aria-labelledby="region-detail-h" className="region-detail">
      <h2 id="region-detail-h">{row.indicator.name}</h2>
      <p className="note">
        {t('region.sourceLine', { source: row.series.source })} <span lang="en">{row.sourceNote}.</span>
        {row.weights && <> {t('region.weightsLine', { edition: row.weights.edition })}</>}
      </p>
      <TargetSource target={row.target} unit={row.indicator.unit} lang={lang} />
      <RegionAggregateChart row={row} region={progress.regionSet} lang={lang} />
      <h3>{t('region.membersTitle')}</h3>
      <p>{t('region.membersIntro')}</p>
      <MemberDistribution
        members={row.members}
        setSize={progress.regionSet.members}
        unit={row.indicator.unit}
        lang={lang}
      />
      <h3>{t('region.inputsTitle')}</h3>
      <MethodInputs row={asProgressRow(row)} lang={lang} />
    </section>
  );
}
