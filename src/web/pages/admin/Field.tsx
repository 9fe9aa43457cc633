import type { ReactNode } from 'react';
import type { FieldMessage } from './use-form-errors.ts';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A labelled form field: the label, the control (given its id and ARIA ties), a hint, and the error
 * announced as it appears. The server's messages are English and marked `lang="en"`.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  error: FieldMessage | null;
  children: (control: ControlProps) => ReactNode;
}): ReactNode {
  const { id, error } = props;
  const described = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {props.hint && (
        <p id={`${id}-hint`} className="note admin-hint">
          {props.hint}
        </p>
      )}
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}

export function FieldError(props: { id?: string; message: FieldMessage }): ReactNode {
  return (
    <p id={props.id} className="field-error" role="alert" {...(props.message.server ? { lang: 'en' } : {})}>
      {props.message.text}
    </p>
  );
}

/** A success announced politely (e.g. "User created"). */
export function Done(props: { children: ReactNode }): ReactNode {
  return (
    <p className="status admin-done" role="status">
      {props.children}
    </p>
  );
}
