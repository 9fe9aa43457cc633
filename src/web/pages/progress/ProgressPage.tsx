import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, withLang } from '../../app/url-state.ts';
import type { CountrySummary } from '../../components/api-types.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { usePrintTables } from '../country/use-print-tables.ts';
import { MethodsPanel } from './MethodsPanel.tsx';
import { DEFAULT_BASE_YEAR, DEFAULT_TARGET_YEAR, parseYear } from './progress-params.ts';
import type { CountryProgress, ProgressMethodId } from './progress-types.ts';
import { ProgressControls } from './ProgressControls.tsx';
import { ProgressTable } from './ProgressTable.tsx';
import { QuotaSection } from './QuotaSection.tsx';

/** The methods a country's progress table uses, in its column order. */
const COUNTRY_METHODS: readonly ProgressMethodId[] = [
  'trend',
  'growth-ratio',
  'sdsn',
  'escap-csi',
  'escap-api',
];

/**
 * `/progress/:iso3?base=&targetYear=&open=&lang=`: every progress indicator of one country with each
 * method's verdict side by side (`GET /api/progress/countries/{iso3}`), its quotas against the seat
 * shares, and how each method works. An unknown code gets a message, not an error.
 */
export default function ProgressPage(): ReactNode {
  const params = useParams<{ iso3: string }>();
  const lang = useLang();
  const { t } = useTranslation('progress');
  const raw = (params.iso3 ?? '').trim().toUpperCase();
  const iso3 = /^[A-Z]{3}$/.test(raw) ? raw : null;
  const [baseParam] = useUrlParam('base');
  const [targetParam] = useUrlParam('targetYear');
  const [open, setOpen] = useUrlParam('open');
  const base = parseYear(baseParam, DEFAULT_BASE_YEAR);
  const targetYear = parseYear(targetParam, DEFAULT_TARGET_YEAR);
  const country = useApi<CountrySummary>(iso3 ? `countries/${iso3}` : null, { lang });
  const progress = useStaleApi<CountryProgress>(
    iso3 && country.state === 'ready' ? `progress/countries/${iso3}` : null,
    { base, targetYear, lang },
  );
  usePrintTables();
  const name = country.state === 'ready' ? country.data.name : (iso3 ?? raw);
  useEffect(() => {
    document.title = `${t('documentTitle', { name })} · Parity`;
  }, [name, t]);

  if (!iso3 || (country.state === 'error' && country.status === 404))
    return <UnknownCountry code={raw} lang={lang} />;
  if (country.state !== 'ready') return <Status data={country}>{() => null}</Status>;
  const shown = progress.data && progress.data.area.code === iso3 ? progress.data : undefined;
  return (
    <article className="progress-page">
      <header className="page-header">
        <p className="muted page-kicker">{t('kicker')}</p>
        <h1>{t('title', { name })}</h1>
        <p className="lede">{t('intro')}</p>
        <p className="no-print">
          <Link href={withLang(`/country/${iso3}`, lang)}>{t('profileLink', { name })}</Link>
        </p>
        <ProgressControls base={base} targetYear={targetYear} latestYear={new Date().getFullYear()} />
      </header>
      <section aria-labelledby="indicators-h">
        <h2 id="indicators-h">{t('table.title')}</h2>
        <p className="note">{t('table.help')}</p>
        {progress.updating && (
          <p className="status updating" role="status">
            {t('updating')}
          </p>
        )}
        {shown && progress.current.state !== 'error' ? (
          <div aria-busy={progress.updating}>
            {shown.rows.length === 0 ? (
              <p className="status">{t('table.none', { name })}</p>
            ) : (
              <ProgressTable progress={shown} open={open} onOpen={setOpen} lang={lang} />
            )}
          </div>
        ) : (
          <Status data={progress.current}>{() => null}</Status>
        )}
      </section>
      <QuotaSection iso3={iso3} name={name} lang={lang} />
      <MethodsPanel ids={COUNTRY_METHODS} lang={lang} />
      <p className="print-only note">{t('printedFrom', { url: window.location.href })}</p>
    </article>
  );
}

function UnknownCountry(props: { readonly code: string; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  return (
    <section>
      <h1>{t('unknown.title')}</h1>
      <p>{t('unknown.body', { code: props.code })}</p>
      <p>
        <Link href={withLang('/progress/region/unece', props.lang)}>{t('unknown.region')}</Link>
      </p>
    </section>
  );
}
