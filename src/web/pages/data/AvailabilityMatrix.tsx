import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { Availability } from './data-types.ts';
import { newestYear, RECENCIES, recency, recencyRange, type Recency } from './recency.ts';

/**
 * The matrix as an accessible table: members as row headers (links to their pages), indicators as
 * column headers (sticky while scrolling), each cell the latest year as text, coloured by recency
 * with a legend; "no data" spelled out for screen readers. The scroll box is focusable so that
 * keyboard users can scroll it.
 */
export function AvailabilityMatrix(props: {
  readonly data: Availability;
  readonly family: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('data');
  const { data, lang } = props;
  const columns = data.indicators.filter((i) => !props.family || i.code.startsWith(`${props.family}.`));
  const reference = newestYear(data.rows);
  if (!data.rows.length || !columns.length || reference === null) {
    return <p className="status">{t('availability.empty')}</p>;
  }
  const rows = [...data.rows].sort((a, b) => a.name.localeCompare(b.name, lang));
  const withAny = data.rows.filter((r) => columns.some((c) => r.latest[c.code] != null)).length;
  return (
    <>
      <RecencyLegend reference={reference} />
      <p className="note" id="matrix-summary">
        {t('availability.summary', {
          rows: data.rows.length,
          columns: columns.length,
          withAny,
          reference,
        })}
      </p>
      <div
        className="matrix-scroll"
        role="region"
        aria-labelledby="matrix-caption"
        aria-describedby="matrix-summary"
        tabIndex={0}
      >
        <table className="matrix">
          <caption id="matrix-caption">{t('availability.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                {t('availability.country')}
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.code} title={c.code}>
                  <span className="matrix-indicator">{c.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3}>
                <th scope="row">
                  <Link href={withLang(`/country/${r.iso3}`, lang)}>{r.name}</Link>
                </th>
                {columns.map((c) => {
                  const year = r.latest[c.code] ?? null;
                  const bin = recency(year, reference);
                  return (
                    <td key={c.code} className={`num recency-${bin}`}>
                      {year === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('availability.noData')}</span>
                        </>
                      ) : (
                        year
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RecencyLegend(props: { readonly reference: number }): ReactNode {
  const { t } = useTranslation('data');
  return (
    <ul className="recency-legend" aria-label={t('availability.legend')}>
      {RECENCIES.map((bin) => (
        <li key={bin}>
          <span className={`recency-swatch recency-${bin}`} aria-hidden="true" />
          {legendText(t, bin, props.reference)}
        </li>
      ))}
    </ul>
  );
}

function legendText(t: (k: string, o?: Record<string, unknown>) => string, bin: Recency, reference: number): string {
  const range = recencyRange(bin, reference);
  if (!range) return t('availability.bins.none');
  const [from, to] = range;
  if (from === null) return t('availability.bins.before', { year: (to ?? 0) + 1 });
  return t(`availability.bins.${bin}`, { from, to });
}
