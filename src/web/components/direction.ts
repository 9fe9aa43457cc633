import type { Direction } from './api-types.ts';

/**
 * The value at parity for an indicator whose goal is parity: 50 for a share in per cent, 1 for a
 * female-to-male ratio; null for other units (then "parity" cannot be judged from one value).
 */
export function parityTarget(unit: string): number | null {
  if (unit === 'percent') return 50;
  if (unit === 'ratio') return 1;
  return null;
}

/**
 * How much better `to` is than `from` given the indicator's direction: positive = progress,
 * negative = setback, in the indicator's unit. For parity it is the reduction of the distance to
 * parity (women's seats 20 % → 30 % gives +10; 60 % → 55 % gives +5). Null when the direction is
 * neutral or parity has no target value for the unit.
 */
export function improvement(direction: Direction, unit: string, from: number, to: number): number | null {
  if (direction === 'higher-is-better') return to - from;
  if (direction === 'lower-is-better') return from - to;
  if (direction === 'parity') {
    const target = parityTarget(unit);
    return target === null ? null : Math.abs(from - target) - Math.abs(to - target);
  }
  return null;
}

/**
 * Orders values best first: ascending when lower is better, by distance to parity for parity
 * indicators, descending otherwise (higher is better, and neutral: largest first).
 */
export function compareBest(direction: Direction, unit: string): (a: number, b: number) => number {
  if (direction === 'lower-is-better') return (a, b) => a - b;
  const target = direction === 'parity' ? parityTarget(unit) : null;
  if (target !== null) return (a, b) => Math.abs(a - target) - Math.abs(b - target);
  return (a, b) => b - a;
}

/**
 * Ranks values best first with ties sharing a rank (1, 2, 2, 4), in the input order. `null`
 * values get no rank.
 */
export function rankValues(values: readonly (number | null)[], compare: (a: number, b: number) => number) {
  const present = values.filter((v): v is number => v !== null).sort(compare);
  return values.map((v) => {
    if (v === null) return null;
    return present.findIndex((p) => compare(p, v) === 0) + 1;
  });
}
