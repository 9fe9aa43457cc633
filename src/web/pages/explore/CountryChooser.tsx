import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountrySummary } from '../../components/api-types.ts';
import type { Lang } from '../../i18n/i18n.ts';

/**
 * A multi-select of countries that works with a keyboard and a screen reader: the chosen countries
 * as a list, each with a remove button, and a select that adds one. At least one stays chosen.
 */
export function CountryChooser(props: {
  readonly countries: readonly CountrySummary[];
  readonly selected: readonly string[];
  readonly lang: Lang;
  readonly onChange: (iso3s: string[]) => void;
}): ReactNode {
  const { t } = useTranslation('explore');
  // A removed country's button disappears: focus goes to the "add a country" select instead of the page.
  const addRef = useRef<HTMLSelectElement>(null);
  const names = new Map(props.countries.map((c) => [c.iso3, c.name]));
  const available = props.countries
    .filter((c) => !props.selected.includes(c.iso3))
    .sort((a, b) => a.name.localeCompare(b.name, props.lang));
  return (
    <div className="country-chooser">
      <p className="chooser-label" id="chosen-countries">
        {t('countries.chosen', { count: props.selected.length })}
      </p>
      <ul className="chips" aria-labelledby="chosen-countries">
        {props.selected.map((iso3) => {
          const name = names.get(iso3) ?? iso3;
          return (
            <li key={iso3} className="chip">
              <span>{name}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('countries.remove', { name })}
                disabled={props.selected.length <= 1}
                onClick={() => {
                  props.onChange(props.selected.filter((c) => c !== iso3));
                  addRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <label>
        <span>{t('countries.add')}</span>
        <select
          ref={addRef}
          value=""
          onChange={(e) => e.target.value && props.onChange([...props.selected, e.target.value])}
        >
          <option value="">{t('countries.choose')}</option>
          {available.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
