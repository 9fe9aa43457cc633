import { describe, expect, it } from 'vitest';
import type { Mover } from './overview-types.ts';
import { splitMovers } from './movers.ts';

// What the split reads of a mover (the server's `progress` and `kind` are its own verdict).
function mover(iso3: string, from: number, to: number): Omit<Mover, 'progress' | 'kind'> {
  return {
    iso3,
    name: iso3,
    from: { year: 2013, value: from },
    to: { year: 2023, value: to },
    change: to - from,
  };
}

describe('splitMovers', () => {
  // GII, lower is better: a fall is an improvement.
  const gii = [
    mover('KAZ', 0.3, 0.182),
    mover('TJK', 0.3, 0.25),
    mover('ARM', 0.25, 0.27),
    mover('MDA', 0.2, 0.2),
  ];

  it('judges GII falls as improvements, largest first', () => {
    const s = splitMovers(gii, 'lower-is-better', 'index');
    expect(s.judged).toBe(true);
    expect(s.up.map((m) => m.iso3)).toEqual(['KAZ', 'TJK']);
    expect(s.down.map((m) => m.iso3)).toEqual(['ARM']);
  });

  it('judges women’s seats by the distance to 50 %', () => {
    const seats = [mover('SWE', 47, 46), mover('KAZ', 20, 27.1), mover('AND', 46, 60)];
    const s = splitMovers(seats, 'parity', 'percent');
    expect(s.up.map((m) => m.iso3)).toEqual(['KAZ']);
    expect(s.down.map((m) => m.iso3)).toEqual(['AND', 'SWE']);
  });

  it.each([
    ['neutral', 'millions'],
    ['parity', 'index'],
  ] as const)('lists rises and falls for %s %s', (direction, unit) => {
    const s = splitMovers(gii, direction, unit);
    expect(s.judged).toBe(false);
    expect(s.up.map((m) => m.iso3)).toEqual(['ARM']);
    expect(s.down.map((m) => m.iso3)).toEqual(['KAZ', 'TJK']);
  });

  it('keeps at most `limit` per list', () => {
    const many = Array.from({ length: 8 }, (_, i) => mover(`C${i}`, 10, 11 + i));
    expect(splitMovers(many, 'higher-is-better', 'years', 5).up).toHaveLength(5);
  });
});
