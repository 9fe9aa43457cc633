import { describe, expect, it } from 'vitest';
import type { SeriesHead } from './progress-types.ts';
import {
  changeText,
  extremeKeys,
  formatSlope,
  parseWindow,
  percentChange,
  projectionAt,
  reasonOf,
  rowTrends,
  seriesYears,
  spanText,
  timeShown,
  windowChoices,
  windowEnds,
  windowParam,
  yearTicks,
} from './trend-analysis.ts';
import { KAZ_GII } from './trend-analysis-fixture.ts';
import type { SeriesTrend, TimeToTarget } from './trend-types.ts';

// Kazakhstan's GII in the bundled data (the API's answer, trend-analysis-fixture.ts): HDR25 0.370 in
// 2000 → 0.168 in 2022 (→ 0.182 in 2023); HDR23-24 0.372 in 2000 → 0.177 in 2022.
const [HDR25, HDR2324] = KAZ_GII.series as [SeriesTrend, SeriesTrend];
const YEARS = seriesYears(KAZ_GII.series);

function head(edition: string, extra: Partial<SeriesHead> = {}): { series: SeriesHead } {
  return {
    series: {
      dataset: 'undp-hdr-composite',
      edition,
      source: edition,
      kind: 'international',
      dims: {},
      breakdown: 'total',
      ...extra,
    },
  };
}

describe('seriesYears', () => {
  it('joins the years of every edition: 2000–2023 (HDR23-24 ends in 2022)', () => {
    expect(YEARS).toHaveLength(24);
    expect([YEARS[0], YEARS[YEARS.length - 1]]).toEqual([2000, 2023]);
    expect(seriesYears([HDR2324])).toHaveLength(23);
  });
});

describe('parseWindow', () => {
  it.each([
    [null, null, {}],
    ['2010', null, { from: 2010 }],
    [null, '2022', { to: 2022 }],
    ['2000', '2022', { from: 2000, to: 2022 }],
    [' 2015 ', '2023', { from: 2015, to: 2023 }],
    // Not years of the series: the GII of Kazakhstan starts in 2000.
    ['1995', '2022', { to: 2022 }],
    ['2010', '2031', { from: 2010 }],
    ['20x0', 'abcd', {}],
    // An empty or reversed window falls back to the whole span rather than a refused request.
    ['2010', '2010', {}],
    ['2015', '2005', {}],
  ] as const)('from=%s to=%s → %j', (from, to, window) => {
    expect(parseWindow(from, to, YEARS)).toEqual(window);
  });
});

describe('windowChoices and windowParam', () => {
  it('offers a start before the end and an end after the start', () => {
    const c = windowChoices(YEARS, { from: 2020, to: 2022 });
    expect(c.from).toEqual(YEARS.filter((y) => y < 2022));
    expect(c.to).toEqual([2021, 2022, 2023]);
    const whole = windowChoices(YEARS, {});
    expect([whole.from[0], whole.from.at(-1), whole.to[0], whole.to.at(-1)]).toEqual([
      2000, 2022, 2001, 2023,
    ]);
  });

  it.each([
    [2000, 'from', null],
    [2010, 'from', '2010'],
    [2023, 'to', null],
    [2022, 'to', '2022'],
  ] as const)('%i as %s → %s in the URL', (year, end, param) => {
    expect(windowParam(year, YEARS, end)).toBe(param);
  });
});

describe('rowTrends', () => {
  it.each([
    ['HDR25', ['HDR25', 'HDR23-24']],
    ['HDR23-24', ['HDR23-24', 'HDR25']],
  ])("puts the row's own edition (%s) first", (edition, order) => {
    expect(rowTrends(KAZ_GII, head(edition)).map((s) => s.series.edition)).toEqual(order);
  });

  it('has nothing for a series the API does not compute (a derived female-to-male ratio)', () => {
    expect(rowTrends(KAZ_GII, head('HDR25', { breakdown: 'female-to-male-ratio' }))).toEqual([]);
    expect(rowTrends(KAZ_GII, head('HDR25', { dims: { sex: 'F' } }))).toEqual([]);
  });
});

describe('the measures in words', () => {
  it('gives the largest improvement of HDR25: 2000–2022, 0.370 → 0.168, −54.6 %', () => {
    if (!HDR25.extremes.ok || !HDR25.extremes.improvement) throw new Error('no improvement');
    expect(changeText('en', HDR25.extremes.improvement, 'index')).toEqual({
      window: '2000–2022',
      from: '0.370',
      to: '0.168',
      absolute: '-0.202',
      relative: '-54.6%',
    });
    expect(changeText('fr', HDR25.extremes.improvement, 'index').relative).toMatch(/^-54,6\s%$/);
  });

  it('gives the largest deterioration of each edition: 2022–2023 in HDR25, 2004–2005 in HDR23-24', () => {
    if (!HDR25.extremes.ok || !HDR2324.extremes.ok) throw new Error('no extremes');
    expect(changeText('en', HDR25.extremes.deterioration!, 'index')).toMatchObject({
      window: '2022–2023',
      absolute: '+0.014',
      relative: '+8.3%',
    });
    expect(changeText('en', HDR2324.extremes.deterioration!, 'index')).toMatchObject({
      window: '2004–2005',
      from: '0.329',
      to: '0.335',
    });
  });

  it('gives the change over the whole span and its CAGR: −50.8 %, −3.0 % a year (HDR25, 2000–2023)', () => {
    if (!HDR25.change.ok || !HDR25.cagr.ok) throw new Error('no change');
    expect(changeText('en', HDR25.change.change, 'index').relative).toBe('-50.8%');
    expect(percentChange('en', HDR25.cagr.cagr)).toBe('-3%');
    expect(percentChange('ru', HDR2324.cagr.ok ? HDR2324.cagr.cagr : undefined)).toMatch(/^-3,3\s%$/);
    expect(percentChange('en', undefined)).toBe('–');
  });

  it.each([
    ['en', -0.00933304347826087, '-0.00933'],
    ['en', -0.008719063545150502, '-0.00872'],
    ['fr', -0.008719063545150502, '-0,00872'],
    // Women's seats (HDR25), points a year.
    ['en', 0.43763371595721917, '+0.438'],
    ['en', 0, '0'],
  ] as const)('formats a slope in %s: %f → %s', (lang, slope, text) => {
    expect(formatSlope(lang, slope)).toBe(text);
  });

  it('names the extremes of a neutral indicator a rise and a fall', () => {
    expect(extremeKeys('lower-is-better').improvement).toBe('trend.largestImprovement');
    expect(extremeKeys('neutral')).toEqual({
      improvement: 'trend.largestRise',
      deterioration: 'trend.largestFall',
    });
  });
});

