import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import type {
  CountrySummary,
  IndicatorDetail,
  IndicatorSummary,
  Paged,
  RegionSetDetail,
  SourceInfo,
} from '../../components/api-types.ts';
import { Status } from '../../components/Status.tsx';
import { applyBreakdown } from './breakdowns.ts';
import { ExplorerControls } from './ExplorerControls.tsx';
import { ExplorerResults } from './ExplorerResults.tsx';
import { observationQuery, readState, resolveState } from './explorer-state.ts';
import { IndicatorInfo } from './IndicatorInfo.tsx';
import { toSeries } from './series.ts';
import { useAllObservations } from './use-all-observations.ts';

/**
 * The indicator explorer (`/explore`): an indicator, its edition and breakdown, countries (or a
 * region set), and a view (lines over time, a map or a ranked table for a year), with the
 * indicator's definition and a download of exactly what is shown. All state is in the URL.
 */
export default function ExplorerPage(): ReactNode {
  const lang = useLang();
  const { t } = useTranslation('explore');
  const state = readState(useSearch());
  const indicators = useApi<Paged<IndicatorSummary>>('indicators', { lang, limit: 1000 });
  const detail = useApi<IndicatorDetail>(`indicators/${encodeURIComponent(state.indicator)}`, { lang });
  const resolved = detail.state === 'ready' ? resolveState(state, detail.data) : undefined;
  const hasPlaces = resolved !== undefined && (resolved.regionSet !== null || resolved.countries.length > 0);
  const observations = useAllObservations(
    resolved && hasPlaces && resolved.edition ? observationQuery(resolved, lang) : null,
  );
  const breakdown = useMemo(
    () => (observations.data ? applyBreakdown(observations.data.rows, state.dims) : undefined),
    [observations.data, state.dims],
  );
  const series = useMemo(() => (breakdown ? toSeries(breakdown.rows) : undefined), [breakdown]);
  const countries = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000 });
  const set = useApi<RegionSetDetail>(
    state.regionSet ? `region-sets/${encodeURIComponent(state.regionSet)}` : null,
    { lang },
  );
  const sources = useApi<Paged<SourceInfo>>('sources');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <ExplorerControls
        lang={lang}
        state={state}
        resolved={resolved}
        indicators={indicators}
        detail={detail.state === 'ready' ? detail.data : undefined}
        breakdown={breakdown}
        countries={countries.state === 'ready' ? countries.data.items : []}
        years={series?.years ?? []}
      />
      <Status data={detail}>
        {(indicator) => (
          <div className="explorer-layout">
            {resolved && (
              <ExplorerResults
                lang={lang}
                indicator={indicator}
                state={resolved}
                observations={observations}
                series={series}
                breakdown={breakdown}
                countries={countries.state === 'ready' ? countries.data.items : undefined}
                regionSet={set.state === 'ready' ? set.data : undefined}
                sources={sources}
              />
            )}
            <IndicatorInfo indicator={indicator} lang={lang} />
          </div>
        )}
      </Status>
    </>
  );
}
