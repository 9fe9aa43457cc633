import type { MethodResult } from '../core/progress/outcome.ts';
import type { ServiceFailure } from '../services/service-result.ts';
import { CliError } from './io.ts';

/** Number formatting, option parsing and error wording shared by `progress`, `trend` and `aggregate`. */

/** Four significant digits, no exponent, no trailing zeros: 0.1175, 19.59, 30990. */
export function num(v: number): string {
  const rounded = Number(v.toPrecision(4));
  return Math.abs(rounded) >= 1e4 ? rounded.toFixed(0) : String(rounded);
}

/** A signed number: +0.004, -0.202. */
export function signed(v: number): string {
  return v > 0 ? `+${num(v)}` : num(v);
}

/** A fraction as a signed percentage with one decimal: -54.6 %. */
export function pct(fraction: number): string {
  const p = (fraction * 100).toFixed(1);
  return `${fraction > 0 ? '+' : ''}${p} %`;
}

/** A method's category, or why it has none, in a few words. */
export function verdictText<T>(r: MethodResult<T>, category: (t: T) => string): string {
  if (r.ok) return category(r.value);
  return r.reason === 'not-enough-data' ? 'insufficient data' : 'n/a';
}

/** The option each service parameter comes from. */
const OPTION: Readonly<Record<string, string>> = {
  base: '--base',
  targetYear: '--target-year',
  minShare: '--min-share',
  set: '--set',
  source: '--source',
  year: '--year',
  from: '--from',
  to: '--to',
  target: '--target',
  area: '<area>',
  indicator: '<indicator>',
};

/** A service failure as a CLI error naming the option or argument at fault (exit 2 for bad input). */
export function failure(f: ServiceFailure): CliError {
  const where = f.param ? `${OPTION[f.param] ?? f.param}: ` : '';
  return new CliError(`${where}${f.message}`, f.kind === 'invalid' ? 2 : 1);
}

/** Commander parser of an integer year option. */
export function yearOption(option: string) {
  return (raw: string): number => {
    if (!/^\d{4}$/.test(raw.trim()))
      throw new CliError(`${option}: expected a year such as 2015, got "${raw}"`, 2);
    return Number(raw);
  };
}

/** Commander parser of a number option. */
export function numberOption(option: string) {
  return (raw: string): number => {
    if (!/^-?\d+(\.\d+)?$/.test(raw.trim()) && !/^\.\d+$/.test(raw.trim()))
      throw new CliError(`${option}: expected a number such as 0.5, got "${raw}"`, 2);
    return Number(raw);
  };
}