describe('windowEnds', () => {
  it.each([
    [2000, 'start', undefined],
    [2010, undefined, undefined],
    [2022, 'end', 'start'],
    [2023, undefined, 'end'],
  ] as const)('HDR25, %i: improvement %s, deterioration %s', (year, improvement, deterioration) => {
    if (!HDR25.extremes.ok) throw new Error('no extremes');
    expect(windowEnds(HDR25.extremes, year)).toEqual({ improvement, deterioration });
  });
});

describe('projectionAt', () => {
  it.each([
    // The API's own projections to 2030 (HDR25, 2000–2023).
    ['none', 2030, 0.08825536231884001],
    ['recency', 2030, 0.09726040133779179],
    // Another target year: the same lines read at 2035.
    ['none', 2035, 19.034333623188406 - 0.00933304347826087 * 2035],
    ['recency', 2035, 17.796959397993312 - 0.008719063545150502 * 2035],
  ] as const)('%s line in %i → %f', (weighting, year, value) => {
    const p = projectionAt(HDR25, weighting, year, KAZ_GII.projectionYear);
    if (!p.ok) throw new Error('no projection');
    expect(p.year).toBe(year);
    expect(p.value).toBeCloseTo(value, 9);
  });

  it('says why when there is no line (one value in the window)', () => {
    const gap = {
      ok: false,
      reason: 'not-enough-data',
      gap: 'fewer-than-two-points',
      detail: 'the series has 1 point(s); a line needs two years',
    } as const;
    const one: SeriesTrend = {
      ...HDR25,
      fits: { none: gap, recency: gap },
      projections: { none: gap, recency: gap },
    };
    expect(projectionAt(one, 'none', 2035, 2030)).toEqual(gap);
  });
});

describe('reasonOf', () => {
  it.each([
    [
      {
        ok: false,
        reason: 'not-enough-data',
        gap: 'missing-year',
        detail: 'no value for 1995',
        missingYears: [1995],
      },
      'trend.reason.missing-year',
      [1995],
    ],
    [
      {
        ok: false,
        reason: 'not-enough-data',
        gap: 'fewer-than-two-points',
        detail: 'the series has 0 point(s); a change needs two',
      },
      'trend.reason.fewer-than-two-points',
      [],
    ],
    [
      {
        ok: false,
        reason: 'not-applicable',
        detail: 'no target: the indicator has no SDG, national or parity target; give one',
      },
      'trend.reason.not-applicable',
      [],
    ],
  ] as const)('%j → %s', (r, key, years) => {
    expect(reasonOf(r)).toEqual({ key, years });
  });
});

describe('timeShown', () => {
  const latest = { year: 2023, value: 19.59459459 };
  it.each([
    // Women's seats in Kazakhstan (HDR25) towards the SDG 5.5 target of 50 %: 69.5 years at the
    // linear pace, 57.1 at the compound pace.
    [
      { status: 'on-course', latest, years: 69.47683485376679, year: 2092.476834853767, pacePerYear: 0.4376 },
      { kind: 'years', years: 69, digits: 0, year: 2093 },
    ],
    [
      { status: 'on-course', latest, years: 5.26, year: 2028.26, pacePerYear: 1 },
      { kind: 'years', years: 5.3, digits: 1, year: 2029 },
    ],
    [{ status: 'not-at-this-pace', latest, pacePerYear: -0.1 }, { kind: 'never' }],
    [{ status: 'reached', latest }, { kind: 'reached' }],
  ] as const)('%j → %j', (time, shown) => {
    expect(timeShown(time as TimeToTarget)).toEqual(shown);
  });
});

describe('spanText and yearTicks', () => {
  it.each([
    [HDR25.points, '2000–2023', 5],
    [HDR25.points.slice(-2), '2022–2023', [2022, 2023]],
    [HDR25.points.slice(-1), '2023', [2023]],
    [HDR25.points.slice(-7), '2017–2023', [2017, 2018, 2019, 2020, 2021, 2022, 2023]],
    [HDR25.points.slice(-8), '2016–2023', 5],
    [[], '–', 5],
  ] as const)('%# → %s, ticks %j', (points, span, ticks) => {
    expect(spanText(points)).toBe(span);
    expect(yearTicks(points.map((p) => p.year))).toEqual(ticks);
  });
});
