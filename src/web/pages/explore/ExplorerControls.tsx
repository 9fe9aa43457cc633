import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../../api/use-api.ts';
import type { CountrySummary, IndicatorDetail, IndicatorSummary, Paged } from '../../components/api-types.ts';
import { DimsSelect } from '../../components/DimsSelect.tsx';
import { formatDims } from '../../components/dims.ts';
import { IndicatorPicker } from '../../components/IndicatorPicker.tsx';
import { RegionSetSelect } from '../../components/RegionSetSelect.tsx';
import { useUrlUpdate } from '../../app/url-state.ts';
import { YearSlider } from '../../components/YearSlider.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { Breakdown } from './breakdowns.ts';
import { CountryChooser } from './CountryChooser.tsx';
import { VIEWS, type ExplorerState, type ResolvedState } from './explorer-state.ts';
import { shownYear } from './series.ts';

/**
 * The explorer's choices, each written to the URL: indicator (searchable), edition, breakdown,
 * countries or a region set, view, and the year of a map or table. A new indicator clears the
 * edition, breakdown and year chosen for the previous one.
 */
export function ExplorerControls(props: {
  readonly lang: Lang;
  readonly state: ExplorerState;
  readonly resolved: ResolvedState | undefined;
  readonly indicators: Loadable<Paged<IndicatorSummary>>;
  readonly detail: IndicatorDetail | undefined;
  readonly breakdown: Breakdown | undefined;
  readonly countries: readonly CountrySummary[];
  readonly years: readonly number[];
}): ReactNode {
  const { t } = useTranslation('explore');
  const update = useUrlUpdate();
  const { state, resolved, detail } = props;
  const list =
    props.indicators.state === 'ready' ? props.indicators.data.items.filter((i) => i.editions.length) : [];
  const year = shownYear(props.years, state.year);
  return (
    <form
      className="controls explorer-controls"
      aria-label={t('controls')}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="control-group">
        <legend>{t('what')}</legend>
        <IndicatorPicker
          searchable
          indicators={list}
          value={state.indicator}
          lang={props.lang}
          label={t('indicator')}
          onChange={(code) =>
            update({ indicator: code, dataset: null, edition: null, dims: null, year: null })
          }
        />
        {detail && detail.editions.length > 0 && (
          <label>
            <span>{t('edition')}</span>
            <select
              value={`${resolved?.dataset ?? ''}|${resolved?.edition ?? ''}`}
              onChange={(e) => {
                const [dataset = '', edition = ''] = e.target.value.split('|');
                update({ dataset, edition, year: null, dims: null });
              }}
            >
              {detail.editions.map((e) => (
                <option key={`${e.dataset}|${e.edition}`} value={`${e.dataset}|${e.edition}`}>
                  {t('editionOption', {
                    edition: e.edition,
                    dataset: e.dataset,
                    from: e.firstYear,
                    to: e.lastYear,
                  })}
                </option>
              ))}
            </select>
          </label>
        )}
        {props.breakdown && (
          <DimsSelect
            dims={props.breakdown.options}
            value={props.breakdown.choice}
            onChange={(choice) => update({ dims: formatDims(choice, true) ?? null })}
          />
        )}
      </fieldset>
      <fieldset className="control-group">
        <legend>{t('where')}</legend>
        <RegionSetSelect
          label={t('countryGroup')}
          noneLabel={t('chosenCountries')}
          value={state.regionSet ?? ''}
          lang={props.lang}
          onChange={(code) => update({ regionSet: code || null })}
        />
        {!state.regionSet && (
          <CountryChooser
            countries={props.countries}
            selected={state.countries}
            lang={props.lang}
            onChange={(list) => update({ countries: list.join(',') })}
          />
        )}
      </fieldset>
      <fieldset className="control-group">
        <legend>{t('how')}</legend>
        <div className="radio-row" role="radiogroup" aria-label={t('view.label')}>
          {VIEWS.map((v) => (
            <label key={v} className="radio">
              <input
                type="radio"
                name="view"
                value={v}
                checked={state.view === v}
                onChange={() => update({ view: v === 'line' ? null : v })}
              />
              {t(`view.${v}`)}
            </label>
          ))}
        </div>
        {state.view !== 'line' && year !== null && (
          <YearSlider
            label={t('year')}
            years={props.years}
            value={year}
            onChange={(y) => update({ year: String(y) })}
          />
        )}
      </fieldset>
    </form>
  );
}
