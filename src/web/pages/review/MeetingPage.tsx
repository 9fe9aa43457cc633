import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { reviewsCycle } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { meetingFieldsOf, withSaved } from './meeting-form.ts';
import { MeetingForm } from './MeetingForm.tsx';
import { formatDays } from './review-format.ts';
import type { CoChair, Meeting, MeetingSession, Statement, StatementList } from './regional-types.ts';
import type { CycleView } from './review-types.ts';
import { SessionForm } from './SessionForm.tsx';
import { StatementForm } from './StatementForm.tsx';
import { savedStatementText, StatementView } from './StatementView.tsx';

/**
 * `/cycles/:code/meetings/:id`: the record of a meeting of the cycle: place, dates, co-chairs,
 * its segments and thematic sessions with the statements made in each, and every quantitative
 * claim of a statement with the verdict the claim checker gave it, linking to the claims page
 * where the evidence is shown. Statement texts are plain text. The cycle's reviewers and
 * administrators also change and publish the meeting, add sessions, and record and edit
 * statements (the server decides; the controls are only hidden from others).
 */
export default function MeetingPage(): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const { code, id } = useParams<{ code: string; id: string }>();
  const session = useSession();
  const [meeting, reloadMeeting] = useSessionApi<Meeting>(`meetings/${id}`, { lang });
  const [cycle] = useSessionApi<CycleView>(`cycles/${code}`, { lang });
  const [statements, reloadStatements] = useSessionApi<StatementList>(`meetings/${id}/statements`, {
    lang,
    limit: 1000,
  });
  // Answers to this page's own saves, shown until the reloaded lists have caught up with them.
  const [savedMeeting, setSavedMeeting] = useState<Meeting | null>(null);
  const [saved, setSaved] = useState<Statement[]>([]);
  // One live region for the page; each message is also shown where it happened.
  const [announcement, setAnnouncement] = useState('');
  const [savedId, setSavedId] = useState<number | null>(null);
  const [addedSession, setAddedSession] = useState<MeetingSession | null>(null);
  const manager = cycle.state === 'ready' && reviewsCycle(session.actor, cycle.data.regionSet.code);
  const title = meeting.state === 'ready' ? meeting.data.title : t('meeting.title');
  useEffect(() => {
    document.title = `${title} · Parity`;
  }, [title]);

  const onMeetingSaved = (m: Meeting, message: string) => {
    setSavedMeeting(m);
    setAnnouncement(message);
    reloadMeeting();
  };
  const onStatementSaved = (s: Statement) => {
    const text = savedStatementText(t, s);
    setSaved((list) => [...list.filter((x) => x.id !== s.id), s]);
    setSavedId(s.id);
    setAddedSession(null);
    setAnnouncement(text);
    reloadStatements();
  };

  return (
    <article className="review-page meeting-page">
      <p className="breadcrumb">
        <Link href={withLang(`/cycles/${code}`, lang)}>
          {cycle.state === 'ready' ? cycle.data.title : code}
        </Link>
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <Status data={meeting}>
        {(loaded) => {
          const m = savedMeeting && savedMeeting.updatedAt > loaded.updatedAt ? savedMeeting : loaded;
          return (
            <>
              <MeetingHeader meeting={m} lang={lang} manager={manager} onSaved={onMeetingSaved} />
              <Status data={statements}>
                {(s) => (
                  <Sessions
                    meeting={m}
                    statements={withSaved(s.items, saved)}
                    lang={lang}
                    manager={manager}
                    savedId={savedId}
                    onSaved={onStatementSaved}
                  />
                )}
              </Status>
              {manager && (
                <AddToRecord
                  meeting={m}
                  lang={lang}
                  added={addedSession}
                  onSession={(added) => {
                    const text = t('meetings:session.added', {
                      kind: t(`meeting.kind.${added.kind}`),
                      title: added.title,
                    });
                    setAddedSession(added);
                    setAnnouncement(text);
                    reloadMeeting();
                  }}
                  onStatement={onStatementSaved}
                />
              )}
            </>
          );
        }}
      </Status>
    </article>
  );
}

/** The meeting's title and facts; for reviewers, Edit (the form in their place) and Publish or Unpublish. */
function MeetingHeader(props: {
  meeting: Meeting;
  lang: Lang;
  manager: boolean;
  onSaved: (m: Meeting, message: string) => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const { meeting: m, lang } = props;
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  // A message key, or the server's refusal; worded at render so a language switch rewords it.
  const [note, setNote] = useState<{ key: string } | { error: string } | null>(null);
  const patch = (body: unknown) => sendJson<Meeting>('PATCH', `meetings/${m.id}?lang=${lang}`, body);
  const togglePublished = async () => {
    setBusy(true);
    setNote(null);
    const r = await patch({ published: !m.published });
    setBusy(false);
    if (!r.ok) return setNote({ error: r.message });
    const key = r.data.published ? 'meetings:manage.publishedNow' : 'meetings:manage.unpublishedNow';
    setNote({ key });
    props.onSaved(r.data, t(key));
  };
  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById('meeting-edit')?.focus());
  };
  if (editing)
    return (
      <>
        <h1>{m.title}</h1>
        <MeetingForm
          initial={meetingFieldsOf(m)}
          heading={t('meetings:form.editHeading')}
          submitLabel={t('meetings:form.save')}
          send={patch}
          onSaved={(saved) => {
            closeEditor();
            setNote({ key: 'meetings:manage.saved' });
            props.onSaved(saved, t('meetings:manage.saved'));
          }}
          onCancel={closeEditor}
        />
      </>
    );
  return (
    <>
      <h1>{m.title}</h1>
      <dl className="facts">
        <dt>{t('meeting.place')}</dt>
        <dd>{m.place}</dd>
        <dt>{t('meeting.dates')}</dt>
        <dd>{formatDays(lang, m.from, m.to)}</dd>
        {m.coChairs.length > 0 && (
          <>
            <dt>{t('meeting.coChairs')}</dt>
            <dd>{m.coChairs.map(coChairText).join('; ')}</dd>
          </>
        )}
      </dl>
      {!m.published && <p className="status status-warning">{t('meeting.unpublished')}</p>}
      {props.manager && (
        <div className="controls meeting-manage no-print">
          <button id="meeting-edit" type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('meetings:manage.edit')}
          </button>
          <button type="button" disabled={busy} onClick={() => void togglePublished()}>
            {t(m.published ? 'meetings:manage.unpublish' : 'meetings:manage.publish')}
          </button>
          {note &&
            ('error' in note ? (
              <p className="field-error" role="alert">
                {t('meetings:errors.failed')} <span lang="en">{note.error}</span>
              </p>
            ) : (
              <p className="meeting-saved">{t(note.key)}</p>
            ))}
        </div>
      )}
    </>
  );
}

