import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import { Field, TextField } from '../../components/form/Field.tsx';
import { ErrorSummary, Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import type { MeetingSession } from './regional-types.ts';

const KINDS: readonly MeetingSession['kind'][] = ['segment', 'thematic'];
const ORDER = ['kind', 'title'] as const;

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
  const errors = useFormErrors(id, ORDER);
  useEffect(() => {
    document.getElementById(`${id}-kind`)?.focus();
  }, [id]);
  const submit = async () => {
    const r = await errors.send(
      sendJson<MeetingSession>('POST', `meetings/${props.meetingId}/sessions`, { kind, title: title.trim() }),
    );
    if (r.ok) return props.onAdded(r.data);
    errors.setFailure(r);
  };
  return (
    <Form
      prefix={id}
      className="meeting-form meeting-session-form card"
      heading={t('session.heading')}
      level={3}
      busy={errors.busy}
      announce="summary"
      onSubmit={submit}
    >
      <Field id={`${id}-kind`} label={t('session.kind')} error={errors.of('kind')}>
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
        error={errors.of('title')}
      />
      <ErrorSummary errors={errors} />
      <div className="controls">
        <button type="submit" disabled={errors.busy}>
          {t('session.submit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('session.cancel')}
        </button>
      </div>
    </Form>
  );
}
