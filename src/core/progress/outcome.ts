import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import { cleanSeries, type NotEnoughData } from '../trend.ts';

/**
 * What every progress method returns: its assessment, or why there is none. `not-enough-data`
 * (from trend.ts) means the series is too short or has a gap; `not-applicable` means the method
 * does not fit the indicator or the question (no target, a neutral indicator, a base at the target).
 */
export interface NotApplicable {
  readonly ok: false;
  readonly reason: 'not-applicable';
  /** In words, naming the input at fault. */
  readonly detail: string;
}

export type MethodResult<T> = { readonly ok: true; readonly value: T } | NotEnoughData | NotApplicable;

export function notApplicable(detail: string): NotApplicable {
  return { ok: false, reason: 'not-applicable', detail };
}

export function notEnoughData(
  gap: NotEnoughData['gap'],
  detail: string,
  missingYears?: readonly number[],
): NotEnoughData {
  return { ok: false, reason: 'not-enough-data', gap, detail, ...(missingYears ? { missingYears } : {}) };
}

/** A numeric target: a value to reach by a year. */
export interface TargetValue {
  readonly value: number;
  readonly year: number;
}

/** The base and latest points a method compares, with the base year that was asked for. */
export interface BaseAndLatest {
  /** The base year asked for (2015 by default). */
  readonly requestedBaseYear: number;
  /** The value in the base year, or in the first later year with a value when the base year has none. */
  readonly base: YearValue;
  readonly latest: YearValue;
  /** The cleaned series (sorted, one value a year). */
  readonly series: readonly YearValue[];
}

/**
 * The base point (the base year, or the first later year with data: the rule of Open SDG's
 * reference implementation) and the latest point, which must be later than the base.
 */
export function baseAndLatest(points: readonly YearValue[], baseYear: number): BaseAndLatest | NotEnoughData {
  const series = cleanSeries(points);
  const base = series.find((p) => p.year >= baseYear);
  const latest = series[series.length - 1];
  if (!base || !latest)
    return notEnoughData('missing-year', `no value in ${baseYear} or later: the base year has no data`, [
      baseYear,
    ]);
  if (latest.year <= base.year)
    return notEnoughData(
      'fewer-than-two-points',
      `only one value from ${baseYear} on (${base.year}): progress needs a later year too`,
    );
  return { requestedBaseYear: baseYear, base, latest, series };
}

/**
 * The desired direction of movement, +1 (up) or −1 (down): from the orientation, or for parity
 * from the side of parity (or of the target) the base value is on. `undefined` when there is no
 * better side (neutral, parity without a value, a base already at parity).
 */
export function desiredDirection(
  orientation: Orientation,
  base: number,
  target?: number,
): 1 | -1 | undefined {
  switch (orientation.direction) {
    case 'higher-is-better':
      return 1;
    case 'lower-is-better':
      return -1;
    case 'parity': {
      const goal = target ?? orientation.parityValue;
      if (goal === undefined || goal === base) return undefined;
      return goal > base ? 1 : -1;
    }
    case 'neutral':
      return undefined;
  }
}
