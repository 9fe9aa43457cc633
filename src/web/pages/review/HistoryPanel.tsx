import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlUpdate, useUrlParam } from '../../app/url-state.ts';
import { AuditTable } from '../../components/AuditTable.tsx';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { hasRole } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { DiffView } from './DiffView.tsx';
import { clampVersion, defaultFrom } from './history-params.ts';
import { formatMoment } from './review-format.ts';
import type { AuditPage, ReportHistory, VersionDiff } from './review-types.ts';
import { StateBadge } from './StateBadge.tsx';

/**
 * The history of a report for those taking part in its review: every version (who saved it, when,
 * whether submitted), every workflow event with its note, a diff of any two versions (`?from=&to=`
 * in the address), and for administrators the audit log of the report.
 */
export function HistoryPanel(props: { reportId: number; currentVersion: number; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const { lang } = props;
  const id = useId();
  const session = useSession();
  const [history] = useSessionApi<ReportHistory>(`reports/${props.reportId}/versions`);
  const [fromRaw] = useUrlParam('from');
  const [toRaw] = useUrlParam('to');
  const update = useUrlUpdate();
  const last = props.currentVersion;
  const to = clampVersion(toRaw, last, last);
  const from = clampVersion(
    fromRaw,
    history.state === 'ready' ? defaultFrom(history.data.versions, to) : Math.max(1, to - 1),
    last,
  );
  const ready = last > 1 && (fromRaw !== null || history.state === 'ready');
  const [diff] = useSessionApi<VersionDiff>(ready ? `reports/${props.reportId}/diff` : null, {
    from,
    to,
    lang,
  });
  const admin = hasRole(session.actor, 'administrator');
  const [audit] = useSessionApi<AuditPage>(admin ? 'audit' : null, {
    entityKind: 'report',
    entityId: String(props.reportId),
    limit: 200,
  });
  const versions = Array.from({ length: last }, (_, i) => i + 1);
  return (
    <div className="history">
      <Status data={history}>
        {(h) => (
          <>
            <section aria-labelledby={`${id}-events`}>
              <h2 id={`${id}-events`}>{t('history.events')}</h2>
              {h.events.length === 0 ? (
                <p className="muted">{t('history.noEvents')}</p>
              ) : (
                <ol className="event-list">
                  {h.events.map((e, i) => (
                    <li key={i}>
                      <strong>
                        {e.to === 'resubmitted'
                          ? t('history.event.resubmit')
                          : t(`history.event.${e.event}`, { defaultValue: e.event })}
                      </strong>{' '}
                      · <StateBadge state={e.from} /> → <StateBadge state={e.to} /> ·{' '}
                      {t('history.byAt', {
                        by: e.by ?? t('report.system'),
                        at: formatMoment(lang, e.at),
                      })}{' '}
                      · {t('history.version', { version: e.version })}
                      {e.note && <blockquote className="event-note">{e.note}</blockquote>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby={`${id}-versions`}>
              <h2 id={`${id}-versions`}>{t('history.versions')}</h2>
              <ScrollBox label={t('history.versions')}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('history.versionCol')}</th>
                      <th scope="col">{t('history.savedAt')}</th>
                      <th scope="col">{t('history.savedBy')}</th>
                      <th scope="col">{t('history.state')}</th>
                      <th scope="col">{t('history.kind')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {h.versions.map((v) => (
                      <tr key={v.version}>
                        <th scope="row">{v.version}</th>
                        <td>{formatMoment(lang, v.savedAt)}</td>
                        <td>{v.savedBy ?? t('report.system')}</td>
                        <td>
                          <StateBadge state={v.stateAtSave} />
                        </td>
                        <td>{v.submitted ? t('history.submitted') : t('history.draftSave')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            </section>
          </>
        )}
      </Status>
      <section aria-labelledby={`${id}-diff`}>
        <h2 id={`${id}-diff`}>{t('diff.heading')}</h2>
        {last < 2 ? (
          <p className="muted">{t('diff.single')}</p>
        ) : (
          <>
            <div className="controls">
              <label>
                {t('diff.from')}
                <select value={from} onChange={(e) => update({ from: e.target.value })}>
                  {versions.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('diff.to')}
                <select value={to} onChange={(e) => update({ to: e.target.value })}>
                  {versions.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <Status data={diff}>{(d) => <DiffView diff={d} />}</Status>
          </>
        )}
      </section>
      {admin && (
        <section aria-labelledby={`${id}-audit`}>
          <h2 id={`${id}-audit`}>{t('audit.heading')}</h2>
          <Status data={audit} isEmpty={(a) => a.items.length === 0} empty={t('audit.none')}>
            {(a) => (
              <AuditTable
                entries={a.items}
                label={t('audit.heading')}
                heads={[t('audit.at'), t('audit.who'), t('audit.action'), t('audit.detail')]}
                className="audit-table"
                lang={lang}
                who={(row) => row.actor?.email ?? t('report.system')}
                action={(row) => <code>{row.action}</code>}
                detail={(row) => <code className="audit-detail">{JSON.stringify(row.detail)}</code>}
              />
            )}
          </Status>
        </section>
      )}
    </div>
  );
}
