import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import { Field, focusFirstError, SaveErrors, TextField } from './FormField.tsx';
import { formErrors, NO_ERRORS, type FormErrors } from './meeting-form.ts';
import type { MeetingSession } from './regional-types.ts';

const KINDS: readonly MeetingSession['kind'][] = ['segment', 'thematic'];

/** Adds a segment or a thematic session (kind and title) at the end of the meeting's sessions. */
export function SessionForm(props: {
  meetingId: number;
  onAdded: (session: MeetingSession) => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const id = useId();
  const [kind, setKind] = useState<MeetingSession['kind']>('thematic');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  useEffect(() => {
    document.getElementById(`${id}-kind`)?.focus();
  }, [id]);
  const submit = async () => {
    setBusy(true);
    setErrors(NO_ERRORS);
    const r = await sendJson<MeetingSession>('POST', `meetings/${props.meetingId}/sessions`, {
      kind,
      title: title.trim(),
    });
    setBusy(false);
    if (r.ok) return props.onAdded(r.data);
    const next = formErrors(r, (f) => f === 'kind' || f === 'title');
    setErrors(next);
    focusFirstError(id, ['kind', 'title'], next);
  };
  return (
    <form
      className="meeting-form meeting-session-form card"
      noValidate
      aria-labelledby={`${id}-h`}
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${id}-h`}>{t('session.heading')}</h3>
      <Field id={`${id}-kind`} label={t('session.kind')} error={errors.fields.kind}>
        {(control) => (
          <select
            {...control}
            value={kind}
            onChange={(e) => setKind(e.target.value as MeetingSession['kind'])}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review:meeting.kind.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={`${id}-title`}
        label={t('session.title')}
        value={title}
        onChange={setTitle}
        error={errors.fields.title}
      />
      <SaveErrors errors={errors} />
      <div className="controls">
        <button type="submit" disabled={busy}>
          {t('session.submit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('session.cancel')}
        </button>
      </div>
    </form>
  );
}
