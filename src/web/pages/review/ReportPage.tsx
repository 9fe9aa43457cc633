import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { Loadable } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import { reviews, writesFor, hasRole } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { HistoryPanel } from './HistoryPanel.tsx';
import { ReportEditor } from './ReportEditor.tsx';
import { ReportHeader } from './ReportHeader.tsx';
import { ReportReader } from './ReportReader.tsx';
import type { ReportTagList } from './regional-types.ts';
import type { CommentList, CycleView, ReportList, ReportTemplate, ReportView } from './review-types.ts';
import { useNames } from './use-names.ts';
import { WorkflowActions } from './WorkflowActions.tsx';

/**
 * `/cycles/:code/reports/:iso3` (`?tab=history`): a country's report in a cycle. Its writers edit
 * it while they hold the pen; reviewers read, comment and move it through the workflow; the public
 * reads it once published. What each sees and may do comes from the server (`canEdit`, `events`);
 * the page only hides controls the server would refuse.
 */
export default function ReportPage(): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const { code, iso3: rawIso3 } = useParams<{ code: string; iso3: string }>();
  const iso3 = rawIso3.toUpperCase();
  const [list, reloadList] = useSessionApi<ReportList>(`cycles/${code}/reports`, {
    lang,
    limit: 1000,
  });
  const summary = list.state === 'ready' ? list.data.items.find((r) => r.country === iso3) : undefined;
  const [report, reloadReport] = useSessionApi<ReportView>(summary ? `reports/${summary.id}` : null, {
    lang,
  });
  const [cycle] = useSessionApi<CycleView>(`cycles/${code}`, { lang });
  useEffect(() => {
    document.title = `${report.state === 'ready' ? `${report.data.countryName}: ${report.data.template.title}` : t('report.title')} · Parity`;
  }, [report, t]);

  if (list.state !== 'ready') return <Status data={list}>{() => null}</Status>;
  if (!summary) return <NoReport code={code} iso3={iso3} onCreated={reloadList} />;
  return (
    <Status data={report}>
      {(r) => (
        <ReportBody
          report={r}
          cycle={cycle}
          reload={() => {
            reloadReport();
            reloadList();
          }}
        />
      )}
    </Status>
  );
}

function ReportBody(props: {
  report: ReportView;
  cycle: Loadable<CycleView>;
  reload: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const session = useSession();
  const { report } = props;
  const [tab] = useUrlParam('tab');
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const names = useNames(lang);
  const template = useApi<ReportTemplate>(`templates/${report.template.id}`, { lang });
  const partTitles = useMemo(
    () => new Map(template.state === 'ready' ? template.data.parts.map((p) => [p.number, p.title]) : []),
    [template],
  );
  const actor = session.actor;
  const participant = actor.kind === 'user' && (reviews(actor) || writesFor(actor, report.country));
  const canComment =
    actor.kind === 'user' &&
    (reviews(actor) || (hasRole(actor, 'focal-point') && writesFor(actor, report.country))) &&
    report.state !== 'published';
  const [comments, reloadComments] = useSessionApi<CommentList>(
    participant ? `reports/${report.id}/comments` : null,
    { lang },
  );
  const [tags, reloadTags] = useSessionApi<ReportTagList>(
    reviews(actor) ? `cycles/${report.cycle}/tags/search` : null,
    { country: report.country, lang, limit: 1000 },
  );
  const history = tab === 'history' && participant;
  const base = `/cycles/${report.cycle}/reports/${report.country}`;
  return (
    <article className="report-page">
      <ReportHeader
        report={report}
        cycleTitle={props.cycle.state === 'ready' ? props.cycle.data.title : null}
        lang={lang}
      />
      {participant && (
        <nav className="tabs" aria-label={t('report.views')}>
          <Link href={withLang(base, lang)} aria-current={history ? undefined : 'page'}>
            {t('report.tabReport')}
          </Link>
          <Link href={withLang(`${base}?tab=history`, lang)} aria-current={history ? 'page' : undefined}>
            {t('report.tabHistory')}
          </Link>
        </nav>
      )}
      {notice && (
        <p className="status" role="status">
          {notice}
        </p>
      )}
      <WorkflowActions
        report={report}
        dirty={dirty}
        onDone={(done) => {
          setNotice(
            t(`workflow.done.${done.event}`) +
              (done.pinned ? ` ${t('workflow.pinned', { count: done.pinned.blocks })}` : ''),
          );
          setDirty(false);
          props.reload();
        }}
      />
      {history ? (
        <HistoryPanel reportId={report.id} currentVersion={report.currentVersion} lang={lang} />
      ) : report.canEdit ? (
        <ReportEditor
          key={`${report.id}:${report.state}`}
          report={report}
          names={names}
          lang={lang}
          partTitles={partTitles}
          comments={comments.state === 'ready' ? comments.data : []}
          canComment={canComment}
          onCommented={reloadComments}
          onSaved={props.reload}
          onDirty={setDirty}
        />
      ) : (
        <ReportReader
          report={report}
          names={names}
          lang={lang}
          partTitles={partTitles}
          comments={comments.state === 'ready' ? comments.data : null}
          canComment={canComment}
          onCommented={reloadComments}
          tags={tags.state === 'ready' ? tags.data.items : null}
          onTagged={reloadTags}
        />
      )}
    </article>
  );
}

/** No report the reader may see: its writers may start it; others learn it is not published (yet). */
function NoReport(props: { code: string; iso3: string; onCreated: () => void }): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const session = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const mayStart = writesFor(session.actor, props.iso3);
  return (
    <article className="report-page">
      <p className="breadcrumb">
        <Link href={withLang(`/cycles/${props.code}`, lang)}>{props.code}</Link>
      </p>
      <h1>{t('report.noneTitle', { country: props.iso3 })}</h1>
      {mayStart ? (
        <>
          <p>{t('report.startIntro')}</p>
          <button
            type="button"
            onClick={() =>
              void sendJson('POST', `cycles/${props.code}/reports/${props.iso3}`).then((r) => {
                if (r.ok || r.status === 409) props.onCreated();
                else setError(r.message);
              })
            }
          >
            {t('report.start')}
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </>
      ) : (
        <p>
          {session.actor.kind === 'public' ? t('report.noneOrSignIn') : t('report.none')}{' '}
          {session.actor.kind === 'public' && (
            <Link
              href={withLang(
                `/sign-in?next=${encodeURIComponent(`/cycles/${props.code}/reports/${props.iso3}`)}`,
                lang,
              )}
            >
              {t('report.signIn')}
            </Link>
          )}
        </p>
      )}
      <p>
        <a
          href={withLang(`/cycles/${props.code}`, lang)}
          onClick={(e) => {
            e.preventDefault();
            navigate(withLang(`/cycles/${props.code}`, lang));
          }}
        >
          {t('report.backToCycle')}
        </a>
      </p>
    </article>
  );
}
