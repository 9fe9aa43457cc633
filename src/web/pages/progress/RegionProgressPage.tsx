import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlParam } from '../../app/url-state.ts';
import type { RegionSetDetail } from '../../components/api-types.ts';
import { RegionSetSelect } from '../../components/RegionSetSelect.tsx';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import { usePrintTables } from '../country/use-print-tables.ts';
import { MethodsPanel } from './MethodsPanel.tsx';
import { DEFAULT_BASE_YEAR, DEFAULT_TARGET_YEAR, parseYear } from './progress-params.ts';
import type { ProgressMethodId, RegionProgress } from './progress-types.ts';
import { ProgressControls } from './ProgressControls.tsx';
import { RegionIndicatorDetail } from './RegionIndicatorDetail.tsx';
import { RegionOverviewTable } from './RegionOverviewTable.tsx';

const REGION_METHODS: readonly ProgressMethodId[] = [
  'regional-aggregate',
  'trend',
  'growth-ratio',
  'sdsn',
  'escap-csi',
  'escap-api',
];

/**
 * `/progress/region/:set?base=&targetYear=&indicator=&lang=`: progress of a region set
 * (`GET /api/progress/regions/{set}`): per indicator the regional aggregates with their coverage,
 * the methods' verdicts on the regional mean, and the member countries by category, each linking
 * to its own progress page.
 */
export default function RegionProgressPage(): ReactNode {
  const params = useParams<{ set: string }>();
  const [, navigate] = useLocation();
  const lang = useLang();
  const { t } = useTranslation('progress');
  const code = params.set ?? 'unece';
  const [baseParam] = useUrlParam('base');
  const [targetParam] = useUrlParam('targetYear');
  const [indicator, setIndicator] = useUrlParam('indicator');
  const base = parseYear(baseParam, DEFAULT_BASE_YEAR);
  const targetYear = parseYear(targetParam, DEFAULT_TARGET_YEAR);
  const set = useApi<RegionSetDetail>(`region-sets/${encodeURIComponent(code)}`, { lang });
  const progress = useStaleApi<RegionProgress>(
    set.state === 'ready' ? `progress/regions/${encodeURIComponent(code)}` : null,
    { base, targetYear, lang },
  );
  usePrintTables();
  const name = set.state === 'ready' ? set.data.name : code;
  useEffect(() => {
    document.title = `${t('region.documentTitle', { region: name })} · Parity`;
  }, [name, t]);
  const unknown = set.state === 'error' && set.status === 404;
  const shown = progress.data && progress.data.regionSet.code === code ? progress.data : undefined;
  const selected = shown?.rows.find((r) => r.indicator.code === indicator) ?? shown?.rows[0];
  return (
    <article className="progress-page region-progress-page">
      <header className="page-header">
        <p className="muted page-kicker">{t('region.kicker')}</p>
        <h1>{unknown ? t('region.unknownTitle') : t('region.title', { region: name })}</h1>
        <p className="lede">{unknown ? t('region.unknownBody', { code }) : t('region.intro')}</p>
        <ProgressControls base={base} targetYear={targetYear} latestYear={new Date().getFullYear()}>
          <RegionSetSelect
            label={t('region.set')}
            value={code}
            lang={lang}
            onChange={(next) =>
              navigate(`/progress/region/${encodeURIComponent(next)}${window.location.search}`)
            }
          />
        </ProgressControls>
      </header>
      {unknown ? null : (
        <>
          <section aria-labelledby="region-indicators-h">
            <h2 id="region-indicators-h">{t('region.tableTitle')}</h2>
            {shown && (
              <p className="note">
                {t('region.rule', {
                  share: Math.round(shown.rule.minShare * 100),
                  count: shown.rule.minCount,
                })}
              </p>
            )}
            {progress.updating && (
              <p className="status updating" role="status">
                {t('updating')}
              </p>
            )}
            {shown && progress.current.state !== 'error' ? (
              <div aria-busy={progress.updating}>
                {shown.rows.length === 0 ? (
                  <p className="status">{t('region.none', { region: name })}</p>
                ) : (
                  <RegionOverviewTable
                    progress={shown}
                    selected={selected?.indicator.code}
                    onSelect={setIndicator}
                    lang={lang}
                  />
                )}
              </div>
            ) : (
              <Status data={set.state === 'ready' ? progress.current : set}>{() => null}</Status>
            )}
          </section>
          {shown && selected && <RegionIndicatorDetail row={selected} progress={shown} lang={lang} />}
          <MethodsPanel ids={REGION_METHODS} lang={lang} />
        </>
      )}
      <p className="print-only note">{t('printedFrom', { url: window.location.href })}</p>
    </article>
  );
}
