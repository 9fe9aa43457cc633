import type { Direction } from '../../components/api-types.ts';
import { improvement } from '../../components/direction.ts';
import type { Mover } from './overview-types.ts';

export interface SplitMovers<M = Mover> {
  /** True when the indicator has a direction: the lists are "improved" / "declined". */
  readonly judged: boolean;
  /** Improved (or, for neutral indicators, rose) most first. */
  readonly up: M[];
  /** Declined (or fell) most first. */
  readonly down: M[];
}

/**
 * Splits the overview's movers by whether they progressed, as the indicator's direction says (a
 * falling GII is progress; women's seats moving towards 50 % is progress), largest first, at most
 * `limit` each. Movers with no change are left out. For neutral indicators (and parity without a
 * target value) the lists are simply rises and falls.
 */
export function splitMovers<M extends Pick<Mover, 'from' | 'to'>>(
  movers: readonly M[],
  direction: Direction,
  unit: string,
  limit = 5,
): SplitMovers<M> {
  const scored = movers.map((m) => ({ m, gain: improvement(direction, unit, m.from.value, m.to.value) }));
  const judged = scored.every((s) => s.gain !== null) && direction !== 'neutral';
  const score = (s: (typeof scored)[number]): number =>
    judged ? (s.gain ?? 0) : s.m.to.value - s.m.from.value;
  const up = scored.filter((s) => score(s) > 0).sort((a, b) => score(b) - score(a));
  const down = scored.filter((s) => score(s) < 0).sort((a, b) => score(a) - score(b));
  return { judged, up: up.slice(0, limit).map((s) => s.m), down: down.slice(0, limit).map((s) => s.m) };
}
