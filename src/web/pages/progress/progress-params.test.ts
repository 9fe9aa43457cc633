import { describe, expect, it } from 'vitest';
import { parseYear, yearChoices } from './progress-params.ts';

describe('parseYear', () => {
  it.each([
    ['2015', 2030, 2015],
    [' 2000 ', 2015, 2000],
    ['1990', 2015, 1990],
    ['2100', 2030, 2100],
    ['1989', 2015, 2015],
    ['2101', 2030, 2030],
    ['15', 2015, 2015],
    ['2015.5', 2015, 2015],
    ['abcd', 2030, 2030],
    ['', 2030, 2030],
    [null, 2015, 2015],
  ] as const)('%j (fallback %i) → %i', (raw, fallback, expected) => {
    expect(parseYear(raw, fallback)).toBe(expected);
  });
});

describe('yearChoices', () => {
  it('offers base years from 1990 to the year before the latest, targets after the base to 2050', () => {
    const c = yearChoices(2015, 2030, 2025);
    expect(c.bases[0]).toBe(1990);
    expect(c.bases.at(-1)).toBe(2024);
    expect(c.bases).toHaveLength(35);
    expect(c.targets[0]).toBe(2020);
    expect(c.targets.at(-1)).toBe(2050);
  });

  it('starts the targets after a late base year', () => {
    expect(yearChoices(2022, 2030, 2025).targets[0]).toBe(2023);
  });

  it('keeps a shared URL’s choice outside the ranges, in order', () => {
    const c = yearChoices(2015, 2075, 2025);
    expect(c.targets.at(-1)).toBe(2075);
    expect(c.targets.at(-2)).toBe(2050);
    expect(yearChoices(2024, 2030, 2020).bases.at(-1)).toBe(2024);
  });
});
