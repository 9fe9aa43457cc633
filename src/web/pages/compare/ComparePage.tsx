import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlList, useUrlParam } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import { MIN_COUNTRIES, selectCountries } from './compare-data.ts';
import type { CountrySummary, Paged } from '../../components/api-types.ts';
import { CompareResults } from './CompareResults.tsx';
import { CountryPicker } from './CountryPicker.tsx';

/** Central Asia's three most populous countries, as in the brief's example, when the URL names none. */
const DEFAULT_COUNTRIES = ['KAZ', 'KGZ', 'UZB'];

/**
 * `/compare?countries=KAZ,KGZ,UZB&edition=&indicator=&breakdown=&lang=`: two to eight countries side by
 * side. Every choice lives in the URL so the view can be shared.
 */
export default function ComparePage(): ReactNode {
  const lang = useLang();
  const { t } = useTranslation('compare');
  const [requested, setCountries] = useUrlList('countries');
  const [edition, setEdition] = useUrlParam('edition');
  const all = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000 });
  const unece = useApi<Paged<CountrySummary>>('countries', { lang, regionSet: 'unece', limit: 1000 });
  const known = useMemo(
    () => (all.state === 'ready' ? new Set(all.data.items.map((c) => c.iso3)) : null),
    [all],
  );
  const selection = selectCountries(requested.length > 0 ? requested : DEFAULT_COUNTRIES, known);
  const names = useMemo(
    () => new Map(all.state === 'ready' ? all.data.items.map((c) => [c.iso3, c.name] as const) : []),
    [all],
  );
  useEffect(() => {
    document.title = `${t('title')} · Parity`;
  }, [t]);
  // In the reader's alphabet order, whatever order the API lists them in.
  const byName = (a: CountrySummary, b: CountrySummary): number => a.name.localeCompare(b.name, lang);
  const uneceItems = unece.state === 'ready' ? [...unece.data.items].sort(byName) : [];
  const uneceCodes = new Set(uneceItems.map((c) => c.iso3));
  const others =
    all.state === 'ready' ? all.data.items.filter((c) => !uneceCodes.has(c.iso3)).sort(byName) : [];
  return (
    <article className="compare-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Status data={all}>
        {() => (
          <CountryPicker
            chosen={selection.codes}
            names={names}
            unece={uneceItems}
            others={others}
            onChange={setCountries}
            lang={lang}
          />
        )}
      </Status>
      {selection.unknown.length > 0 && (
        <p className="status" role="status">
          {t('unknownCodes', { list: selection.unknown.join(', ') })}
        </p>
      )}
      {selection.dropped.length > 0 && (
        <p className="status" role="status">
          {t('dropped', { list: selection.dropped.join(', ') })}
        </p>
      )}
      {selection.codes.length < MIN_COUNTRIES ? (
        <p className="status status-warning">{t('needTwo', { min: MIN_COUNTRIES })}</p>
      ) : (
        <CompareResults
          codes={selection.codes}
          names={names}
          edition={edition}
          onEdition={setEdition}
          lang={lang}
        />
      )}
    </article>
  );
}
