import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/client.ts';
import { FieldError, TextField } from '../../components/form/Field.tsx';
import { ErrorSummary, Form } from '../../components/form/Form.tsx';
import { useFormErrors, type FormErrors } from '../../components/form/use-form-errors.ts';
import {
  coChairParam,
  EMPTY_CO_CHAIR,
  meetingBody,
  type CoChairRow,
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
  const errors = useFormErrors(id, order);

  const submit = async () => {
    const { body, rowOf } = meetingBody(f);
    const r = await errors.send(props.send(body));
    if (r.ok) return props.onSaved(r.data);
    const rename = coChairParam(rowOf);
    errors.setFailure(r, (param) => order.find((field) => field === rename(param)));
  };

  const text = (field: 'title' | 'place' | 'from' | 'to', type: 'text' | 'date' = 'text') => (
    <TextField
      id={`${id}-${field}`}
      label={t(`form.${field}`)}
      value={f[field]}
      type={type}
      onChange={(v) => set({ [field]: v })}
      error={errors.of(field)}
    />
  );

  const coChairsError = errors.of('coChairs');
  return (
    <Form
      prefix={id}
      className="meeting-form card"
      heading={props.heading}
      busy={errors.busy}
      announce="summary"
      onSubmit={submit}
    >
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
        aria-describedby={`${id}-coChairs-hint${coChairsError ? ` ${id}-coChairs-error` : ''}`}
      >
        <legend>{t('form.coChairs')}</legend>
        <p id={`${id}-coChairs-hint`} className="note">
          {t('form.coChairsHint')}
        </p>
        {coChairsError && <FieldError id={`${id}-coChairs-error`} message={coChairsError} />}
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
      <ErrorSummary errors={errors} />
      <div className="controls">
        <button type="submit" disabled={errors.busy}>
          {errors.busy ? t('form.saving') : props.submitLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </Form>
  );
}

/** One co-chair: name, title, country, organisation; the server's message about the row as a whole. */
function CoChairFieldset(props: {
  prefix: string;
  /** `coChairs.<row>`: the form's name of the row, as errors are keyed. */
  field: string;
  n: number;
  row: CoChairRow;
  errors: FormErrors<string>;
  onChange: (patch: Partial<CoChairRow>) => void;
  onRemove: () => void;
}): ReactNode {
  const { t } = useTranslation('meetings');
  const { field, row } = props;
  const id = `${props.prefix}-${field}`;
  const rowError = props.errors.of(field);
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
            error={props.errors.of(`${field}.${k}`)}
          />
        ))}
      </div>
      <button type="button" className="secondary" onClick={props.onRemove}>
        {t('form.removeCoChair', { n: props.n })}
      </button>
    </fieldset>
  );
}
