import { describe, expect, it } from 'vitest';
import { KAZ_CHECK } from './claims-fixture.ts';
import type { ClaimCheck, SeriesMeta } from './claims-types.ts';
import { evidenceGroups, highlightWindow, seriesKey, seriesLabels, statedRule } from './evidence.ts';

const [gii, quota, leadership] = KAZ_CHECK.claims as [ClaimCheck, ClaimCheck, ClaimCheck];

describe('evidenceGroups', () => {
  it('draws the GII claim as one chart of both HDR editions', () => {
    const groups = evidenceGroups(gii);
    expect(groups.map((g) => g.key)).toEqual(['gii|index']);
    expect(groups[0]!.labels).toEqual(['HDR25', 'HDR23-24']);
    // The two claimed readings and the closest one (HDR25 2000–2022), which is not among the findings.
    expect(groups[0]!.findings.map((f) => `${f.series.source} ${f.years.join('–')}`)).toEqual([
      'HDR25 2000–2023',
      'HDR23-24 2000–2022',
      'HDR25 2000–2022',
    ]);
  });

  it('draws the quota claim’s seat shares as one chart of five sources, without the quota itself', () => {
    const groups = evidenceGroups(quota);
    expect(groups.map((g) => g.key)).toEqual(['women-parliament-seats|percent']);
    expect(groups[0]!.labels).toEqual([
      'HDR25',
      'HDR23-24',
      'WDI 2022-02-15',
      'UNSD minimum set 2021-09-30',
      'national SDG platform 2024-10-24',
    ]);
  });

  it('gives each line the points the check carries for its series', () => {
    const [group] = evidenceGroups(gii);
    // HDR25 2000–2023 (0.370 → 0.168 in 2022 → 0.182), HDR23-24 2000–2022 (0.372 → 0.177).
    expect(group!.points.map((p) => [p.length, p[0], p.at(-1)])).toEqual([
      [24, { year: 2000, value: 0.37 }, { year: 2023, value: 0.182 }],
      [23, { year: 2000, value: 0.372 }, { year: 2022, value: 0.177 }],
    ]);
    expect(group!.points[0]).toContainEqual({ year: 2022, value: 0.168 });
  });

  it('matches points to series by breakdown, whatever the order of the dims', () => {
    const [group] = evidenceGroups(quota);
    // The national series: SG_GEN_PARL in percent, 2011–2023, ending at 23.0.
    expect(group!.points[4]).toHaveLength(13);
    expect(group!.points[4]!.at(-1)).toEqual({ year: 2023, value: 23 });
    const reordered = {
      ...quota,
      series: quota.series.map((s) => ({ ...s, dims: Object.fromEntries(Object.entries(s.dims).reverse()) })),
    };
    expect(evidenceGroups(reordered)[0]!.points).toEqual(group!.points);
  });

  it.each([gii, quota, leadership])('finds on its line every value a finding used (claim %#)', (check) => {
    for (const g of evidenceGroups(check))
      for (const f of g.findings) {
        const points = g.points[g.series.findIndex((s) => seriesKey(s) === seriesKey(f.series))]!;
        expect(f.years.map((year) => points.find((p) => p.year === year)?.value)).toEqual(f.values);
      }
  });

  it('draws no points for a series the check does not carry', () => {
    const check: ClaimCheck = { ...gii, series: gii.series.slice(1) };
    expect(evidenceGroups(check)[0]!.points.map((p) => p.length)).toEqual([0, 23]);
  });

  it('gives each concept of the leadership context its own chart', () => {
    expect(evidenceGroups(leadership).map((g) => g.key)).toEqual([
      'women-ministers|percent',
      'women-parliament-seats|percent',
      'women-managers|percent',
    ]);
  });
});

describe('seriesLabels', () => {
  const s = (source: string, dimsLabel: string) => ({ source, dimsLabel }) as SeriesMeta;
  it('adds the breakdown only where two series share a source', () => {
    expect(seriesLabels([s('HDR25', 'sex=F'), s('HDR25', 'sex=M'), s('WDI 2022-02-15', 'total')])).toEqual([
      'HDR25 (sex=F)',
      'HDR25 (sex=M)',
      'WDI 2022-02-15',
    ]);
  });
});

