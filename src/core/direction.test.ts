import { describe, expect, it } from 'vitest';
import { improvement, shortfall, type Orientation } from './direction.ts';

const GII: Orientation = { direction: 'lower-is-better' };
const HDI: Orientation = { direction: 'higher-is-better' };
const SEATS: Orientation = { direction: 'parity', parityValue: 50 };
const GDI: Orientation = { direction: 'parity', parityValue: 1 };
const POPULATION: Orientation = { direction: 'neutral' };
const PARITY_WITHOUT_VALUE: Orientation = { direction: 'parity' };

describe(shortfall, () => {
  it.each<[string, Orientation, number, number | undefined]>([
    ['GII KAZ 2023 (HDR25)', GII, 0.182, 0.182],
    ['HDI', HDI, 0.837, -0.837],
    ['seats below parity', SEATS, 19.6, 30.4],
    ['seats above parity', SEATS, 60, 10],
    ['GDI below parity', GDI, 0.975, 0.025],
    ['neutral', POPULATION, 19.6, undefined],
    ['parity without a value', PARITY_WITHOUT_VALUE, 19.6, undefined],
  ])('%s', (_name, o, value, expected) => {
    const s = shortfall(o, value);
    if (expected === undefined) expect(s).toBeUndefined();
    else expect(s).toBeCloseTo(expected, 12);
  });
});

describe(improvement, () => {
  it.each<[string, Orientation, number, number, number | undefined]>([
    // KAZ GII in HDR25: 0.233 in 2013, 0.182 in 2023; UZB 0.275 → 0.291.
    ['KAZ GII fell: progress', GII, 0.233, 0.182, 0.051],
    ['UZB GII rose: regress', GII, 0.275, 0.291, -0.016],
    ['HDI rose: progress', HDI, 0.8, 0.837, 0.037],
    ['seats moved towards parity from above', SEATS, 60, 45, 5],
    ['seats overshooting parity by more', SEATS, 45, 58, -3],
    ['neutral has no progress', POPULATION, 1, 2, undefined],
  ])('%s', (_name, o, from, to, expected) => {
    const d = improvement(o, from, to);
    if (expected === undefined) expect(d).toBeUndefined();
    else expect(d).toBeCloseTo(expected, 12);
  });
});
