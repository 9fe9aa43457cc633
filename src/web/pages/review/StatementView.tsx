import type { TFunction } from 'i18next';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { verdictCounts } from './meeting-form.ts';
import type { Statement, Verdict } from './regional-types.ts';
import { formatMoment } from './review-format.ts';
import { claimsLink } from './verdict-link.ts';

const VERDICT_SYMBOL: Readonly<Record<Verdict, string>> = {
  supported: '✓',
  'partly-supported': '◐',
  'not-supported': '✗',
  'not-checkable': '?',
};

/**
 * A statement of the meeting record: who spoke and for whom, the text (plain text), its source, and
 * each quantitative claim with the verdict the claim checker gave it when the statement was saved,
 * linking to the claims page where the evidence is shown. `note`: what a save here just did;
 * `actions`: the reviewers' controls; `focus`: takes the focus once shown (after a save or a
 * cancelled edit), whenever the card appears, which a timer could not promise.
 */
export function StatementView(props: {
  statement: Statement;
  lang: Lang;
  note?: string | undefined;
  actions?: ReactNode;
  focus?: boolean;
}): ReactNode {
  const { t } = useTranslation('review');
  const { statement: s, lang } = props;
  const card = useRef<HTMLElement>(null);
  // Before the browser paints: whoever sees the saved card finds the focus on it.
  useLayoutEffect(() => {
    if (props.focus) card.current?.focus();
  }, [props.focus]);
  const place = s.countryName ?? s.country ?? s.organisation;
  // "Permanent Representative of Kazakhstan" already says where the speaker is from.
  const who = [s.speakerTitle, place && s.speakerTitle?.includes(place) ? null : place]
    .filter(Boolean)
    .join(', ');
  return (
    <article
      ref={card}
      id={`statement-card-${s.id}`}
      tabIndex={-1}
      className="statement card"
      aria-labelledby={`statement-${s.id}`}
    >
      <h3 id={`statement-${s.id}`}>
        {s.speaker}
        {who && <span className="muted">, {who}</span>}
      </h3>
      {props.note && <p className="status meeting-saved">{props.note}</p>}
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
      {props.actions}
    </article>
  );
}

/** What saving the statement did, in words: how many claims were found and how each was judged. */
export function savedStatementText(t: TFunction, s: Statement): string {
  if (s.claims.length === 0) return t('meetings:statement.savedNone', { speaker: s.speaker });
  const verdicts = verdictCounts(s.claims)
    .map(([v, n]) => t('meetings:statement.verdictCount', { verdict: t(`claims:verdict.${v}`), n }))
    .join(' · ');
  return t('meetings:statement.saved', { count: s.claims.length, speaker: s.speaker, verdicts });
}