describe('highlightWindow', () => {
  it('shades the closest window when the claim names no years', () => {
    expect(highlightWindow(gii, evidenceGroups(gii)[0]!)).toEqual({ from: 2000, to: 2022, why: 'closest' });
  });

  it.each([
    [
      { from: 2010, to: 2020 },
      { from: 2010, to: 2020, why: 'claimed' },
    ],
    [{ to: 2015 }, { from: 2015, to: 2015, why: 'claimed' }],
  ])('shades the years the claim names: %j', (years, window) => {
    const check = { ...gii, claim: { ...gii.claim, years } };
    expect(highlightWindow(check, evidenceGroups(check)[0]!)).toEqual(window);
  });

  it('shades where a claim holds when it is partly supported', () => {
    const holding = { ...gii.findings[1]!, matches: true };
    const check: ClaimCheck = {
      ...gii,
      closest: undefined,
      verdict: 'partly-supported',
      findings: [gii.findings[0]!, holding],
    };
    expect(highlightWindow(check, evidenceGroups(check)[0]!)).toEqual({ from: 2000, to: 2022, why: 'holds' });
  });

  it('shades the years read for context series', () => {
    expect(highlightWindow(leadership, evidenceGroups(leadership)[0]!)).toEqual({
      from: 2014,
      to: 2019,
      why: 'read',
    });
  });

  it('shades nothing for a quota’s seat shares (one year each)', () => {
    expect(highlightWindow(quota, evidenceGroups(quota)[0]!)).toBeUndefined();
  });
});

describe('statedRule', () => {
  it('draws the level a 60% fall from HDR25’s 0.370 in 2000 implies: 0.148', () => {
    const rule = statedRule(gii, evidenceGroups(gii)[0]!);
    expect(rule).toMatchObject({ why: 'implied', base: { year: 2000, value: 0.37, source: 'HDR25' } });
    expect(rule?.value).toBeCloseTo(0.148, 6);
  });

  it('draws the quota threshold over the seat shares', () => {
    expect(statedRule(quota, evidenceGroups(quota)[0]!)).toEqual({ why: 'threshold', value: 30 });
  });

  it('draws nothing for a direction', () => {
    expect(statedRule(leadership, evidenceGroups(leadership)[0]!)).toBeUndefined();
  });

  it.each([
    [{ kind: 'change', direction: 'increase', amount: 10, unit: 'points' }, 0.37 + 10],
    [{ kind: 'change', direction: 'decrease', amount: 2, unit: 'times' }, 0.185],
    [{ kind: 'change', direction: 'increase', amount: 50, unit: 'percent' }, 0.555],
    [{ kind: 'level', value: 0.168, unit: 'number', comparator: 'about' }, 0.168],
  ] as const)('%j → %d', (assertion, value) => {
    const check = { ...gii, claim: { ...gii.claim, assertion } };
    expect(statedRule(check, evidenceGroups(check)[0]!)?.value).toBeCloseTo(value, 6);
  });

  it('draws no stated percentage over an index', () => {
    const check = {
      ...gii,
      claim: {
        ...gii.claim,
        assertion: { kind: 'level', value: 27, unit: 'percent', comparator: 'about' } as const,
      },
    };
    expect(statedRule(check, evidenceGroups(check)[0]!)).toBeUndefined();
  });
});

describe('seriesKey', () => {
  it('keys a series by indicator, source edition and breakdown, whatever the order of its dims', () => {
    const a = {
      indicator: 'sdg.5.5.1',
      dataset: 'open-sdg-kaz',
      edition: '2024-10-24',
      dims: { unit: 'PT', series: 'SG_GEN_PARL' },
    };
    const b = { ...a, dims: { series: 'SG_GEN_PARL', unit: 'PT' } };
    expect(seriesKey(a)).toBe('sdg.5.5.1|open-sdg-kaz|2024-10-24|series:SG_GEN_PARL,unit:PT');
    expect(seriesKey(b)).toBe(seriesKey(a));
  });
});