function coChairText(c: CoChair): string {
  return [c.name, c.title, c.countryName ?? c.country, c.organisation].filter(Boolean).join(', ');
}

function Sessions(props: {
  meeting: Meeting;
  statements: readonly Statement[];
  lang: Lang;
  manager: boolean;
  /** The statement saved last here: what the save did is shown in it. */
  savedId: number | null;
  onSaved: (s: Statement) => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const [editing, setEditing] = useState<number | null>(null);
  // The card an edit was cancelled on, to take the focus back when it is shown again.
  const [returnTo, setReturnTo] = useState<number | null>(null);
  const sessions = [...props.meeting.sessions].sort((a, b) => a.position - b.position);
  const loose = props.statements.filter(
    (s) => s.sessionId === null || !sessions.some((x) => x.id === s.sessionId),
  );
  const statement = (s: Statement) =>
    editing === s.id ? (
      <StatementForm
        key={s.id}
        meeting={props.meeting}
        statement={s}
        lang={props.lang}
        onSaved={(after) => {
          setEditing(null);
          props.onSaved(after);
        }}
        onCancel={() => {
          setEditing(null);
          setReturnTo(s.id);
        }}
      />
    ) : (
      <StatementView
        key={s.id}
        statement={s}
        lang={props.lang}
        note={props.savedId === s.id ? savedStatementText(t, s) : undefined}
        focus={props.savedId === s.id || returnTo === s.id}
        actions={
          props.manager && (
            <button type="button" className="secondary no-print" onClick={() => setEditing(s.id)}>
              {t('meetings:statement.edit')}
              <span className="visually-hidden">: {s.speaker}</span>
            </button>
          )
        }
      />
    );
  if (props.statements.length === 0 && sessions.length === 0)
    return <p className="muted">{t('meeting.empty')}</p>;
  return (
    <>
      {sessions.map((session) => {
        const here = props.statements.filter((s) => s.sessionId === session.id);
        return (
          <section key={session.id} className="meeting-session" aria-labelledby={`session-${session.id}`}>
            <h2 id={`session-${session.id}`}>
              <span className="muted">{t(`meeting.kind.${session.kind}`)}: </span>
              {session.title}
            </h2>
            {here.length === 0 ? <p className="muted">{t('meeting.noStatements')}</p> : here.map(statement)}
          </section>
        );
      })}
      {loose.length > 0 && (
        <section className="meeting-session" aria-labelledby="session-other">
          <h2 id="session-other">{t('meeting.otherStatements')}</h2>
          {loose.map(statement)}
        </section>
      )}
    </>
  );
}

/** For reviewers: add a segment or thematic session, record a statement. */
function AddToRecord(props: {
  meeting: Meeting;
  lang: Lang;
  /** The session added last here, said under the heading. */
  added: MeetingSession | null;
  onSession: (session: MeetingSession) => void;
  onStatement: (statement: Statement) => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState<'session' | 'statement' | null>(null);
  const close = (opener: string) => {
    setOpen(null);
    requestAnimationFrame(() => document.getElementById(opener)?.focus());
  };
  const last = [...props.meeting.sessions].sort((a, b) => b.position - a.position)[0];
  return (
    <section className="meeting-add no-print" aria-labelledby="meeting-add-h">
      <h2 id="meeting-add-h">{t('manage.add')}</h2>
      {props.added && (
        <p className="meeting-saved">
          {t('session.added', {
            kind: t(`review:meeting.kind.${props.added.kind}`),
            title: props.added.title,
          })}
        </p>
      )}
      {open === null && (
        <div className="controls">
          <button id="meeting-add-statement" type="button" onClick={() => setOpen('statement')}>
            {t('statement.open')}
          </button>
          <button
            id="meeting-add-session"
            type="button"
            className="secondary"
            onClick={() => setOpen('session')}
          >
            {t('session.open')}
          </button>
        </div>
      )}
      {open === 'session' && (
        <SessionForm
          meetingId={props.meeting.id}
          onAdded={(s) => {
            close('meeting-add-session');
            props.onSession(s);
          }}
          onCancel={() => close('meeting-add-session')}
        />
      )}
      {open === 'statement' && (
        <StatementForm
          meeting={props.meeting}
          sessionId={last?.id ?? null}
          lang={props.lang}
          onSaved={(s) => {
            setOpen(null);
            props.onStatement(s);
          }}
          onCancel={() => close('meeting-add-statement')}
        />
      )}
    </section>
  );
}
