import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import type { IndicatorDetail } from '../../components/api-types.ts';
import type { MapItem } from '../../components/ChoroplethMap.tsx';
import { compareBest, rankValues } from '../../components/direction.ts';
import { formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { SeriesData } from './series.ts';

/**
 * The countries ranked for one year, best first as the indicator's direction says (lower GII
 * first; closest to parity first), ties sharing a rank; countries without a value listed last.
 */
export function RankTable(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly series: SeriesData;
  readonly year: number;
  readonly items: readonly MapItem[];
  readonly label: string;
}): ReactNode {
  const { t } = useTranslation('explore');
  const { lang, indicator, year } = props;
  const compare = compareBest(indicator.direction, indicator.unit);
  const rows = props.series.points.filter((p) => p.year === year);
  const byIso = new Map(rows.map((r) => [r.iso3, r]));
  const sorted = [...props.items].sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
    return compare(a.value, b.value) || a.name.localeCompare(b.name, lang);
  });
  const ranks = rankValues(
    sorted.map((d) => d.value),
    compare,
  );
  return (
    <div className="table-scroll">
      <table className="rank-table">
        <caption>
          {t('rank.caption', { series: props.label, year })}{' '}
          <span className="note">{t(`rank.order.${indicator.direction}`)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('rank.rank')}
            </th>
            <th scope="col">{t('rank.country')}</th>
            <th scope="col" className="num">
              {t('rank.value')}
            </th>
            <th scope="col">{t('rank.note')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((d, i) => {
            const row = byIso.get(d.iso3)?.row;
            return (
              <tr key={d.iso3}>
                <td className="num">{ranks[i] ?? '–'}</td>
                <th scope="row">
                  <Link href={withLang(`/country/${d.iso3}`, lang)}>{d.name}</Link>
                </th>
                <td className="num">
                  {d.value === null ? t('map.noData') : formatValue(lang, d.value, indicator.unit)}
                </td>
                <td>{[row?.status, row?.footnote].filter(Boolean).join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
