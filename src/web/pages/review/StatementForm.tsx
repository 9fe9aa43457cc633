import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { Field, TextField } from '../../components/form/Field.tsx';
import { ErrorSummary, Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import {
  emptyStatement,
  STATEMENT_FIELDS,
  statementBody,
  statementConflictOf,
  statementFieldsOf,
  type SpeaksFor,
  type StatementField,
  type StatementFields,
} from './meeting-form.ts';
import type { Meeting, Statement } from './regional-types.ts';
import { StatementConflict } from './StatementConflict.tsx';

/**
 * Records a statement (POST) or changes one (PUT with the version edited): session, speaker, title,
 * the country or organisation spoken for, text and source. The server checks the claims on every
 * save and answers with them. A stale edit (409) shows the saved version beside the form: keep
 * yours (saved over it) or take it into the form.
 */
export function StatementForm(props: {
  meeting: Meeting;
  /** The statement to change; none to record a new one. */
  statement?: Statement;
  /** For a new statement: the session it is in at first. */
  sessionId?: number | null;
  lang: Lang;
  onSaved: (statement: Statement) => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const id = useId();
  const { statement, meeting, lang } = props;
  const [f, setF] = useState<StatementFields>(
    statement ? statementFieldsOf(statement) : emptyStatement(props.sessionId ?? null),
  );
  const [base, setBase] = useState(statement?.version ?? 0);
  const [theirs, setTheirs] = useState<Statement | null>(null);
  const errors = useFormErrors(id, STATEMENT_FIELDS);
  const set = (patch: Partial<StatementFields>) => setF((x) => ({ ...x, ...patch }));
  useEffect(() => {
    document.getElementById(`${id}-${statement ? 'text' : 'sessionId'}`)?.focus();
  }, [id, statement]);

  /** The field of a parameter, when the form shows it (only one of country and organisation is). */
  const fieldOf = (param: string) =>
    STATEMENT_FIELDS.find(
      (field) =>
        field === param &&
        !(field === 'country' && f.speaksFor !== 'country') &&
        !(field === 'organisation' && f.speaksFor !== 'organisation'),
    );

  const submit = async (baseVersion = base) => {
    const body = statementBody(f);
    const r = await errors.send(
      statement
        ? sendJson<Statement>('PUT', `statements/${statement.id}?lang=${lang}`, { ...body, baseVersion })
        : sendJson<Statement>('POST', `meetings/${meeting.id}/statements?lang=${lang}`, body),
    );
    if (r.ok) return props.onSaved(r.data);
    const current = r.status === 409 ? statementConflictOf(r.body) : null;
    if (current) return setTheirs(current);
    errors.setFailure(r, fieldOf);
  };

  const text = (field: Exclude<StatementField, 'sessionId'>, rows?: number, hint?: string) => (
    <TextField
      id={`${id}-${field}`}
      label={t(`statement.${field}`)}
      value={f[field]}
      onChange={(v) => set({ [field]: v })}
      error={errors.of(field)}
      {...(rows ? { rows } : {})}
      {...(hint ? { hint } : {})}
    />
  );

  return (
    <Form
      prefix={id}
      className="meeting-form meeting-statement-form card"
      heading={
        statement ? t('statement.editHeading', { speaker: statement.speaker }) : t('statement.heading')
      }
      level={3}
      busy={errors.busy}
      announce="summary"
      onSubmit={() => submit()}
    >
      {theirs && (
        <StatementConflict
          theirs={theirs}
          mine={f}
          sessions={meeting.sessions}
          lang={lang}
          busy={errors.busy}
          onKeepMine={() => {
            setBase(theirs.version);
            setTheirs(null);
            void submit(theirs.version);
          }}
          onTakeTheirs={() => {
            setF(statementFieldsOf(theirs));
            setBase(theirs.version);
            setTheirs(null);
            document.getElementById(`${id}-text`)?.focus();
          }}
        />
      )}
      <Field id={`${id}-sessionId`} label={t('statement.session')} error={errors.of('sessionId')}>
        {(control) => (
          <select {...control} value={f.sessionId} onChange={(e) => set({ sessionId: e.target.value })}>
            <option value="">{t('statement.noSession')}</option>
            {[...meeting.sessions]
              .sort((a, b) => a.position - b.position)
              .map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {t(`review:meeting.kind.${s.kind}`)}: {s.title}
                </option>
              ))}
          </select>
        )}
      </Field>
      <div className="meeting-pair">
        {text('speaker')}
        {text('speakerTitle')}
      </div>
      <fieldset className="meeting-speaks-for">
        <legend>{t('statement.speaksFor')}</legend>
        <div className="radio-row">
          {(['country', 'organisation'] as const).map((k: SpeaksFor) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name={`${id}-speaks-for`}
                value={k}
                checked={f.speaksFor === k}
                onChange={() => set({ speaksFor: k })}
              />{' '}
              {t(k === 'country' ? 'statement.forCountry' : 'statement.forOrganisation')}
            </label>
          ))}
        </div>
        {text(f.speaksFor)}
      </fieldset>
      {text('text', 7, t('statement.textHint'))}
      {text('source')}
      <ErrorSummary errors={errors} />
      <div className="controls">
        <button type="submit" disabled={errors.busy || theirs !== null}>
          {errors.busy ? t('statement.saving') : t('statement.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('statement.cancel')}
        </button>
      </div>
    </Form>
  );
}
