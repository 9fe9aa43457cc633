/**
 * Results of index computations. A computation that cannot be done returns a typed failure, never
 * `NaN`, `null` or an exception, so that callers can show *why* an index is absent.
 *
 * `K` is the union of input names of the computation (e.g. `'mmr' | 'abr' | …` for the GII), so a
 * failure names its inputs in the same words as the function's parameters.
 */

/** An input that was given but cannot be used, with what was expected instead. */
export interface InvalidInput<K extends string = string> {
  readonly input: K;
  /** The value received; `NaN` when it was not a number at all. */
  readonly value: number;
  readonly expected: string;
}

/** One or more required inputs were absent (`undefined` or `null`). Nothing is imputed. */
export interface MissingInputs<K extends string = string> {
  readonly ok: false;
  readonly reason: 'missing-inputs';
  /** Every missing input, in the order the computation declares its inputs. */
  readonly missing: readonly K[];
}

/** One or more inputs were present but out of their domain (NaN, infinite, negative, share > 100 %). */
export interface InvalidInputs<K extends string = string> {
  readonly ok: false;
  readonly reason: 'invalid-inputs';
  readonly invalid: readonly InvalidInput<K>[];
}

/** All inputs were valid but the formula has no value there (e.g. a division by a zero index). */
export interface UndefinedResult {
  readonly ok: false;
  readonly reason: 'undefined-result';
  readonly detail: string;
}

export type IndexFailure<K extends string = string> = MissingInputs<K> | InvalidInputs<K> | UndefinedResult;

/**
 * A computed index: `value` at full precision, `rounded` to 3 decimals (half away from zero, the
 * way UNDP publishes), and every intermediate value in `components` for audit.
 */
export interface IndexSuccess<C> {
  readonly ok: true;
  readonly value: number;
  readonly rounded: number;
  readonly components: C;
}

export type IndexResult<C, K extends string = string> = IndexSuccess<C> | IndexFailure<K>;

/** A computation that yields a structured value rather than a single index. */
export type Outcome<T, K extends string = string> =
  { readonly ok: true; readonly value: T } | IndexFailure<K>;

/** The domain check for one input: a predicate and the words shown when it fails. */
export interface InputRule {
  readonly expected: string;
  readonly accepts: (value: number) => boolean;
}

/**
 * Checks raw inputs against their rules, in the rules' key order. Missing inputs (`undefined` or
 * `null`) take precedence: when any is missing the result names all missing inputs and does not
 * report invalid ones. Non-numbers and `NaN` are invalid, whatever the rule says.
 */
export function readInputs<K extends string>(
  inputs: Partial<Record<K, number | null>>,
  rules: Readonly<Record<K, InputRule>>,
): Outcome<Record<K, number>, K> {
  const names = Object.keys(rules) as K[];
  const missing = names.filter((name) => inputs[name] === undefined || inputs[name] === null);
  if (missing.length > 0) return { ok: false, reason: 'missing-inputs', missing };
  const invalid: InvalidInput<K>[] = [];
  const values = {} as Record<K, number>;
  for (const name of names) {
    const raw: unknown = inputs[name];
    const value = typeof raw === 'number' ? raw : Number.NaN;
    const rule = rules[name];
    if (Number.isNaN(value) || !rule.accepts(value))
      invalid.push({ input: name, value, expected: rule.expected });
    values[name] = value;
  }
  if (invalid.length > 0) return { ok: false, reason: 'invalid-inputs', invalid };
  return { ok: true, value: values };
}

/** Rule: a finite number ≥ 0, in the unit named. */
export function nonNegative(unit: string): InputRule {
  return { expected: `a finite number ≥ 0 (${unit})`, accepts: (v) => Number.isFinite(v) && v >= 0 };
}

/** Rule: a percentage from 0 to 100 inclusive. */
export const PERCENTAGE: InputRule = {
  expected: 'a percentage from 0 to 100',
  accepts: (v) => Number.isFinite(v) && v >= 0 && v <= 100,
};

/** Rule: a proportion from 0 to 1 inclusive. */
export const PROPORTION: InputRule = {
  expected: 'a proportion from 0 to 1',
  accepts: (v) => Number.isFinite(v) && v >= 0 && v <= 1,
};
