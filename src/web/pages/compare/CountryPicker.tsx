import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { MAX_COUNTRIES, MIN_COUNTRIES } from './compare-data.ts';
import type { CountrySummary } from '../../components/api-types.ts';

/**
 * The countries being compared, as a list with a Remove button each, and a select + Add button to add
 * one (UNECE members first). Keyboard-operable; never more than eight; the last one cannot be removed.
 */
export function CountryPicker(props: {
  chosen: readonly string[];
  names: ReadonlyMap<string, string>;
  unece: readonly CountrySummary[];
  others: readonly CountrySummary[];
  onChange: (codes: string[]) => void;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('compare');
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [candidate, setCandidate] = useState('');
  const { chosen, names } = props;
  const full = chosen.length >= MAX_COUNTRIES;
  const available = (list: readonly CountrySummary[]) => list.filter((c) => !chosen.includes(c.iso3));
  const add = (): void => {
    if (!candidate) {
      selectRef.current?.focus();
      return;
    }
    if (full || chosen.includes(candidate)) return;
    props.onChange([...chosen, candidate]);
    setCandidate('');
  };
  const remove = (code: string): void => {
    props.onChange(chosen.filter((c) => c !== code));
    // The button that had focus is gone: continue from the add field.
    selectRef.current?.focus();
  };
  return (
    <fieldset className="country-picker">
      <legend>{t('picker.legend', { min: MIN_COUNTRIES, max: MAX_COUNTRIES })}</legend>
      <ul className="chosen-countries">
        {chosen.map((code) => (
          <li key={code}>
            <Link href={withLang(`/country/${code}`, props.lang)}>{names.get(code) ?? code}</Link>{' '}
            <span className="muted">({code})</span>{' '}
            <button
              type="button"
              className="secondary small"
              onClick={() => remove(code)}
              disabled={chosen.length <= 1}
              aria-label={t('picker.remove', { name: names.get(code) ?? code })}
            >
              {t('picker.removeShort')}
            </button>
          </li>
        ))}
      </ul>
      <div className="controls">
        <label htmlFor={`${id}-add`}>
          {t('picker.add')}
          <select
            id={`${id}-add`}
            ref={selectRef}
            value={candidate}
            disabled={full}
            aria-describedby={`${id}-msg`}
            onChange={(e) => setCandidate(e.target.value)}
          >
            <option value="">{t('picker.choose')}</option>
            <optgroup label={t('picker.unece')}>
              {available(props.unece).map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('picker.others')}>
              {available(props.others).map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button type="button" onClick={add} disabled={full}>
          {t('picker.addButton')}
        </button>
      </div>
      <p id={`${id}-msg`} className="note" role="status">
        {full
          ? t('picker.full', { max: MAX_COUNTRIES })
          : chosen.length < MIN_COUNTRIES
            ? t('picker.tooFew', { min: MIN_COUNTRIES })
            : t('picker.count', { n: chosen.length, max: MAX_COUNTRIES })}
      </p>
    </fieldset>
  );
}
