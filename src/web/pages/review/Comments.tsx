import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { formatMoment } from './review-format.ts';
import type { CommentView } from './review-types.ts';

/**
 * The comments on one section (or the report as a whole, `general`), oldest first, each with its
 * author, time and the version it was written on; and a form for those who may comment (reviewers,
 * and the country's focal point replying). Comment text is the server's sanitised HTML.
 */
export function Comments(props: {
  reportId: number;
  sectionId: string;
  sectionTitle: string;
  version: number;
  comments: readonly CommentView[];
  canComment: boolean;
  onAdded: () => void;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const mine = props.comments.filter((c) => c.sectionId === props.sectionId);
  if (mine.length === 0 && !props.canComment) return null;
  const submit = async () => {
    if (body.trim() === '') {
      setError(t('comments.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    const r = await sendJson('POST', `reports/${props.reportId}/comments`, {
      sectionId: props.sectionId,
      body,
      version: props.version,
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setBody('');
    setWriting(false);
    props.onAdded();
  };
  return (
    <div className="comments">
      {mine.length > 0 && (
        <h4 className="comments-heading">{t('comments.heading', { count: mine.length })}</h4>
      )}
      {mine.length > 0 && (
        <ol className="comment-list">
          {mine.map((c) => (
            <li key={c.id} className="comment">
              <p className="comment-meta">
                <strong>{c.author}</strong> · {formatMoment(props.lang, c.createdAt)} ·{' '}
                {t('comments.onVersion', { version: c.version })}
              </p>
              <div className="comment-body" dangerouslySetInnerHTML={{ __html: c.html }} />
            </li>
          ))}
        </ol>
      )}
      {props.canComment && !writing && (
        <button
          type="button"
          className="secondary comment-open"
          aria-expanded={false}
          onClick={() => {
            setWriting(true);
            requestAnimationFrame(() => document.getElementById(`${id}-body`)?.focus());
          }}
        >
          {t('comments.open')}
          <span className="visually-hidden">: {props.sectionTitle}</span>
        </button>
      )}
      {props.canComment && writing && (
        <form
          className="comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={`${id}-body`}>{t('comments.label', { section: props.sectionTitle })}</label>
          <textarea
            id={`${id}-body`}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="controls">
            <button type="submit" disabled={busy}>
              {t('comments.submit')}
            </button>
            <button type="button" className="secondary" onClick={() => setWriting(false)}>
              {t('comments.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
