import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSummary } from './api-types.ts';
import { groupIndicators, matchesIndicator } from './indicator-groups.ts';

/**
 * Choose an indicator: a search box (name in any language, code, concept, synonyms) narrowing a
 * select grouped by publisher. Native controls, so keyboard and screen readers work as usual; the
 * current indicator stays in the list even when the search hides its group.
 */
export function IndicatorPicker(props: {
  readonly indicators: readonly IndicatorSummary[];
  readonly value: string;
  readonly onChange: (code: string) => void;
  readonly label: string;
  readonly lang: string;
  /** Show the search box (the explorer) or only the select (the overview). */
  readonly searchable?: boolean;
}): ReactNode {
  const { t } = useTranslation('explore');
  const [query, setQuery] = useState('');
  const countId = useId();
  const shown = props.indicators.filter((i) => matchesIndicator(i, query));
  const current = props.indicators.find((i) => i.code === props.value);
  const groups = groupIndicators(shown, props.lang);
  const currentHidden = current !== undefined && !shown.includes(current);
  return (
    <>
      {props.searchable && (
        <label>
          <span>{t('picker.search')}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={countId}
            placeholder={t('picker.placeholder')}
          />
          <span id={countId} className="note" aria-live="polite">
            {t('picker.matches', { count: shown.length })}
          </span>
        </label>
      )}
      <label className="indicator-select">
        <span>{props.label}</span>
        <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          {currentHidden && <option value={current.code}>{current.name}</option>}
          {current === undefined && <option value={props.value}>{props.value}</option>}
          {groups.map((g) => (
            <optgroup key={g.publisher} label={g.publisher}>
              {g.indicators.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
    </>
  );
}
