import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, useUrlUpdate } from '../../app/url-state.ts';
import type { CountrySummary, IndicatorSummary, Paged } from '../../components/api-types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { checkUrlChanges, countryParam, fitsInUrl, textProblem, type TextProblem } from './claim-input.ts';
import { MAX_CLAIM_TEXT } from './claims-types.ts';
import { ClaimForm } from './ClaimForm.tsx';
import { ClaimsResult } from './ClaimsResult.tsx';
import { EXAMPLE } from './example.ts';
import { useClaimCheck, type CheckRequest } from './use-claim-check.ts';

/**
 * `/claims?text=&country=&lang=`: paste a statement, see each quantitative claim highlighted with its
 * verdict and evidence. A checked text of up to 1,500 characters and the country are kept in the
 * address, so that opening the link checks the same text again; longer texts are not (the form says so).
 */
export default function ClaimsPage(): ReactNode {
  const lang = useLang();
  const { t } = useTranslation('claims');
  const id = useId();
  const [urlText] = useUrlParam('text');
  const [urlCountry] = useUrlParam('country');
  const updateUrl = useUrlUpdate();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState(urlText ?? '');
  const [country, setCountry] = useState(countryParam(urlCountry) ?? '');
  const [problem, setProblem] = useState<TextProblem | null>(null);
  const [request, setRequest] = useState<CheckRequest | null>(() =>
    urlText && !textProblem(urlText) ? toRequest(urlText, countryParam(urlCountry) ?? '', 0) : null,
  );
  const result = useClaimCheck(request);
  const all = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000 });
  const unece = useApi<Paged<CountrySummary>>('countries', { lang, regionSet: 'unece', limit: 1000 });
  const indicators = useApi<Paged<IndicatorSummary>>('indicators', { lang, limit: 1000 });
  useEffect(() => {
    document.title = `${t('title')} · Parity`;
  }, [t]);

  const byName = (a: CountrySummary, b: CountrySummary) => a.name.localeCompare(b.name, lang);
  const uneceItems = useMemo(
    () => (unece.state === 'ready' ? [...unece.data.items].sort(byName) : []),
    [unece],
  );
  const others = useMemo(() => {
    const members = new Set(uneceItems.map((c) => c.iso3));
    return all.state === 'ready' ? all.data.items.filter((c) => !members.has(c.iso3)).sort(byName) : [];
  }, [all, uneceItems]);
  const countryNames = useMemo(
    () => new Map(all.state === 'ready' ? all.data.items.map((c) => [c.iso3, c.name] as const) : []),
    [all],
  );
  const indicatorNames = useMemo(
    () =>
      new Map(
        indicators.state === 'ready' ? indicators.data.items.map((i) => [i.code, i.name] as const) : [],
      ),
    [indicators],
  );

  const check = (text: string, iso3: string): void => {
    const p = textProblem(text);
    setProblem(p);
    if (p) {
      textRef.current?.focus();
      return;
    }
    updateUrl(checkUrlChanges(text, iso3));
    setRequest((prev) => toRequest(text, iso3, (prev?.attempt ?? 0) + 1));
  };
  const serverError = result.state === 'error' && result.status === 400 ? result : null;
  const textError = problem
    ? problem === 'empty'
      ? t('error.empty')
      : t('error.tooLong', {
          count: formatNumber(lang, draft.length, 0),
          max: formatNumber(lang, MAX_CLAIM_TEXT, 0),
        })
    : serverError && serverError.param !== 'country'
      ? t('error.text', { message: serverError.message })
      : null;
  const countryError =
    !problem && serverError?.param === 'country'
      ? t('error.country', { message: serverError.message })
      : null;

  return (
    <article className="claims-page">
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <ClaimForm
        draft={draft}
        onDraft={setDraft}
        country={country}
        onCountry={setCountry}
        unece={uneceItems}
        others={others}
        textError={textError}
        countryError={countryError}
        busy={result.state === 'loading'}
        onCheck={() => check(draft, country)}
        onExample={() => {
          setDraft(EXAMPLE.text);
          setCountry(EXAMPLE.country);
          check(EXAMPLE.text, EXAMPLE.country);
        }}
        textRef={textRef}
        lang={lang}
      />
      {result.state === 'idle' && (
        <section className="claims-empty" aria-labelledby={`${id}-how`}>
          <h2 id={`${id}-how`}>{t('empty.title')}</h2>
          <ol>
            <li>{t('empty.steps.find')}</li>
            <li>{t('empty.steps.check')}</li>
            <li>{t('empty.steps.show')}</li>
          </ol>
          <p>{t('empty.tryIt')}</p>
          <figure className="example-statement">
            <blockquote lang="en">{EXAMPLE.text}</blockquote>
            <figcaption className="note">{t('form.exampleSource')}</figcaption>
          </figure>
        </section>
      )}
      {result.state === 'loading' && (
        <p className="status" role="status" aria-live="polite">
          {t('loading')}
        </p>
      )}
      {result.state === 'error' && !serverError && (
        <div className="status status-error" role="alert">
          <p>
            <strong>{t('error.title')}:</strong> {result.status === 0 ? t('error.network') : result.message}
          </p>
          <button
            type="button"
            onClick={() => setRequest((prev) => prev && { ...prev, attempt: prev.attempt + 1 })}
          >
            {t('error.retry')}
          </button>
        </div>
      )}
      {result.state === 'ready' && (
        <>
          {fitsInUrl(result.data.text) && <p className="note">{t('form.inUrl')}</p>}
          <ClaimsResult
            data={result.data}
            lang={lang}
            countryNames={countryNames}
            indicatorNames={indicatorNames}
          />
        </>
      )}
    </article>
  );
}

function toRequest(text: string, iso3: string, attempt: number): CheckRequest {
  return { text, ...(iso3 ? { country: iso3 } : {}), attempt };
}
