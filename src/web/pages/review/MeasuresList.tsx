import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import type { Measure } from './review-types.ts';

/** The measures a country reports, as a table (read-only; the editor adds Edit and Remove). */
export function MeasuresList(props: {
  measures: readonly Measure[];
  actions?: (m: Measure, index: number) => ReactNode;
}): ReactNode {
  const { t } = useTranslation('review');
  if (props.measures.length === 0) return <p className="muted">{t('measures.none')}</p>;
  return (
    <ScrollBox label={t('measures.heading')}>
      <table className="measures-table">
        <thead>
          <tr>
            <th scope="col">{t('measures.title')}</th>
            <th scope="col">{t('measures.kind')}</th>
            <th scope="col">{t('measures.date')}</th>
            <th scope="col">{t('measures.areas')}</th>
            <th scope="col">{t('measures.clusters')}</th>
            <th scope="col">{t('measures.beneficiaries')}</th>
            <th scope="col">{t('measures.source')}</th>
            {props.actions && <th scope="col">{t('measures.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.measures.map((m, i) => (
            <tr key={`${m.title}-${i}`}>
              <th scope="row">
                {m.title}
                {m.description && <p className="note">{m.description}</p>}
              </th>
              <td>{t(`measures.kinds.${m.kind}`)}</td>
              <td>{m.date}</td>
              <td>{m.criticalAreas.join(', ') || '–'}</td>
              <td>{m.clusters.join(', ') || '–'}</td>
              <td>{m.beneficiaries ?? '–'}</td>
              <td>
                {m.url && /^https?:\/\//i.test(m.url) ? (
                  <a href={m.url} rel="noopener noreferrer nofollow">
                    {m.source}
                  </a>
                ) : (
                  m.source
                )}
              </td>
              {props.actions && <td>{props.actions(m, i)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
