import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverErrors, type Failure, type FieldOf } from './server-errors.ts';

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
  /** How many fields are in error (for the error summary). */
  readonly count: number;
  /** The page's own check found these problems (codes, worded under the hook's `problemKeys`). */
  setProblems(problems: Partial<Record<F, string>>): void;
  /**
   * The server refused: each issue beside its field. Without `fieldOf`, a parameter goes to the
   * field of the same name in the form's `order`.
   */
  setFailure(failure: Failure, fieldOf?: FieldOf<F>): void;
  clear(): void;
  /** True while `send` waits (the form's `aria-busy`, its submit button disabled). */
  readonly busy: boolean;
  /** Clears the errors and is busy until the request settles; its answer is the caller's to show. */
  send<T>(request: Promise<T>): Promise<T>;
}

/** What a form holds: the page's problem codes or the server's words by field, and the rest. */
export interface ErrorState<F extends string> {
  readonly problems: Partial<Record<F, string>>;
  readonly fields: Partial<Record<F, string>>;
  readonly general: FieldMessage | null;
}

const NO_ERRORS: ErrorState<never> = { problems: {}, fields: {}, general: null };

/** A refused request as the form's errors; `network` words a request that never reached the server. */
export function failureErrors<F extends string>(
  failure: Failure,
  fieldOf: FieldOf<F>,
  network: string,
): ErrorState<F> {
  if (failure.status === 0) return { problems: {}, fields: {}, general: { text: network, server: false } };
  const e = serverErrors(failure, fieldOf);
  return {
    problems: {},
    fields: e.fields,
    general: e.general === null ? null : { text: e.general, server: true },
  };
}

/** The message beside `field`: the page's own problem (worded by `word`) before the server's. */
export function messageOf<F extends string>(
  state: ErrorState<F>,
  field: F,
  word: (problem: string) => string,
): FieldMessage | null {
  const p = state.problems[field];
  if (p !== undefined) return { text: word(p), server: false };
  const s = state.fields[field];
  return s === undefined ? null : { text: s, server: true };
}

/** The first field in `order` that `wrong` has an entry for. */
export function firstInError<F extends string>(
  order: readonly F[],
  wrong: Partial<Record<F, unknown>>,
): F | undefined {
  return order.find((f) => wrong[f] !== undefined);
}

/**
 * A form's errors and its request in flight. The errors: first the page's own checks in the
 * reader's language (each problem code worded under `problemKeys`, e.g. `admin:problems`); then
 * what the server said, each beside the field it named. Focus moves to the first field in error, in
 * `order`, so keyboard and screen reader users land where the fix is (`<prefix>-<field>` is the
 * field's id). `order` may change between renders.
 */
export function useFormErrors<F extends string>(
  prefix: string,
  order: readonly F[],
  problemKeys?: string,
): FormErrors<F> {
  const { t } = useTranslation();
  const [state, setState] = useState<ErrorState<F>>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  // After the next paint, so the field is already marked invalid when focus lands on it.
  const show = (next: ErrorState<F>, wrong: Partial<Record<F, unknown>>) => {
    setState(next);
    const first = firstInError(order, wrong);
    if (first !== undefined)
      requestAnimationFrame(() => document.getElementById(`${prefix}-${first}`)?.focus());
  };
  const sameName = (param: string) => order.find((f) => f === param.split('.')[0]);

  return {
    of: (field) => messageOf(state, field, (p) => (problemKeys ? t(`${problemKeys}.${p}`) : p)),
    general: state.general,
    count: Object.keys(state.problems).length + Object.keys(state.fields).length,
    setProblems: (problems) => show({ ...NO_ERRORS, problems }, problems),
    setFailure(failure, fieldOf = sameName) {
      const next = failureErrors(failure, fieldOf, t('common:error.network'));
      show(next, next.fields);
    },
    clear: () => setState(NO_ERRORS),
    busy,
    async send(request) {
      setState(NO_ERRORS);
      setBusy(true);
      try {
        return await request;
      } finally {
        setBusy(false);
      }
    },
  };
}
