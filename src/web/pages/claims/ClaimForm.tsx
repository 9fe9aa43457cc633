import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountrySummary } from '../../components/api-types.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { fitsInUrl, URL_TEXT_LIMIT } from './claim-input.ts';
import { MAX_CLAIM_TEXT } from './claims-types.ts';

/**
 * The statement (a labelled textarea with its length and whether it will be kept in the address),
 * the speaker's country (optional; UNECE members first, names in the reader's language), Check, and
 * the example. Errors are shown beside the field they concern and announced.
 */
export function ClaimForm(props: {
  draft: string;
  onDraft: (text: string) => void;
  country: string;
  onCountry: (iso3: string) => void;
  unece: readonly CountrySummary[];
  others: readonly CountrySummary[];
  textError: string | null;
  countryError: string | null;
  busy: boolean;
  onCheck: () => void;
  onExample: () => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('claims');
  const id = useId();
  const { lang } = props;
  const known = [...props.unece, ...props.others].some((c) => c.iso3 === props.country);
  const describedBy = [`${id}-help`, props.textError ? `${id}-error` : '', `${id}-count`]
    .filter(Boolean)
    .join(' ');
  return (
    <form
      className="claim-form"
      noValidate
      aria-busy={props.busy}
      onSubmit={(e) => {
        e.preventDefault();
        props.onCheck();
      }}
    >
      <label htmlFor={`${id}-text`}>{t('form.label')}</label>
      <p id={`${id}-help`} className="note">
        {t('form.help')}
      </p>
      <textarea
        id={`${id}-text`}
        ref={props.textRef}
        rows={7}
        value={props.draft}
        onChange={(e) => props.onDraft(e.target.value)}
        aria-invalid={props.textError ? true : undefined}
        aria-describedby={describedBy}
      />
      {props.textError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.textError}
        </p>
      )}
      <p id={`${id}-count`} className="note">
        {t('form.count', {
          count: formatNumber(lang, props.draft.length, 0),
          max: formatNumber(lang, MAX_CLAIM_TEXT, 0),
        })}
        {!fitsInUrl(props.draft) && (
          <> · {t('form.notInUrl', { limit: formatNumber(lang, URL_TEXT_LIMIT, 0) })}</>
        )}
      </p>
      <div className="controls">
        <label htmlFor={`${id}-country`}>
          {t('form.country')}
          <select
            id={`${id}-country`}
            value={props.country}
            onChange={(e) => props.onCountry(e.target.value)}
            aria-invalid={props.countryError ? true : undefined}
            aria-describedby={`${id}-country-help${props.countryError ? ` ${id}-country-error` : ''}`}
          >
            <option value="">{t('form.noCountry')}</option>
            {props.country && !known && (
              <option value={props.country}>{t('form.unknownCountry', { code: props.country })}</option>
            )}
            <optgroup label={t('form.unece')}>
              {props.unece.map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('form.others')}>
              {props.others.map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button type="submit">{t('form.check')}</button>
        <button type="button" className="secondary" onClick={props.onExample}>
          {t('form.example')}
        </button>
      </div>
      <p id={`${id}-country-help`} className="note">
        {t('form.countryHelp')}
      </p>
      {props.countryError && (
        <p id={`${id}-country-error`} className="field-error" role="alert">
          {props.countryError}
        </p>
      )}
    </form>
  );
}
