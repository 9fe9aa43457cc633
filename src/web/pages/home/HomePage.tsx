import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, withLang } from '../../app/url-state.ts';
import type {
  CountrySummary,
  IndicatorDetail,
  IndicatorSummary,
  Paged,
  RegionSetDetail,
} from '../../components/api-types.ts';
import { defaultDims, formatDims } from '../../components/dims.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import { OverviewControls } from './OverviewControls.tsx';
import { OverviewResults } from './OverviewResults.tsx';
import type { Overview } from './overview-types.ts';

export const DEFAULT_INDICATOR = 'hdr.gii';
export const DEFAULT_REGION_SET = 'unece';

/**
 * The regional overview (`/`): one indicator across a region set's members on a map, with the
 * regional median and mean over time, the biggest movers and coverage. Everything chosen is in the
 * URL (`?indicator=hdr.gii&year=2023&regionSet=unece&dims=sex:F&edition=HDR25&lang=en`).
 */
export default function HomePage(): ReactNode {
  const lang = useLang();
  const { t } = useTranslation('home');
  const [indicatorParam] = useUrlParam('indicator');
  const [regionSetParam] = useUrlParam('regionSet');
  const [yearParam] = useUrlParam('year');
  const [dimsParam] = useUrlParam('dims');
  const [editionParam] = useUrlParam('edition');
  const code = indicatorParam ?? DEFAULT_INDICATOR;
  const regionSet = regionSetParam ?? DEFAULT_REGION_SET;

  const indicators = useApi<Paged<IndicatorSummary>>('indicators', { lang, limit: 1000 });
  const detail = useApi<IndicatorDetail>(`indicators/${encodeURIComponent(code)}`, { lang });
  const dims =
    detail.state === 'ready'
      ? (dimsParam ?? formatDims(defaultDims(detail.data.dims), Object.keys(detail.data.dims).length > 0))
      : undefined;
  const overview = useStaleApi<Overview>(detail.state === 'ready' ? 'overview' : null, {
    indicator: code,
    dims,
    regionSet,
    year: yearParam,
    edition: editionParam,
    lang,
  });
  const set = useApi<RegionSetDetail>(`region-sets/${encodeURIComponent(regionSet)}`, { lang });
  const countries = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000 });

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <p>
        <Link href={withLang(`/progress/region/${encodeURIComponent(regionSet)}`, lang)}>
          {t('common:progressLinks.region', { region: set.state === 'ready' ? set.data.name : regionSet })}
        </Link>
      </p>
      <OverviewControls
        lang={lang}
        indicators={indicators}
        detail={detail.state === 'ready' ? detail.data : undefined}
        code={code}
        regionSet={regionSet}
        dims={dims}
        overview={overview.data}
      />
      <Status data={detail}>
        {(indicator) => (
          <div aria-busy={overview.updating}>
            {overview.updating && (
              <p className="status updating" role="status">
                {t('updating')}
              </p>
            )}
            {overview.current.state === 'error' || !overview.data ? (
              <Status data={overview.current}>{() => null}</Status>
            ) : (
              <OverviewResults
                lang={lang}
                indicator={indicator}
                overview={overview.data}
                dims={dims}
                members={set.state === 'ready' ? set.data : undefined}
                countries={countries.state === 'ready' ? countries.data.items : undefined}
              />
            )}
          </div>
        )}
      </Status>
    </>
  );
}
