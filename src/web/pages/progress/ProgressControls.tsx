import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlUpdate } from '../../app/url-state.ts';
import { DEFAULT_BASE_YEAR, DEFAULT_TARGET_YEAR, yearChoices } from './progress-params.ts';

/**
 * Base year and target year of the assessment, kept in the URL (`?base=&targetYear=`; the defaults
 * 2015 and 2030 are left out of it), and a print button.
 */
export function ProgressControls(props: {
  readonly base: number;
  readonly targetYear: number;
  /** The latest year a base can be before (this year's data rarely exists). */
  readonly latestYear: number;
  /** Other controls of the page, placed first in the same row (the region page's region). */
  readonly children?: ReactNode;
}): ReactNode {
  const { t } = useTranslation('progress');
  const update = useUrlUpdate();
  const { bases, targets } = yearChoices(props.base, props.targetYear, props.latestYear);
  const set = (name: 'base' | 'targetYear', year: number, fallback: number): void =>
    update({ [name]: year === fallback ? null : String(year) });
  return (
    <form
      className="controls progress-controls"
      aria-label={t('controls.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      {props.children}
      <label>
        <span>{t('controls.base')}</span>
        <select
          value={props.base}
          onChange={(e) => {
            const base = Number(e.target.value);
            // A base at or after the target year would be refused: the target moves to the default.
            update({
              base: base === DEFAULT_BASE_YEAR ? null : String(base),
              ...(base >= props.targetYear ? { targetYear: null } : {}),
            });
          }}
        >
          {bases.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('controls.targetYear')}</span>
        <select
          value={props.targetYear}
          onChange={(e) => set('targetYear', Number(e.target.value), DEFAULT_TARGET_YEAR)}
        >
          {targets.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="secondary" onClick={() => window.print()}>
        {t('print')}
      </button>
    </form>
  );
}
