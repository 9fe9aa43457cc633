import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrors, type Failure } from './server-errors.ts';

/** An error to show beside a field: the page's own words, or the server's (English, marked so). */
export interface FieldMessage {
  readonly text: string;
  /** True for the server's English text. */
  readonly server: boolean;
}

export interface FormErrors<F extends string> {
  /** The message beside this field, or null. */
  of(field: F): FieldMessage | null;
  /** What belongs to no field, or null. */
  readonly general: FieldMessage | null;
  /** The page's own check found these problems (keys under `problems.` in admin.json). */
  setProblems(problems: Partial<Record<F, string>>): void;
  /** The server refused: each issue beside its field (`fieldOf` maps parameters to fields). */
  setFailure(failure: Failure, fieldOf: Readonly<Partial<Record<string, F>>>): void;
  clear(): void;
}

/**
 * A form's errors: first the page's own checks in the reader's language; then what the server
 * said, each beside the field it named. Focus moves to the first field in error, in `order`, so
 * keyboard and screen reader users land where the fix is (`<prefix>-<field>` is the field's id).
 */
export function useFormErrors<F extends string>(prefix: string, order: readonly F[]): FormErrors<F> {
  const { t } = useTranslation('admin');
  const [problems, setProblemsState] = useState<Partial<Record<F, string>>>({});
  const [fields, setFields] = useState<Partial<Record<F, string>>>({});
  const [general, setGeneral] = useState<FieldMessage | null>(null);

  const focusFirst = useCallback(
    (wrong: Partial<Record<F, unknown>>) => {
      const first = order.find((f) => wrong[f] !== undefined);
      if (first !== undefined)
        requestAnimationFrame(() => document.getElementById(`${prefix}-${first}`)?.focus());
    },
    [prefix, order],
  );

  return {
    of(field) {
      const p = problems[field];
      if (p !== undefined) return { text: t(`problems.${p}`), server: false };
      const s = fields[field];
      return s === undefined ? null : { text: s, server: true };
    },
    general,
    setProblems(p) {
      setProblemsState(p);
      setFields({});
      setGeneral(null);
      focusFirst(p);
    },
    setFailure(failure, fieldOf) {
      const e = serverErrors(failure, fieldOf);
      setProblemsState({});
      setFields(e.fields);
      setGeneral(
        failure.status === 0
          ? { text: t('common:error.network'), server: false }
          : e.general === null
            ? null
            : { text: e.general, server: true },
      );
      focusFirst(e.fields);
    },
    clear() {
      setProblemsState({});
      setFields({});
      setGeneral(null);
    },
  };
}
