import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../../api/use-api.ts';
import type { IndicatorDetail, IndicatorSummary, Paged } from '../../components/api-types.ts';
import { DimsSelect } from '../../components/DimsSelect.tsx';
import { formatDims, parseDims } from '../../components/dims.ts';
import { hasCountryData } from '../../components/indicator-groups.ts';
import { IndicatorPicker } from '../../components/IndicatorPicker.tsx';
import { RegionSetSelect } from '../../components/RegionSetSelect.tsx';
import { useUrlUpdate } from '../../app/url-state.ts';
import { YearSlider } from '../../components/YearSlider.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { Overview } from './overview-types.ts';

/**
 * The overview's controls: indicator (those with country data), breakdown, edition, region set and
 * year. Each writes the URL; a new indicator or edition clears the year (and breakdown) chosen for
 * the previous one so that the defaults (latest year with data) apply again.
 */
export function OverviewControls(props: {
  readonly lang: Lang;
  readonly indicators: Loadable<Paged<IndicatorSummary>>;
  readonly detail: IndicatorDetail | undefined;
  readonly code: string;
  readonly regionSet: string;
  readonly dims: string | undefined;
  readonly overview: Overview | undefined;
}): ReactNode {
  const { t } = useTranslation('home');
  const update = useUrlUpdate();
  const { detail, overview } = props;
  const list = props.indicators.state === 'ready' ? props.indicators.data.items.filter(hasCountryData) : [];
  const editions = detail?.editions ?? [];
  return (
    <form className="controls" aria-label={t('controls')} onSubmit={(e) => e.preventDefault()}>
      <IndicatorPicker
        indicators={list}
        value={props.code}
        lang={props.lang}
        label={t('indicator')}
        onChange={(code) => update({ indicator: code, year: null, dims: null, edition: null })}
      />
      {detail && (
        <DimsSelect
          dims={detail.dims}
          value={parseDims(props.dims)}
          onChange={(choice) =>
            update({ dims: formatDims(choice, Object.keys(detail.dims).length > 0) ?? null, year: null })
          }
        />
      )}
      {editions.length > 1 && (
        <label>
          <span>{t('edition')}</span>
          <select
            value={overview?.edition ?? ''}
            onChange={(e) => update({ edition: e.target.value, year: null })}
          >
            {editions.map((e) => (
              <option key={`${e.dataset}|${e.edition}`} value={e.edition}>
                {t('editionOption', { edition: e.edition, from: e.firstYear, to: e.lastYear })}
              </option>
            ))}
          </select>
        </label>
      )}
      <RegionSetSelect
        label={t('regionSet')}
        value={props.regionSet}
        lang={props.lang}
        onChange={(code) => update({ regionSet: code })}
      />
      {overview && overview.year !== null && overview.years.length > 0 && (
        <YearSlider
          label={t('year')}
          years={overview.years}
          value={overview.year}
          onChange={(year) => update({ year: String(year) })}
        />
      )}
      {props.indicators.state === 'error' && (
        <p className="field-error" role="alert">
          {t('indicatorsError')}{' '}
          <button type="button" className="secondary" onClick={props.indicators.retry}>
            {t('retry')}
          </button>
        </p>
      )}
    </form>
  );
}
