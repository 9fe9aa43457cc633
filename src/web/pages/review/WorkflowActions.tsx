import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import type { ReportEvent, ReportView, TransitionDone } from './review-types.ts';

/**
 * The workflow events the server says this user may take now (`events` of the report), as
 * buttons, with an optional note (e.g. what to change). A submit waits until the draft is saved;
 * publishing asks once more, since it opens the report to everyone. The server checks again.
 */
export function WorkflowActions(props: {
  report: ReportView;
  dirty: boolean;
  onDone: (done: TransitionDone) => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const { report } = props;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<ReportEvent | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (report.events.length === 0) return null;
  const reviewing = report.events.some((e) => e !== 'submit');

  const take = async (event: ReportEvent) => {
    setBusy(event);
    setError(null);
    const r = await sendJson<TransitionDone>('POST', `reports/${report.id}/transitions`, {
      event,
      baseVersion: report.currentVersion,
      ...(note.trim() ? { note } : {}),
    });
    setBusy(null);
    setConfirming(false);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setNote('');
    props.onDone(r.data);
  };

  const label = (e: ReportEvent) =>
    e === 'submit' && report.state === 'changes-requested' ? t('workflow.resubmit') : t(`workflow.${e}`);

  return (
    <section className="workflow card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('workflow.heading')}</h2>
      {reviewing && (
        <>
          <label htmlFor={`${id}-note`}>{t('workflow.note')}</label>
          <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </>
      )}
      <div className="controls">
        {report.events.map((e) =>
          e === 'publish' && confirming ? (
            <span key={e} className="confirm">
              <span>{t('workflow.confirmPublish')}</span>{' '}
              <button type="button" onClick={() => void take(e)} disabled={busy !== null}>
                {t('workflow.confirm')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('workflow.cancel')}
              </button>
            </span>
          ) : (
            <button
              key={e}
              type="button"
              className={e === 'request-changes' ? 'secondary' : undefined}
              disabled={busy !== null || (e === 'submit' && props.dirty)}
              aria-describedby={e === 'submit' && props.dirty ? `${id}-save-first` : undefined}
              onClick={() => (e === 'publish' ? setConfirming(true) : void take(e))}
            >
              {busy === e ? t('workflow.busy') : label(e)}
            </button>
          ),
        )}
      </div>
      {props.dirty && report.events.includes('submit') && (
        <p id={`${id}-save-first`} className="note">
          {t('workflow.saveFirst')}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
