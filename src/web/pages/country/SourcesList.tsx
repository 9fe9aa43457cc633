import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceInfo } from './profile-types.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

/** The sources the profile draws on: publisher, edition, licence (linked) and how to cite each. */
export function SourcesList(props: { sources: readonly SourceInfo[] }): ReactNode {
  const { t } = useTranslation('country');
  if (props.sources.length === 0) return <p className="status">{t('sources.none')}</p>;
  return (
    <ScrollBox label={t('sources.title')}>
      <table className="sources-table">
        <thead>
          <tr>
            <th scope="col">{t('sources.col.publisher')}</th>
            <th scope="col">{t('sources.col.edition')}</th>
            <th scope="col">{t('sources.col.licence')}</th>
            <th scope="col">{t('sources.col.citation')}</th>
          </tr>
        </thead>
        <tbody>
          {props.sources.map((s) => (
            <tr key={`${s.dataset}|${s.edition}`}>
              <th scope="row">
                {s.publisher ?? s.dataset}
                {s.title && (
                  <>
                    <br />
                    <span className="muted" lang="en">
                      {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                    </span>
                  </>
                )}
              </th>
              <td>
                {s.edition}
                <br />
                <code className="muted">{s.dataset}</code>
              </td>
              <td>
                {s.licenceUrl ? <a href={s.licenceUrl}>{s.licence ?? s.licenceUrl}</a> : (s.licence ?? '–')}
              </td>
              <td lang="en">{s.citation ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
