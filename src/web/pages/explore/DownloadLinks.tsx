import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Query } from '../../api/client.ts';
import type { Loadable } from '../../api/use-api.ts';
import type { Paged, SourceInfo } from '../../components/api-types.ts';
import { downloadUrl } from './explorer-state.ts';

/**
 * "Download what is shown": CSV (zip with a README citing the source) and JSON links carrying
 * exactly the current filters, or, when the source's licence does not allow redistribution, why
 * there is no download and where the data can be had instead.
 */
export function DownloadLinks(props: {
  readonly query: Query;
  readonly dataset: string | null;
  readonly edition: string | null;
  readonly sources: Loadable<Paged<SourceInfo>>;
}): ReactNode {
  const { t } = useTranslation('explore');
  const { sources } = props;
  if (sources.state !== 'ready') {
    return (
      <section className="download" aria-labelledby="download-heading">
        <h3 id="download-heading">{t('download.heading')}</h3>
        {sources.state === 'loading' ? (
          <p className="status" role="status">
            {t('download.checking')}
          </p>
        ) : (
          <p className="status status-error" role="alert">
            {t('download.sourcesError')}{' '}
            <button type="button" className="secondary" onClick={sources.retry}>
              {t('retry')}
            </button>
          </p>
        )}
      </section>
    );
  }
  const source = sources.data.items.find((s) => s.dataset === props.dataset && s.edition === props.edition);
  return (
    <section className="download" aria-labelledby="download-heading">
      <h3 id="download-heading">{t('download.heading')}</h3>
      {source && !source.redistribution ? (
        <div className="status">
          <p>
            {t('download.refused', {
              title: source.title,
              publisher: source.publisher,
              licence: source.licence,
            })}
          </p>
          <p>
            {source.url && (
              <>
                <a href={source.url}>{t('download.getFromSource', { publisher: source.publisher })}</a>
                {' · '}
              </>
            )}
            {source.licenceUrl && <a href={source.licenceUrl}>{t('download.readLicence')}</a>}
          </p>
        </div>
      ) : (
        <>
          <p className="note">{t('download.note')}</p>
          <ul className="download-links">
            <li>
              <a href={downloadUrl(props.query, 'csv')} download>
                {t('download.csv')}
              </a>
            </li>
            <li>
              <a href={downloadUrl(props.query, 'json')} download>
                {t('download.json')}
              </a>
            </li>
          </ul>
          {source && (
            <p className="note">
              {t('download.licence', { licence: source.licence })}{' '}
              {source.licenceUrl && <a href={source.licenceUrl}>{t('download.readLicence')}</a>}
            </p>
          )}
        </>
      )}
    </section>
  );
}
