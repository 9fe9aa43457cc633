import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { useSessionApi } from '../../session/use-session-api.ts';
import { formatDays, formatMoment } from './review-format.ts';
import type { CoChair, Meeting, Statement, Verdict } from './regional-types.ts';
import type { CycleView } from './review-types.ts';
import { claimsLink } from './verdict-link.ts';

const VERDICT_SYMBOL: Readonly<Record<Verdict, string>> = {
  supported: '✓',
  'partly-supported': '◐',
  'not-supported': '✗',
  'not-checkable': '?',
};

/**
 * `/cycles/:code/meetings/:id`: the record of a meeting of the cycle: place, dates, co-chairs,
 * its segments and thematic sessions with the statements made in each, and every quantitative
 * claim of a statement with the verdict the claim checker gave it, linking to the claims page
 * where the evidence is shown. Statement texts are plain text.
 */
export default function MeetingPage(): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const { code, id } = useParams<{ code: string; id: string }>();
  const [meeting] = useSessionApi<Meeting>(`meetings/${id}`, { lang });
  const [cycle] = useSessionApi<CycleView>(`cycles/${code}`, { lang });
  const [statements] = useSessionApi<{ items: Statement[] }>(`meetings/${id}/statements`, {
    lang,
    limit: 1000,
  });
  const title = meeting.state === 'ready' ? meeting.data.title : t('meeting.title');
  useEffect(() => {
    document.title = `${title} · Parity`;
  }, [title]);
  return (
    <article className="review-page meeting-page">
      <p className="breadcrumb">
        <Link href={withLang(`/cycles/${code}`, lang)}>
          {cycle.state === 'ready' ? cycle.data.title : code}
        </Link>
      </p>
      <Status data={meeting}>
        {(m) => (
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
            <Status data={statements}>
              {(s) => <Sessions meeting={m} statements={s.items} lang={lang} />}
            </Status>
          </>
        )}
      </Status>
    </article>
  );
}

function coChairText(c: CoChair): string {
  return [c.name, c.title, c.countryName ?? c.country, c.organisation].filter(Boolean).join(', ');
}

function Sessions(props: { meeting: Meeting; statements: readonly Statement[]; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const sessions = [...props.meeting.sessions].sort((a, b) => a.position - b.position);
  const loose = props.statements.filter(
    (s) => s.sessionId === null || !sessions.some((x) => x.id === s.sessionId),
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
            {here.length === 0 ? (
              <p className="muted">{t('meeting.noStatements')}</p>
            ) : (
              here.map((s) => <StatementView key={s.id} statement={s} lang={props.lang} />)
            )}
          </section>
        );
      })}
      {loose.length > 0 && (
        <section className="meeting-session" aria-labelledby="session-other">
          <h2 id="session-other">{t('meeting.otherStatements')}</h2>
          {loose.map((s) => (
            <StatementView key={s.id} statement={s} lang={props.lang} />
          ))}
        </section>
      )}
    </>
  );
}

function StatementView(props: { statement: Statement; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const { statement: s, lang } = props;
  const place = s.countryName ?? s.country ?? s.organisation;
  // "Permanent Representative of Kazakhstan" already says where the speaker is from.
  const who = [s.speakerTitle, place && s.speakerTitle?.includes(place) ? null : place]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="statement card" aria-labelledby={`statement-${s.id}`}>
      <h3 id={`statement-${s.id}`}>
        {s.speaker}
        {who && <span className="muted">, {who}</span>}
      </h3>
      <blockquote className="statement-text">{s.text}</blockquote>
      {s.source && <p className="note">{t('meeting.source', { source: s.source })}</p>}
      <h4>{t('meeting.claims', { count: s.tally.claims })}</h4>
      {s.claims.length > 0 && (
        <ol className="statement-claims">
          {s.claims.map((c, i) => (
            <li key={i}>
              <span className={`verdict verdict-${c.verdict}`}>
                <span aria-hidden="true">{VERDICT_SYMBOL[c.verdict]} </span>
                {t(`claims:verdict.${c.verdict}`)}
              </span>{' '}
              <q>{c.claim.text}</q>
              <p className="note" lang="en">
                {c.summary}
              </p>
              <a href={claimsLink(s, c.claim, lang)}>{t('meeting.evidence')}</a>
            </li>
          ))}
        </ol>
      )}
      <p className="note">{t('meeting.checkedAt', { at: formatMoment(lang, s.checkedAt) })}</p>
    </article>
  );
}
