import { createContext, useContext, type ReactNode } from 'react';
import type { FieldMessage } from './use-form-errors.ts';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * Whether each field's error is announced as it appears (`role="alert"`). False inside a form
 * with an error summary (`<Form announce="summary">`): the summary is announced once instead of
 * every field at the same moment.
 */
export const FieldAlerts = createContext(true);

/**
 * A labelled form field: the label, the control (a render prop given its id and ARIA ties), a
 * hint, and the error: the page's own words, or the server's English marked `lang="en"`.
 */
export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldMessage | null;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}): ReactNode {
  const { id, error, hint } = props;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="note field-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}

/** A one-line input (text, email or date), or a textarea when `rows` is given, in a `Field`. */
export function TextField(props: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: FieldMessage | null;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'date';
  rows?: number;
  className?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  autoFocus?: boolean;
}): ReactNode {
  const { value, onChange, rows, type = 'text', autoComplete, spellCheck, autoFocus, ...field } = props;
  const input = { autoComplete, spellCheck, autoFocus, value };
  return (
    <Field {...field}>
      {(control) =>
        rows ? (
          <textarea {...control} {...input} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...control} type={type} {...input} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}

/** An error: announced unless the form has a summary; the server's English marked so. */
export function FieldError(props: { id?: string; message: FieldMessage }): ReactNode {
  const announce = useContext(FieldAlerts);
  return (
    <p
      id={props.id}
      className="field-error"
      role={announce ? 'alert' : undefined}
      lang={props.message.server ? 'en' : undefined}
    >
      {props.message.text}
    </p>
  );
}
