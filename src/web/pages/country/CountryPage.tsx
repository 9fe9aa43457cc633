import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { CountryProfileView } from './CountryProfileView.tsx';
import { normaliseIso3 } from './profile-data.ts';
import type { CountryProfile } from './profile-types.ts';
import { usePrintTables } from './use-print-tables.ts';

/**
 * `/country/:iso3?edition=&lang=`: one country's profile from `GET /api/countries/{iso3}/profile`.
 * An unknown code gets a message with a way back to the overview instead of an error.
 */
export default function CountryPage(): ReactNode {
  const params = useParams<{ iso3: string }>();
  const lang = useLang();
  const { t } = useTranslation('country');
  const iso3 = normaliseIso3(params.iso3);
  const [edition, setEdition] = useUrlParam('edition');
  const { current: profile, data: stale } = useStaleApi<CountryProfile>(
    iso3 ? `countries/${iso3}/profile` : null,
    { lang, edition },
  );
  // While another edition or language loads, the previous profile of the same country stays (and the
  // edition selector keeps focus).
  const shown = stale && stale.country.iso3 === iso3 ? stale : undefined;
  const editions = useStickyEditions(shown);
  usePrintTables();
  useEffect(() => {
    const name = shown?.country.name ?? iso3;
    document.title = `${t('documentTitle', { name: name ?? params.iso3 })} · Parity`;
  }, [shown, iso3, params.iso3, t]);

  if (!iso3) return <UnknownCountry code={params.iso3 ?? ''} lang={lang} />;
  if (profile.state === 'error' && profile.status === 404 && !edition)
    return <UnknownCountry code={iso3} lang={lang} />;
  if (profile.state === 'error' && profile.status === 404 && edition)
    return <UnknownEdition iso3={iso3} edition={edition} message={profile.message} onReset={setEdition} />;
  const name = shown?.country.name ?? iso3;
  const current = edition ?? shown?.edition ?? shown?.headline[0]?.edition;
  return (
    <article className="country-page">
      <header className="page-header">
        <p className="muted page-kicker">{t('kicker')}</p>
        <h1>{name}</h1>
        <div className="controls page-actions">
          {editions.length > 0 && (
            <label>
              {t('edition.label')}
              <select value={current ?? editions[0]} onChange={(e) => setEdition(e.target.value)}>
                {editions.map((e) => (
                  <option key={e} value={e}>
                    {e}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <Link href={withLang(`/compare?countries=${iso3}`, lang)}>{t('compareLink', { name })}</Link>
          <Link href={withLang(`/progress/${iso3}`, lang)}>
            {t('common:progressLinks.country', { name })}
          </Link>
        </div>
        <p className="note no-print">{t('edition.help')}</p>
      </header>
      {shown && profile.state !== 'error' ? (
        <div aria-busy={profile.state === 'loading'}>
          <CountryProfileView profile={shown} requestedEdition={edition} lang={lang} />
        </div>
      ) : (
        <Status data={profile}>
          {(p) => <CountryProfileView profile={p} requestedEdition={edition} lang={lang} />}
        </Status>
      )}
      <p className="print-only note">{t('printedFrom', { url: window.location.href })}</p>
    </article>
  );
}

/** The HDR editions of the last profile loaded, kept while the next one loads so the selector stays put. */
function useStickyEditions(profile: CountryProfile | undefined): string[] {
  const [editions, setEditions] = useState<string[]>([]);
  const loaded = profile?.editions.map((e) => e.edition).join(',') ?? '';
  useEffect(() => {
    if (loaded) setEditions(loaded.split(','));
  }, [loaded]);
  return editions;
}

function UnknownCountry(props: { code: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('country');
  return (
    <section>
      <h1>{t('unknown.title')}</h1>
      <p>{t('unknown.body', { code: props.code })}</p>
      <p>
        <Link href={withLang('/', props.lang)}>{t('unknown.overview')}</Link>
      </p>
    </section>
  );
}

function UnknownEdition(props: {
  iso3: string;
  edition: string;
  message: string;
  onReset: (v: string | null) => void;
}): ReactNode {
  const { t } = useTranslation('country');
  return (
    <section>
      <h1>{t('unknownEdition.title', { edition: props.edition })}</h1>
      <p>{t('unknownEdition.body', { edition: props.edition, iso3: props.iso3 })}</p>
      <p className="note">{props.message}</p>
      <button type="button" onClick={() => props.onReset(null)}>
        {t('unknownEdition.reset')}
      </button>
    </section>
  );
}
