import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The header row of the progress tables (a country's series, a region's indicators): the same
 * columns in the same order, so the verdicts of the three methods read alike on both pages.
 */
export function ProgressTableHead(props: { latest: string; timeToTarget?: boolean }): ReactNode {
  const { t } = useTranslation('progress');
  return (
    <thead>
      <tr>
        <th scope="col">{t('table.indicator')}</th>
        <th scope="col">{t('table.source')}</th>
        <th scope="col" className="num">
          {props.latest}
        </th>
        <th scope="col">{t('table.target')}</th>
        <th scope="col">{t('column.growth-ratio')}</th>
        <th scope="col">{t('column.sdsn')}</th>
        <th scope="col">{t('column.escap')}</th>
        {props.timeToTarget && <th scope="col">{t('table.timeToTarget')}</th>}
        <th scope="col">{t('table.agreement')}</th>
      </tr>
    </thead>
  );
}
