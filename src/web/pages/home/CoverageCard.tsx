import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapItem } from '../../components/ChoroplethMap.tsx';
import type { Overview } from './overview-types.ts';

/** "50 of 56 members have a value in 2023", and which members have none. */
export function CoverageCard(props: {
  readonly overview: Overview;
  readonly missing: readonly MapItem[];
  readonly regionName: string;
}): ReactNode {
  const { t } = useTranslation('home');
  const { coverage, year } = props.overview;
  return (
    <section className="card" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverage.heading')}</h2>
      <p className="kpi">{t('coverage.kpi', { withValue: coverage.withValue, members: coverage.members })}</p>
      <p>{t('coverage.text', { withValue: coverage.withValue, members: coverage.members, year })}</p>
      {props.missing.length > 0 && (
        <p className="note">{t('coverage.missing', { list: props.missing.map((m) => m.name).join(', ') })}</p>
      )}
    </section>
  );
}
