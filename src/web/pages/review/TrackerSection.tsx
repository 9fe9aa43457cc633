import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { useSessionApi } from '../../session/use-session-api.ts';
import { formatDay, formatMoment } from './review-format.ts';
import type { Tracker } from './regional-types.ts';
import { StateBadge } from './StateBadge.tsx';

/**
 * For the cycle's reviewers: which member countries have submitted and when (late ones marked),
 * which sections are still empty, and the data availability matrix (latest year of each progress
 * indicator per country), so gaps in the evidence show next to gaps in the reports.
 */
export function TrackerSection(props: { cycle: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [tracker] = useSessionApi<Tracker>(`cycles/${props.cycle}/tracker`, { lang: props.lang });
  if (tracker.state === 'error' && (tracker.status === 401 || tracker.status === 403)) return null;
  return (
    <section className="tracker" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('tracker.heading')}</h2>
      <Status data={tracker}>
        {(d) => <TrackerView tracker={d} cycle={props.cycle} lang={props.lang} />}
      </Status>
    </section>
  );
}

function TrackerView(props: { tracker: Tracker; cycle: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const { tracker: tr, lang } = props;
  const titles = new Map(tr.sections.map((s) => [s.id, s.title]));
  // Countries with a report first, then the others; each group in the reader's alphabetical order.
  const rows = [...tr.rows].sort(
    (a, b) => Number(a.reportId === null) - Number(b.reportId === null) || a.name.localeCompare(b.name, lang),
  );
  return (
    <>
      <p>
        {t('tracker.summary', {
          members: tr.summary.members,
          started: tr.summary.started,
          submitted: tr.summary.submitted,
          late: tr.summary.late,
          deadline: formatDay(lang, tr.cycle.submissionDeadline),
        })}
      </p>
      <ScrollBox label={t('tracker.submissions')}>
        <table className="tracker-table">
          <caption>{t('tracker.submissions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cycle.country')}</th>
              <th scope="col">{t('cycle.state')}</th>
              <th scope="col">{t('tracker.firstSubmitted')}</th>
              <th scope="col">{t('tracker.lastSubmitted')}</th>
              <th scope="col">{t('tracker.empty')}</th>
              <th scope="col">{t('cycle.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3}>
                <th scope="row">
                  {r.reportId === null ? (
                    r.name
                  ) : (
                    <Link href={withLang(`/cycles/${props.cycle}/reports/${r.iso3}`, lang)}>{r.name}</Link>
                  )}
                </th>
                <td>
                  {r.state === 'not-started' ? (
                    <span className="muted">{t('tracker.notStarted')}</span>
                  ) : (
                    <StateBadge state={r.state} />
                  )}
                </td>
                <td>
                  {r.submittedAt ? formatMoment(lang, r.submittedAt) : '–'}
                  {r.late && <span className="badge badge-late"> {t('tracker.late')}</span>}
                </td>
                <td>{r.lastSubmittedAt ? formatMoment(lang, r.lastSubmittedAt) : '–'}</td>
                <td>
                  {r.reportId === null ? (
                    '–'
                  ) : r.emptySections.length === 0 ? (
                    t('tracker.noneEmpty')
                  ) : (
                    <details>
                      <summary>{t('tracker.emptyCount', { count: r.emptySections.length })}</summary>
                      <ul>
                        {r.emptySections.map((s) => (
                          <li key={s}>{titles.get(s) ?? s}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td>{r.lastChange ? formatMoment(lang, r.lastChange) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <details className="availability">
        <summary>{t('tracker.availability')}</summary>
        <p className="note">{t('tracker.availabilityNote')}</p>
        <ScrollBox label={t('tracker.availability')}>
          <table className="availability-table">
            <thead>
              <tr>
                <th scope="col">{t('cycle.country')}</th>
                {tr.availability.indicators.map((i) => (
                  <th scope="col" key={i.code} title={i.code}>
                    {i.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...tr.availability.rows]
                .sort((a, b) => a.name.localeCompare(b.name, lang))
                .map((r) => (
                  <tr key={r.iso3}>
                    <th scope="row">{r.name}</th>
                    {tr.availability.indicators.map((i) => {
                      const year = r.latest[i.code] ?? null;
                      return (
                        <td key={i.code} className={year === null ? 'missing num' : 'num'}>
                          {year ?? (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="visually-hidden">{t('tracker.noData')}</span>
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </>
  );
}
