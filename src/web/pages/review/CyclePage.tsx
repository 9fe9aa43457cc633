import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import type { CountrySummary, Paged } from '../../components/api-types.ts';
import { Status } from '../../components/Status.tsx';
import { authoredCountries, reviewsCycle } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { MeetingLinks } from './MeetingLinks.tsx';
import { NewMeeting } from './NewMeeting.tsx';
import { formatDay, formatDays, formatMoment } from './review-format.ts';
import type { CycleView, ReportList, ReportSummary } from './review-types.ts';
import { StateBadge } from './StateBadge.tsx';
import { TagSearch } from './TagSearch.tsx';
import { TrackerSection } from './TrackerSection.tsx';

/**
 * `/cycles/:code`: a review cycle with the reports the reader may see (the public: the published
 * ones), a way for a country's writers to start its report, the synthesis and the meeting record,
 * and for reviewers the submission tracker.
 */
export default function CyclePage(): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const { code } = useParams<{ code: string }>();
  const session = useSession();
  const [cycle] = useSessionApi<CycleView>(`cycles/${code}`, { lang });
  const [reports] = useSessionApi<ReportList>(`cycles/${code}/reports`, {
    lang,
  });
  const title = cycle.state === 'ready' ? cycle.data.title : t('cycle.title');
  const manager = cycle.state === 'ready' && reviewsCycle(session.actor, cycle.data.regionSet.code);
  useEffect(() => {
    document.title = `${title} · Parity`;
  }, [title]);

  return (
    <article className="review-page">
      <Status data={cycle}>
        {(c) => (
          <>
            <p className="breadcrumb">
              <Link href={withLang('/cycles', lang)}>{t('cycles.title')}</Link>
            </p>
            <h1>{c.title}</h1>
            <dl className="facts">
              <dt>{t('cycle.region')}</dt>
              <dd>{t('cycle.regionValue', { name: c.regionSet.name, count: c.regionSet.members })}</dd>
              <dt>{t('cycle.opens')}</dt>
              <dd>{formatDay(lang, c.opensOn)}</dd>
              <dt>{t('cycle.deadline')}</dt>
              <dd>{formatDay(lang, c.submissionDeadline)}</dd>
              {c.meeting && (
                <>
                  <dt>{t('cycle.meeting')}</dt>
                  <dd>{formatDays(lang, c.meeting.from, c.meeting.to)}</dd>
                </>
              )}
            </dl>
            <nav className="cycle-links" aria-label={t('cycle.linksLabel')}>
              <ul>
                <li>
                  <Link href={withLang(`/cycles/${c.code}/synthesis`, lang)}>{t('cycle.synthesis')}</Link>
                </li>
                <MeetingLinks cycle={c.code} lang={lang} />
              </ul>
            </nav>
            {reviewsCycle(session.actor, c.regionSet.code) && (
              <div className="meeting-new">
                <NewMeeting cycle={c.code} lang={lang} />
              </div>
            )}
          </>
        )}
      </Status>
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">{t('cycle.reports')}</h2>
        <Status data={reports}>
          {(d) => (
            <>
              <StartReports cycle={code} existing={d.items} />
              <ReportsTable cycle={code} reports={d.items} />
              {session.actor.kind === 'public' && <p className="note">{t('cycle.publicNote')}</p>}
            </>
          )}
        </Status>
      </section>
      {manager && <TrackerSection cycle={code} lang={lang} />}
      {manager && <TagSearch cycle={code} lang={lang} />}
    </article>
  );
}

function ReportsTable(props: { cycle: string; reports: readonly ReportSummary[] }): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  if (props.reports.length === 0) return <p className="status">{t('cycle.noReports')}</p>;
  const sorted = [...props.reports].sort((a, b) => a.countryName.localeCompare(b.countryName, lang));
  return (
    <table className="reports-table">
      <caption className="visually-hidden">{t('cycle.reports')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cycle.country')}</th>
          <th scope="col">{t('cycle.state')}</th>
          <th scope="col">{t('cycle.version')}</th>
          <th scope="col">{t('cycle.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Link href={withLang(`/cycles/${props.cycle}/reports/${r.country}`, lang)}>
                {r.countryName}
              </Link>
            </th>
            <td>
              <StateBadge state={r.state} />
            </td>
            <td>{r.currentVersion}</td>
            <td>{formatMoment(lang, r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** For a country's focal point or contributor whose country has no report yet: start it. */
function StartReports(props: { cycle: string; existing: readonly ReportSummary[] }): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const session = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const missing = authoredCountries(session.actor).filter(
    (c) => !props.existing.some((r) => r.country === c),
  );
  const countries = useApi<Paged<CountrySummary>>(missing.length > 0 ? 'countries' : null, {
    lang,
    limit: 1000,
  });
  const nameOf = (iso3: string) =>
    (countries.state === 'ready' ? countries.data.items.find((c) => c.iso3 === iso3)?.name : undefined) ??
    iso3;
  if (missing.length === 0) return null;
  const start = async (iso3: string) => {
    setError(null);
    const r = await sendJson('POST', `cycles/${props.cycle}/reports/${iso3}`);
    if (r.ok || r.status === 409) navigate(withLang(`/cycles/${props.cycle}/reports/${iso3}`, lang));
    else setError(r.message);
  };
  return (
    <div className="start-reports" aria-describedby={error ? `${id}-error` : undefined}>
      {missing.map((iso3) => (
        <button key={iso3} type="button" onClick={() => void start(iso3)}>
          {t('cycle.start', { country: nameOf(iso3) })}
        </button>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
