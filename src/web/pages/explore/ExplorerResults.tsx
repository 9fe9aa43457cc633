import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../../api/use-api.ts';
import type {
  CountrySummary,
  IndicatorDetail,
  Paged,
  RegionSetDetail,
  SourceInfo,
} from '../../components/api-types.ts';
import { dimsText } from '../../components/DimsSelect.tsx';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { Breakdown } from './breakdowns.ts';
import { DownloadLinks } from './DownloadLinks.tsx';
import { observationQuery, type ResolvedState } from './explorer-state.ts';
import { ExplorerView } from './ExplorerView.tsx';
import { shownYear, type SeriesData } from './series.ts';
import type { AllObservations } from './use-all-observations.ts';

/**
 * The explorer's results: what is shown (series, edition, breakdown), the chosen view, notes when
 * the selection needs narrowing, and the download of exactly that selection.
 */
export function ExplorerResults(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly state: ResolvedState;
  readonly observations: {
    readonly current: Loadable<AllObservations>;
    readonly data: AllObservations | undefined;
  };
  readonly series: SeriesData | undefined;
  readonly breakdown: Breakdown | undefined;
  readonly countries: readonly CountrySummary[] | undefined;
  readonly regionSet: RegionSetDetail | undefined;
  readonly sources: Loadable<Paged<SourceInfo>>;
}): ReactNode {
  const { t } = useTranslation('explore');
  const { lang, indicator, state, series, observations } = props;
  const dims = props.breakdown?.choice ?? {};
  const label = Object.keys(dims).length ? `${indicator.name} (${dimsText(t, dims)})` : indicator.name;
  const year = series ? shownYear(series.years, state.year) : null;
  const updating = observations.current.state === 'loading' && observations.data !== undefined;
  if (!state.regionSet && state.countries.length === 0) {
    return (
      <section className="explorer-results">
        <p className="status">{t('noCountries')}</p>
      </section>
    );
  }
  if (!state.editionInfo) {
    return (
      <section className="explorer-results">
        <p className="status">{t('noEditions')}</p>
      </section>
    );
  }
  return (
    <section className="explorer-results" aria-labelledby="results-heading" aria-busy={updating}>
      <h2 id="results-heading">{t('resultsHeading', { series: label })}</h2>
      <p className="note">{t('shownFrom', { edition: state.edition, dataset: state.dataset })}</p>
      {updating && (
        <p className="status updating" role="status">
          {t('updating')}
        </p>
      )}
      {observations.current.state === 'error' || !series ? (
        <Status data={observations.current}>{() => null}</Status>
      ) : (
        <>
          {series.mixed && <p className="status">{t('mixed')}</p>}
          {observations.data?.truncated && <p className="status">{t('truncated')}</p>}
          {series.points.length === 0 ? (
            <p className="status">{t('noData')}</p>
          ) : (
            <ExplorerView
              lang={lang}
              indicator={indicator}
              state={state}
              series={series}
              year={year}
              label={label}
              countries={props.countries}
              regionSet={props.regionSet}
            />
          )}
          <DownloadLinks
            query={observationQuery(state, lang, {
              dims: props.breakdown?.param,
              year: state.view === 'line' ? null : year,
            })}
            dataset={state.dataset}
            edition={state.edition}
            sources={props.sources}
          />
        </>
      )}
    </section>
  );
}
