import type { Diagnostic } from './diagnostic.ts';
import type { Dimensions, ParseResult, ParsedObservation } from './types.ts';

/** What validation needs to know of an indicator (a slice of the catalogue entry). */
export interface IndicatorRule {
  readonly unit: string;
  readonly valid?: { readonly min?: number; readonly max?: number };
}

/** Canonical text form of dimensions, sorted by key: `age=Y_GE15;sex=F`, '' for the total. */
export function dimsKey(dims: Dimensions): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join(';');
}

/**
 * Checks that every importer needs and none should repeat: the indicator is in the catalogue
 * (a whole-file problem, so it is returned as `unknownIndicators`), the value is within the
 * indicator's valid range (a negative share is rejected, not stored), and no key appears twice
 * (the second occurrence is rejected, pointing at the first).
 */
export function validateParsed(
  file: string,
  result: ParseResult,
  rules: (code: string) => IndicatorRule | undefined,
): { observations: ParsedObservation[]; rejected: Diagnostic[]; unknownIndicators: string[] } {
  const seen = new Map<string, number>();
  const unknown = new Set<string>();
  const observations: ParsedObservation[] = [];
  const rejected: Diagnostic[] = [...result.rejected];
  for (const o of result.observations) {
    const rule = rules(o.indicator);
    if (!rule) {
      unknown.add(o.indicator);
      continue;
    }
    const where = { file, line: o.line, column: o.column, field: o.field };
    const range = rangeProblem(o.value, rule);
    if (range) {
      rejected.push({ ...where, message: range });
      continue;
    }
    const key = `${o.indicator}|${o.area}|${o.period}|${dimsKey(o.dims)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({
        ...where,
        message: `duplicate of line ${first} (same indicator, area, period and dimensions)`,
      });
      continue;
    }
    seen.set(key, o.line);
    observations.push(o);
  }
  rejected.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { observations, rejected, unknownIndicators: [...unknown].sort() };
}

function rangeProblem(value: number | null, rule: IndicatorRule): string | undefined {
  if (value === null) return undefined;
  const { min, max } = rule.valid ?? {};
  if (min !== undefined && value < min) return `expected a value ≥ ${min} (${rule.unit}), got ${value}`;
  if (max !== undefined && value > max) return `expected a value ≤ ${max} (${rule.unit}), got ${value}`;
  return undefined;
}
