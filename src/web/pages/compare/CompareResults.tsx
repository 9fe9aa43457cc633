import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApi, type Loadable } from '../../api/use-api.ts';
import { withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { dimsText, latestByArea } from './compare-data.ts';
import type { IndicatorDetail, Observation, Paged } from '../../components/api-types.ts';
import type { IndexItem } from './compare-types.ts';
import { CompareTable, type CompareRow } from './CompareTable.tsx';
import { CountryLinesChart, type AreaPoint } from './CountryLinesChart.tsx';
import { ExtraIndicatorChart } from './ExtraIndicatorChart.tsx';

const HDR = 'undp-hdr-composite';

/** Women's values of the GII inputs by sex, and the two inputs without sex, from one HDR edition. */
const BY_SEX = ['hdr.pr', 'hdr.lfpr', 'hdr.se'];
const TOTAL = ['hdr.mmr', 'hdr.abr'];

function items<T>(l: Loadable<Paged<T>>): readonly T[] {
  return l.state === 'ready' ? l.data.items : [];
}

/** The table and charts for a valid selection of two to eight countries. */
export function CompareResults(props: {
  codes: readonly string[];
  names: ReadonlyMap<string, string>;
  edition: string | null;
  onEdition: (edition: string | null) => void;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('compare');
  const id = useId();
  const { codes, names, lang } = props;
  const query = { country: codes, edition: props.edition, limit: 1000 };
  const gii = useApi<Paged<IndexItem>>('indices/gii', query);
  const gdi = useApi<Paged<IndexItem>>('indices/gdi', query);
  const hdi = useApi<Paged<IndexItem>>('indices/hdi', query);
  const giiIndicator = useApi<IndicatorDetail>('indicators/hdr.gii', { lang });
  const editions =
    giiIndicator.state === 'ready'
      ? [...new Set(giiIndicator.data.editions.filter((e) => e.dataset === HDR).map((e) => e.edition))]
      : [];
  // The edition the indices came from (the newest when none is asked for), so observations match it.
  const edition = props.edition ?? items(gii)[0]?.edition ?? null;
  const obsQuery = { country: codes, edition, dataset: HDR, lang, limit: 1000 };
  const bySex = useApi<Paged<Observation>>(edition ? 'observations' : null, {
    ...obsQuery,
    indicator: BY_SEX,
    dims: 'sex:F',
  });
  const total = useApi<Paged<Observation>>(edition ? 'observations' : null, {
    ...obsQuery,
    indicator: TOTAL,
    dims: 'total',
  });
  const obs = (indicator: string): AreaPoint[] =>
    [...items(bySex), ...items(total)]
      .filter((o) => o.indicator === indicator && (dimsText(o.dims) === '' || dimsText(o.dims) === 'sex=F'))
      .map((o) => ({ area: o.area, year: o.year, value: o.value, edition: o.edition }));
  const index = (l: Loadable<Paged<IndexItem>>): AreaPoint[] =>
    items(l).map((r) => ({ area: r.area, year: r.year, value: r.rounded ?? r.value, edition: r.edition }));
  const row = (key: string, digits: number, points: AreaPoint[]): CompareRow => ({
    key,
    label: t(`row.${key}.label`),
    note: t(`row.${key}.note`),
    digits,
    latest: latestByArea(points),
  });
  return (
    <>
      <div className="controls">
        {editions.length > 0 && (
          <label htmlFor={`${id}-edition`}>
            {t('edition.label')}
            <select
              id={`${id}-edition`}
              value={edition ?? editions[0]}
              onChange={(e) => props.onEdition(e.target.value)}
            >
              {editions.map((e) => (
                <option key={e} value={e}>
                  {e}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="note">{t('edition.help')}</p>
      <section aria-labelledby={`${id}-table`}>
        <h2 id={`${id}-table`}>{t('table.title')}</h2>
        <Status data={gii}>
          {() => (
            <CompareTable
              codes={codes}
              names={names}
              lang={lang}
              rows={[
                row('gii', 3, index(gii)),
                row('gdi', 3, index(gdi)),
                row('hdi', 3, index(hdi)),
                row('seats', 1, obs('hdr.pr')),
                row('lfpr', 1, obs('hdr.lfpr')),
                row('se', 1, obs('hdr.se')),
                row('mmr', 1, obs('hdr.mmr')),
                row('abr', 1, obs('hdr.abr')),
              ]}
            />
          )}
        </Status>
        <p className="note">
          {codes.map((c, i) => (
            <span key={c}>
              {i > 0 && ' · '}
              <Link href={withLang(`/country/${c}`, lang)}>
                {t('profileLink', { name: names.get(c) ?? c })}
              </Link>
              {' · '}
              <Link href={withLang(`/progress/${c}`, lang)}>
                {t('common:progressLinks.country', { name: names.get(c) ?? c })}
              </Link>
            </span>
          ))}
        </p>
      </section>
      <section aria-labelledby={`${id}-charts`}>
        <h2 id={`${id}-charts`}>{t('charts.title')}</h2>
        <Status data={gii}>
          {() => (
            <CountryLinesChart
              title={t('charts.gii', { edition: edition ?? '' })}
              yLabel={t('charts.giiAxis')}
              codes={codes}
              names={names}
              points={index(gii)}
              digits={3}
              lang={lang}
            />
          )}
        </Status>
        <Status data={bySex}>
          {() => (
            <>
              <CountryLinesChart
                title={t('charts.seats', { edition: edition ?? '' })}
                yLabel={t('charts.percentAxis')}
                codes={codes}
                names={names}
                points={obs('hdr.pr')}
                digits={1}
                lang={lang}
                yDomain={[0, 100]}
              />
              <p className="note">{t('charts.seatsNote')}</p>
              <CountryLinesChart
                title={t('charts.lfpr', { edition: edition ?? '' })}
                yLabel={t('charts.percentAxis')}
                codes={codes}
                names={names}
                points={obs('hdr.lfpr')}
                digits={1}
                lang={lang}
                yDomain={[0, 100]}
              />
            </>
          )}
        </Status>
      </section>
      <section aria-labelledby={`${id}-extra`}>
        <h2 id={`${id}-extra`}>{t('extra.title')}</h2>
        <ExtraIndicatorChart codes={codes} names={names} lang={lang} />
      </section>
    </>
  );
}
