import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client.ts';
import { FieldError, focusFirstError, SaveErrors, TextField } from './FormField.tsx';
import {
  coChairParam,
  EMPTY_CO_CHAIR,
  formErrors,
  meetingBody,
  NO_ERRORS,
  type CoChairRow,
  type FormErrors,
  type MeetingFields,
} from './meeting-form.ts';
import type { Meeting, MeetingBody } from './regional-types.ts';

const CO_CHAIR_FIELDS = ['name', 'title', 'country', 'organisation'] as const;

/**
 * A meeting's title, place, dates, co-chairs (rows added and removed at will) and whether it is
 * published: for recording a meeting (POST) and for changing one (PATCH). The server checks the
 * fields; what it refuses is shown beside the field it names, and focus goes to the first.
 */
export function MeetingForm(props: {
  initial: MeetingFields;
  heading: string;
  submitLabel: string;
  send: (body: MeetingBody) => Promise<ApiResult<Meeting>>;
  onSaved: (meeting: Meeting) => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const id = useId();
  const [f, setF] = useState<MeetingFields>(props.initial);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  useEffect(() => {
    document.getElementById(`${id}-title`)?.focus();
  }, [id]);
  const set = (patch: Partial<MeetingFields>) => setF((x) => ({ ...x, ...patch }));
  const setRow = (i: number, patch: Partial<CoChairRow>) =>
    set({ coChairs: f.coChairs.map((row, j) => (j === i ? { ...row, ...patch } : row)) });
  const order = [
    'title',
    'place',
    'from',
    'to',
    'coChairs',
    ...f.coChairs.flatMap((_, i) => [`coChairs.${i}`, ...CO_CHAIR_FIELDS.map((k) => `coChairs.${i}.${k}`)]),
    'published',
  ];

  const submit = async () => {
    const { body, rowOf } = meetingBody(f);
    setBusy(true);
    setErrors(NO_ERRORS);
    const r = await props.send(body);
    setBusy(false);
    if (r.ok) return props.onSaved(r.data);
    const next = formErrors(r, (field) => order.includes(field), coChairParam(rowOf));
    setErrors(next);
    focusFirstError(id, order, next);
  };

  const text = (field: 'title' | 'place' | 'from' | 'to', type: 'text' | 'date' = 'text') => (
    <TextField
      id={`${id}-${field}`}
      label={t(`form.${field}`)}
      value={f[field]}
      type={type}
      onChange={(v) => set({ [field]: v })}
      error={errors.fields[field]}
    />
  );

  return (
    <form
      className="meeting-form card"
      noValidate
      aria-labelledby={`${id}-h`}
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-h`}>{props.heading}</h2>
      {text('title')}
      {text('place')}
      <div className="meeting-dates">
        {text('from', 'date')}
        {text('to', 'date')}
      </div>
      <fieldset
        id={`${id}-coChairs`}
        tabIndex={-1}
        className="meeting-cochairs"
        aria-describedby={`${id}-coChairs-hint${errors.fields.coChairs ? ` ${id}-coChairs-error` : ''}`}
      >
        <legend>{t('form.coChairs')}</legend>
        <p id={`${id}-coChairs-hint`} className="note">
          {t('form.coChairsHint')}
        </p>
        {errors.fields.coChairs && (
          <FieldError id={`${id}-coChairs-error`} message={errors.fields.coChairs} />
        )}
        {f.coChairs.map((row, i) => (
          <CoChairFieldset
            key={i}
            prefix={id}
            field={`coChairs.${i}`}
            n={i + 1}
            row={row}
            errors={errors}
            onChange={(patch) => setRow(i, patch)}
            onRemove={() => set({ coChairs: f.coChairs.filter((_, j) => j !== i) })}
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => set({ coChairs: [...f.coChairs, EMPTY_CO_CHAIR] })}
        >
          {t('form.addCoChair')}
        </button>
      </fieldset>
      <label className="radio meeting-published">
        <input
          id={`${id}-published`}
          type="checkbox"
          checked={f.published}
          onChange={(e) => set({ published: e.target.checked })}
        />{' '}
        {t('form.published')}
      </label>
      <SaveErrors errors={errors} />
      <div className="controls">
        <button type="submit" disabled={busy}>
          {busy ? t('form.saving') : props.submitLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One co-chair: name, title, country, organisation; the server's message about the row as a whole. */
function CoChairFieldset(props: {
  prefix: string;
  /** `coChairs.<row>`: the form's name of the row, as errors are keyed. */
  field: string;
  n: number;
  row: CoChairRow;
  errors: FormErrors;
  onChange: (patch: Partial<CoChairRow>) => void;
  onRemove: () => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const { field, row } = props;
  const id = `${props.prefix}-${field}`;
  const rowError = props.errors.fields[field];
  const label = (k: (typeof CO_CHAIR_FIELDS)[number]) => t(`form.${k === 'title' ? 'personTitle' : k}`);
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className="meeting-cochair"
      aria-describedby={rowError ? `${id}-error` : undefined}
    >
      <legend>{t('form.coChair', { n: props.n })}</legend>
      {rowError && <FieldError id={`${id}-error`} message={rowError} />}
      <div className="meeting-cochair-fields">
        {CO_CHAIR_FIELDS.map((k) => (
          <TextField
            key={k}
            id={`${id}.${k}`}
            label={label(k)}
            value={row[k]}
            onChange={(v) => props.onChange({ [k]: v })}
            error={props.errors.fields[`${field}.${k}`]}
          />
        ))}
      </div>
      <button type="button" className="secondary" onClick={props.onRemove}>
        {t('form.removeCoChair', { n: props.n })}
      </button>
    </fieldset>
  );
}
