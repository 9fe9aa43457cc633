import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import type { Paged, SourceInfo } from '../../components/api-types.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { Status } from '../../components/Status.tsx';

/** The sources held: one card per dataset edition, with licence, redistribution, citation and files. */
export function SourcesSection(props: { readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('data');
  const sources = useApi<Paged<SourceInfo>>('sources');
  return (
    <section aria-labelledby="sources">
      <h2 id="sources" tabIndex={-1}>
        {t('sources.heading')}
      </h2>
      <p>{t('sources.intro')}</p>
      <Status data={sources} isEmpty={(d) => d.items.length === 0} empty={t('sources.empty')}>
        {(d) => (
          <div className="source-list">
            {d.items.map((s) => (
              <SourceCard key={`${s.dataset}|${s.edition}`} source={s} lang={props.lang} />
            ))}
          </div>
        )}
      </Status>
    </section>
  );
}

function SourceCard(props: { readonly source: SourceInfo; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('data');
  const { source: s, lang } = props;
  return (
    <article className="card source-card" aria-labelledby={`source-${s.dataset}-${s.edition}`}>
      <h3 id={`source-${s.dataset}-${s.edition}`}>
        {s.url ? <a href={s.url}>{s.title}</a> : s.title}
      </h3>
      <dl className="facts">
        <dt>{t('sources.publisher')}</dt>
        <dd>{s.publisher}</dd>
        <dt>{t('sources.dataset')}</dt>
        <dd>
          <code>{s.dataset}</code>
        </dd>
        <dt>{t('sources.edition')}</dt>
        <dd>{s.edition}</dd>
        <dt>{t('sources.licence')}</dt>
        <dd>{s.licenceUrl ? <a href={s.licenceUrl}>{s.licence}</a> : s.licence}</dd>
        <dt>{t('sources.download')}</dt>
        <dd>
          <span className={`badge ${s.redistribution ? 'badge-yes' : 'badge-no'}`}>
            {s.redistribution ? t('sources.downloadYes') : t('sources.downloadNo')}
          </span>{' '}
          {!s.redistribution && <span className="note">{t('sources.downloadNoWhy')}</span>}
        </dd>
        <dt>{t('sources.observations')}</dt>
        <dd>{formatNumber(lang, s.observations, 0)}</dd>
        <dt className="wide">{t('sources.citation')}</dt>
        <dd className="wide">
          <blockquote className="citation">{s.citation}</blockquote>
        </dd>
      </dl>
      <details>
        <summary>{t('sources.files', { count: s.files.length })}</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sources.fileName')}</th>
                <th scope="col" className="num">
                  {t('sources.bytes')}
                </th>
                <th scope="col">{t('sources.retrieved')}</th>
                <th scope="col">{t('sources.sha256')}</th>
              </tr>
            </thead>
            <tbody>
              {s.files.map((f) => (
                <tr key={f.fileName}>
                  <th scope="row">{f.fileName}</th>
                  <td className="num">{formatNumber(lang, f.bytes, 0)}</td>
                  <td>{formatDate(lang, f.retrievedAt)}</td>
                  <td>
                    <code className="hash">{f.sha256}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </article>
  );
}
