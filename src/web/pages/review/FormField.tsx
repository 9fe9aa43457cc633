import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './meeting-form.ts';

/** What a field's control carries: its id, whether it is wrong, and what describes it. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A labelled control with its hint and, after a refused save, the server's message beside it
 * (in English, as the server writes it), tied to the control by `aria-describedby`.
 */
export function Field(props: {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}): ReactNode {
  const { id, error, hint } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="note">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}

/** A one-line text (or date) input, or a textarea when `rows` is given, in a `Field`. */
export function TextField(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'date';
  rows?: number;
  className?: string;
}): ReactNode {
  const { onChange, rows, type = 'text', ...field } = props;
  return (
    <Field {...field}>
      {(control) =>
        rows ? (
          <textarea {...control} rows={rows} value={props.value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...control} type={type} value={props.value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

export function FieldError(props: { id: string; message: string }): ReactNode {
  return (
    <p id={props.id} className="field-error" lang="en">
      {props.message}
    </p>
  );
}

/** After a refused save: how many fields are marked, and what was not about a field; announced. */
export function SaveErrors(props: { errors: FormErrors }): ReactNode {
  const { t } = useTranslation('meetings');
  const count = Object.keys(props.errors.fields).length;
  if (count === 0 && props.errors.general === null) return null;
  return (
    <div className="field-error meeting-errors" role="alert">
      {count > 0 && <p>{t('errors.summary', { count })}</p>}
      {props.errors.general !== null && (
        <p>
          {t('errors.failed')} <span lang="en">{props.errors.general}</span>
        </p>
      )}
    </div>
  );
}

/** Moves focus to the control of the first field (in the form's order) the server marked. */
export function focusFirstError(idPrefix: string, order: readonly string[], errors: FormErrors): void {
  const first = order.find((f) => errors.fields[f] !== undefined);
  if (first !== undefined) document.getElementById(`${idPrefix}-${first}`)?.focus();
}
