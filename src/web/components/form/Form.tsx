import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldAlerts } from './Field.tsx';
import type { FieldMessage } from './use-form-errors.ts';

/**
 * A write form: named by its heading (`<prefix>-h`), busy while it sends (`aria-busy`), checked
 * by the page and the server rather than the browser (`noValidate`), submitted without a reload.
 * `announce="summary"` when the form shows an `ErrorSummary`: its fields' errors are then not
 * announced one by one. The form's id is `<prefix>-form` (for `aria-controls`).
 */
export function Form(props: {
  prefix: string;
  /** None for a form inside a section that has the heading. */
  heading?: ReactNode;
  level?: 2 | 3;
  className?: string;
  busy?: boolean;
  announce?: 'fields' | 'summary';
  onSubmit: () => unknown;
  children: ReactNode;
}): ReactNode {
  const { prefix, heading } = props;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <FieldAlerts.Provider value={props.announce !== 'summary'}>
      <form
        id={`${prefix}-form`}
        className={props.className}
        noValidate
        aria-labelledby={heading === undefined ? undefined : `${prefix}-h`}
        aria-busy={props.busy}
        onSubmit={(e) => {
          e.preventDefault();
          void props.onSubmit();
        }}
      >
        {heading !== undefined && <Heading id={`${prefix}-h`}>{heading}</Heading>}
        {props.children}
      </form>
    </FieldAlerts.Provider>
  );
}

/**
 * After a refused save, announced: how many fields are marked (focus is already on the first),
 * and what was about no field (strings: `common:form`).
 */
export function ErrorSummary(props: {
  errors: { readonly count: number; readonly general: FieldMessage | null };
}): ReactNode {
  const { t } = useTranslation();
  const { count, general } = props.errors;
  if (count === 0 && general === null) return null;
  return (
    <div className="field-error error-summary" role="alert">
      {count > 0 && <p>{t('common:form.summary', { count })}</p>}
      {general !== null && (
        <p>
          {t('common:form.failed')} <span lang={general.server ? 'en' : undefined}>{general.text}</span>
        </p>
      )}
    </div>
  );
}

/** A success announced politely (e.g. "User created"). */
export function Done(props: { children: ReactNode }): ReactNode {
  return (
    <p className="status" role="status">
      {props.children}
    </p>
  );
}
