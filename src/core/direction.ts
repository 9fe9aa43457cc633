/**
 * Which way is progress for an indicator (the catalogue's `direction`, restated here because core
 * does not import the catalogue):
 * - higher-is-better / lower-is-better: a rise / a fall is progress;
 * - parity: the goal is `parityValue` (50 for a women's share, 1 for a female-to-male ratio), and
 *   the distance to it is what counts, in either direction;
 * - neutral (or parity without a value): context, neither way is better.
 */
export interface Orientation {
  readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
  readonly parityValue?: number;
}

/**
 * How far a value is from the best, as a number where lower is better: the value itself (lower is
 * better), its negation (higher is better), or |value − parityValue| (parity). `undefined` when the
 * orientation has no better side (neutral, or parity without a value).
 */
export function shortfall(o: Orientation, value: number): number | undefined {
  switch (o.direction) {
    case 'lower-is-better':
      return value;
    case 'higher-is-better':
      return -value;
    case 'parity':
      return o.parityValue === undefined ? undefined : Math.abs(value - o.parityValue);
    case 'neutral':
      return undefined;
  }
}

/**
 * Progress from `from` to `to`: positive when `to` is better, negative when worse, in the unit of
 * the indicator (for parity, how much closer to parity). `undefined` when neither way is better.
 * Example: GII (lower is better) from 0.233 to 0.182 is +0.051; a women's seat share (parity at 50)
 * from 60 to 45 is +5 (10 → 5 points from parity).
 */
export function improvement(o: Orientation, from: number, to: number): number | undefined {
  const a = shortfall(o, from);
  const b = shortfall(o, to);
  return a === undefined || b === undefined ? undefined : a - b;
}
