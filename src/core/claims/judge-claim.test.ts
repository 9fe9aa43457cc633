import { describe, expect, it } from 'vitest';
import { buildClaimLexicon } from '../../services/claim-lexicon.ts';
import type { Orientation } from '../direction.ts';
import type { ClaimAssertion, ClaimYears, ParsedClaim, QuotaFact, QuotaGroup } from './claim.ts';
import type { EvidenceSeries } from './evidence.ts';
import { judgeClaim } from './judge-claim.ts';
import { STATEMENT_ONLY } from './judge-quota.ts';
import { parseClaims } from './parse-claims.ts';

// Hand-made evidence with the bundled figures of Kazakhstan (data/undp-hdr, data/worldbank-wdi,
// data/unstats-minset, data/open-sdg-kazstat), a few years of each series.

const LOWER: Orientation = { direction: 'lower-is-better' };
const PARITY: Orientation = { direction: 'parity', parityValue: 50 };

function series(
  indicator: string,
  source: string,
  unit: string,
  orientation: Orientation,
  points: Record<number, number>,
  dims: Record<string, string> = {},
): EvidenceSeries {
  const [dataset, edition] = source.startsWith('HDR') ? ['undp-hdr-composite', source] : source.split(' ');
  return {
    indicator,
    name: indicator,
    concept: indicator,
    unit,
    orientation,
    dataset: dataset!,
    edition: edition!,
    source,
    kind: dataset === 'open-sdg-kaz' ? 'national' : 'international',
    dims,
    dimsLabel: Object.keys(dims).length === 0 ? 'total' : JSON.stringify(dims),
    definitionNote: '',
    points: Object.entries(points).map(([year, value]) => ({ year: Number(year), value })),
  };
}

// GII, both editions: HDR25 0.370 (2000) → 0.168 (2022) → 0.182 (2023); HDR23-24 0.372 → 0.177 (2022).
const GII = [
  series('hdr.gii', 'HDR25', 'index', LOWER, {
    2000: 0.37,
    2001: 0.357,
    2003: 0.35,
    2010: 0.27,
    2015: 0.217,
    2018: 0.195,
    2021: 0.182,
    2022: 0.168,
    2023: 0.182,
  }),
  series('hdr.gii', 'HDR23-24', 'index', LOWER, {
    2000: 0.372,
    2001: 0.357,
    2010: 0.266,
    2015: 0.215,
    2017: 0.196,
    2021: 0.181,
    2022: 0.177,
  }),
];
const GII_RANK = [
  series('hdr.gii_rank', 'HDR25', 'rank', LOWER, { 2023: 50 }),
  series('hdr.gii_rank', 'HDR23-24', 'rank', LOWER, { 2022: 42 }),
];
// Women's share of seats: HDR pr_F, UNSD 27.1 (2017–2021), WDI 27.1028 (2016–2020), national SG_GEN_PARL.
const SEATS = [
  series(
    'hdr.pr',
    'HDR25',
    'percent',
    PARITY,
    { 2000: 11.20689655, 2016: 20.77922078, 2020: 24.51612903, 2022: 24.67532468, 2023: 19.59459459 },
    { sex: 'F' },
  ),
  series(
    'unsd.parl_seats',
    'unsd-minset minset-2021-09-30',
    'percent',
    PARITY,
    { 2000: 10.39, 2016: 26.17, 2017: 27.1, 2018: 27.1, 2019: 27.1, 2020: 27.1, 2021: 27.1 },
    { sex: 'F' },
  ),
  series('wdi.SG.GEN.PARL.ZS', 'wdi 2022-02-15', 'percent', PARITY, {
    2000: 10.3896103896104,
    2016: 27.1028037383178,
    2020: 27.1028037383178,
  }),
  series(
    'sdg.5.5.1',
    'open-sdg-kaz 2024-10-24',
    'percent',
    PARITY,
    { 2016: 22.2, 2020: 30.5, 2021: 30.5, 2022: 23, 2023: 23 },
    { series: 'SG_GEN_PARL' },
  ),
];
// Women's share of ministers (unsd.ministers, KAZ): 20 (2014) → 5.6 (2019).
const MINISTERS = [
  series(
    'unsd.ministers',
    'unsd-minset minset-2021-09-30',
    'percent',
    PARITY,
    { 2012: 15.8, 2014: 20, 2015: 13.33, 2017: 5.6, 2019: 5.6 },
    { sex: 'F' },
  ),
];

const KAZ_QUOTA: QuotaFact = {
  id: 'kaz-mazhilis-party-lists',
  country: 'KAZ',
  body: 'lower-chamber',
  kind: 'legislated-candidate-quota',
  appliesTo: 'candidate-lists',
  threshold: 30,
  groups: ['women', 'youth', 'women-with-disabilities'],
  source: 'Kazakhstan, statement at the Beijing+30 Regional Review Meeting',
  sourceKind: 'statement',
};
// Made up for the rule "a quota resting on a legal act supports the claim".
const LEGAL_QUOTA: QuotaFact = {
  ...KAZ_QUOTA,
  id: 'test-legal',
  country: 'TST',
  groups: ['women'],
  source: 'Test electoral code',
  sourceKind: 'legal-act',
};

function claim(
  assertion: ClaimAssertion,
  codes: readonly string[],
  more: { country?: string | null; years?: ClaimYears; subject?: string } = {},
): ParsedClaim {
  return {
    span: { start: 0, end: 10 },
    text: 'a claim',
    language: 'en',
    assertion,
    ...(more.subject ? { subject: { phrase: more.subject, span: { start: 0, end: 1 } } } : {}),
    indicatorCodes: codes,
    ...(more.country === null ? {} : { country: more.country ?? 'KAZ' }),
    years: more.years ?? {},
  };
}

const fall = (amount: number, unit: 'percent' | 'points' | 'times' = 'percent'): ClaimAssertion => ({
  kind: 'change',
  direction: 'decrease',
  amount,
  unit,
});
const rise = (amount: number, unit: 'percent' | 'points' | 'times' = 'percent'): ClaimAssertion => ({
  kind: 'change',
  direction: 'increase',
  amount,
  unit,
});
const level = (value: number, comparator: 'about' | 'at-least' | 'more-than' = 'about'): ClaimAssertion => ({
  kind: 'level',
  value,
  unit: 'percent',
  comparator,
});

describe('judgeClaim: changes', () => {
  it('judges "a 60% reduction in the GII" against both editions: not supported, closest HDR25 2000–2022', () => {
    const r = judgeClaim(claim(fall(60), ['hdr.gii']), GII, []);
    expect(r.verdict).toBe('not-supported');
    // Natural reading: HDR25 2000 → 2023 (0.370 → 0.182) and HDR23-24 2000 → 2022 (0.372 → 0.177).
    expect(r.findings.map((f) => [f.kind === 'series' && f.series.source, f.years, f.computedText])).toEqual([
      ['HDR25', [2000, 2023], '−50.8 %'],
      ['HDR23-24', [2000, 2022], '−52.4 %'],
    ]);
    expect(r.closest).toMatchObject({
      years: [2000, 2022],
      values: [0.37, 0.168],
      computedText: '−54.6 %',
      computation: '(0.168 − 0.370) / 0.370 = −54.6 %',
      matches: false,
      series: { source: 'HDR25' },
    });
    expect(r.closest?.computed).toBeCloseTo(-54.5946, 4);
    expect(r.summary).toBe(
      'Not supported: no source shows a 60 % fall in hdr.gii for KAZ (first to latest year); the closest is HDR25 2000–2022: −54.6 %.',
    );
  });

  it.each([
    // 55 ± 1.375: only HDR25 2000–2022 (−54.6 %) among all windows.
    ['55 % fall, no years', fall(55), {}, 'partly-supported', ['holds only for HDR25 2000–2022: −54.6 %']],
    // 50 ± 1.25: HDR25 2000–2023 −50.8 % holds, HDR23-24 2000–2022 −52.4 % does not.
    ['50 % fall, no years', fall(50), {}, 'partly-supported', ['holds only in HDR25']],
    // 52 ± 1.3 over 2000–2022: HDR23-24 −52.4 % holds, HDR25 −54.6 % does not.
    [
      '52 % fall 2000–2022',
      fall(52),
      { from: 2000, to: 2022 },
      'partly-supported',
      ['holds only in HDR23-24'],
    ],
    // 0.2 points ± 0.05: the natural readings are −0.188 (HDR25) and −0.195 (HDR23-24).
    ['0.2 points fall', fall(0.2, 'points'), {}, 'supported', []],
    // From 2010: HDR25 0.270 → 0.182 = −32.6 %, HDR23-24 0.266 → 0.177 = −33.5 %, both within 33 ± 0.825.
    ['33 % fall since 2010', fall(33), { from: 2010 }, 'supported', []],
  ] as const)('%s → %s', (_label, assertion, years, verdict, qualifiers) => {
    const r = judgeClaim(claim(assertion, ['hdr.gii'], { years }), GII, []);
    expect(r.verdict).toBe(verdict);
    expect(r.qualifiers).toEqual(qualifiers);
  });

  it('requires the claimed direction: a rise of 10 % is not supported; the closest rise is 2022–2023', () => {
    const r = judgeClaim(claim(rise(10), ['hdr.gii']), GII, []);
    expect(r.verdict).toBe('not-supported');
    expect(r.closest).toMatchObject({
      years: [2022, 2023],
      computedText: '+8.3 %',
      series: { source: 'HDR25' },
    });
  });

  it('reads points of a percentage as percentage points, per source', () => {
    // Seats 2000 → 2016: HDR 11.2 → 20.8 (+9.6), UNSD 10.39 → 26.17 (+15.8), WDI 10.39 → 27.10 (+16.7);
    // 16 points ± 0.5 holds only for UNSD.
    const r = judgeClaim(
      claim(rise(16, 'points'), ['wdi.SG.GEN.PARL.ZS'], { years: { from: 2000, to: 2016 } }),
      SEATS,
      [],
    );
    expect(r.verdict).toBe('partly-supported');
    expect(r.findings.map((f) => [f.computedText, f.matches])).toEqual([
      ['+9.6 points', false],
      ['+15.8 points', true],
      ['+16.7 points', false],
    ]);
    expect(r.findings[1]!.computation).toBe('26.2 − 10.4 = +15.8 points');
    expect(r.qualifiers).toEqual([
      'holds only in unsd-minset minset-2021-09-30',
      'no value for 2000–2016 in open-sdg-kaz 2024-10-24',
    ]);
  });

  it('is not checkable when no series has the years named', () => {
    const r = judgeClaim(claim(fall(10), ['hdr.gii'], { years: { from: 1990, to: 1995 } }), GII, []);
    expect(r).toMatchObject({ verdict: 'not-checkable', reason: 'no-years' });
  });
});

describe('judgeClaim: factors as the parser writes them', () => {
  const lexicon = buildClaimLexicon();
  // The parser writes "halved", "fell by half", "вдвое" as a fall by 2 `times`, so the judge reads
  // them within `factorTolerance` (2 ± 0.2, a fall of 44.4–54.5 %), not as "50 %" (±1.25).
  // GII natural readings: HDR25 0.370 / 0.182 = 2.03 (−50.8 %), HDR23-24 0.372 / 0.177 = 2.10 (−52.4 %):
  // "halved" holds in both.
  it.each([
    ["Kazakhstan's GII halved.", fall(2, 'times'), 'supported'],
    ["Kazakhstan's GII fell by half.", fall(2, 'times'), 'supported'],
    ['ИГН Казахстана снизился вдвое.', fall(2, 'times'), 'supported'],
    // Digits are read as stated: −52.4 % is outside 50 ± 1.25.
    ["Kazakhstan's GII fell by 50%.", fall(50), 'partly-supported'],
    // 3 ± 0.3: neither 2.03 nor 2.10.
    ["Kazakhstan's GII fell three-fold.", fall(3, 'times'), 'not-supported'],
  ] as const)('%j → %s', (text, assertion, verdict) => {
    const [c] = parseClaims(text, lexicon);
    expect([c?.assertion, c?.indicatorCodes, c?.country]).toEqual([assertion, ['hdr.gii'], 'KAZ']);
    expect(judgeClaim(c!, GII, []).verdict).toBe(verdict);
  });

  it('says "a halving" and the factors in the summary', () => {
    const [parsed] = parseClaims("Kazakhstan's GII halved.", lexicon);
    expect(judgeClaim(parsed!, GII, []).summary).toBe(
      'Supported: a halving of hdr.gii for KAZ holds in both sources (first to latest year: ' +
        'HDR25 2000–2023: 2.03× and HDR23-24 2000–2022: 2.10×).',
    );
  });
});

describe('judgeClaim: levels and ranks', () => {
  it.each([
    // Latest: HDR25 19.6 (2023), UNSD 27.1 (2021), WDI 27.1 (2020), national 23.0 (2023).
    ['27 %', level(27), {}, 'partly-supported', [false, true, true, false]],
    // 2020: HDR 24.5, UNSD 27.1, WDI 27.1, national 30.5.
    ['30.5 % in 2020', level(30.5), { to: 2020 }, 'partly-supported', [false, false, false, true]],
    ['at least 19 %', level(19, 'at-least'), {}, 'supported', [true, true, true, true]],
    ['over 40 %', level(40, 'more-than'), {}, 'not-supported', [false, false, false, false]],
  ] as const)('women hold %s of seats → %s', (_label, assertion, years, verdict, matches) => {
    const r = judgeClaim(claim(assertion, ['hdr.pr'], { years }), SEATS, []);
    expect(r.verdict).toBe(verdict);
    expect(r.findings.filter((f) => f.role === 'claimed').map((f) => f.matches)).toEqual(matches);
  });

  it('names the years an outdated level held in: 30.5 % only in the national series, 2020–2021', () => {
    const r = judgeClaim(claim(level(30.5), ['hdr.pr']), SEATS, []);
    expect(r.verdict).toBe('partly-supported');
    expect(r.qualifiers).toContain(
      'open-sdg-kaz 2024-10-24 held it in 2020–2021, not in its latest year 2023',
    );
  });

  it('gives the closest latest value when a level holds nowhere', () => {
    const r = judgeClaim(claim(level(40, 'more-than'), ['hdr.pr']), SEATS, []);
    expect(r.closest).toMatchObject({ computedText: '27.1 %', series: { source: 'wdi 2022-02-15' } });
  });

  it('refuses a percentage of an index as ambiguous', () => {
    expect(judgeClaim(claim(level(18), ['hdr.gii']), GII, [])).toMatchObject({
      verdict: 'not-checkable',
      reason: 'ambiguous',
    });
  });

  it.each([
    ['50th', { kind: 'rank', rank: 50 }, {}, 'partly-supported'],
    ['50th in 2023', { kind: 'rank', rank: 50 }, { to: 2023 }, 'supported'],
    ['42nd in 2022', { kind: 'rank', rank: 42 }, { to: 2022 }, 'supported'],
    ['45th', { kind: 'rank', rank: 45 }, {}, 'not-supported'],
  ] as const)('ranked %s by the GII → %s', (_label, assertion, years, verdict) => {
    const r = judgeClaim(claim(assertion, ['hdr.gii'], { years }), [...GII, ...GII_RANK], []);
    expect(r.verdict).toBe(verdict);
  });

  it('says which rank is closest, and that "out of" is not checked', () => {
    const r = judgeClaim(
      claim({ kind: 'rank', rank: 45, outOf: 193 }, ['hdr.gii']),
      [...GII, ...GII_RANK],
      [],
    );
    expect(r.closest).toMatchObject({ computedText: '42nd', series: { source: 'HDR23-24' } });
    expect(r.qualifiers[0]).toMatch(/out of 193/);
  });

  it('finds no ranking in value series', () => {
    expect(judgeClaim(claim({ kind: 'rank', rank: 50 }, ['hdr.gii']), GII, [])).toMatchObject({
      verdict: 'not-checkable',
      reason: 'indicator-not-in-data',
    });
  });
});

describe('judgeClaim: directions', () => {
  it('reads "the GII decreased" over the last 5 years of each edition', () => {
    // HDR25 2018 0.195 → 2023 0.182; HDR23-24 2017 0.196 → 2022 0.177.
    const r = judgeClaim(claim({ kind: 'trend', direction: 'decrease' }, ['hdr.gii']), GII, []);
    expect(r.verdict).toBe('supported');
    expect(r.findings.map((f) => [f.years, f.computedText])).toEqual([
      [[2018, 2023], '−0.013'],
      [[2017, 2022], '−0.019'],
    ]);
  });

  it('reads "the GII increased since 2022" only where 2022 and a later year exist', () => {
    const r = judgeClaim(
      claim({ kind: 'trend', direction: 'increase' }, ['hdr.gii'], { years: { from: 2022 } }),
      GII,
      [],
    );
    expect(r).toMatchObject({
      verdict: 'supported',
      findings: [{ years: [2022, 2023], computedText: '+0.014' }],
    });
  });

  it('shows related series beside a direction without an indicator', () => {
    const r = judgeClaim(
      claim({ kind: 'trend', direction: 'increase' }, [], {
        subject: 'female leadership in state governance',
      }),
      MINISTERS,
      [],
    );
    expect(r).toMatchObject({ verdict: 'not-checkable', reason: 'no-quantity' });
    // Ministers 2014 20.0 → 2019 5.6: the related series fell.
    expect(r.findings).toMatchObject([
      { role: 'context', years: [2014, 2019], computedText: '−14.4 points', matches: false },
    ]);
  });
});

describe('judgeClaim: quotas', () => {
  const quota = (threshold: number, groups: QuotaGroup[]): ClaimAssertion => ({
    kind: 'quota',
    threshold,
    body: 'parliament',
    groups,
  });

  it('gives at best partly-supported for a quota whose only source is a statement, with seat shares beside it', () => {
    const r = judgeClaim(claim(quota(30, ['women', 'youth', 'women-with-disabilities']), []), SEATS, [
      KAZ_QUOTA,
    ]);
    expect(r.verdict).toBe('partly-supported');
    expect(r.qualifiers).toEqual([
      STATEMENT_ONLY,
      'the quota applies to the lower chamber',
      'the quota is on candidate lists: it does not fix the share of seats',
    ]);
    expect(r.findings[0]).toMatchObject({
      kind: 'quota',
      role: 'quota',
      matches: true,
      computedText: '30 %',
    });
    expect(
      r.findings.filter((f) => f.role === 'context').map((f) => [f.computedText, f.years[0], f.matches]),
    ).toEqual([
      ['19.6 %', 2023, false],
      ['27.1 %', 2021, false],
      ['27.1 %', 2020, false],
      ['23.0 %', 2023, false],
    ]);
  });

  it('names the groups when a joint quota is claimed as a women’s quota', () => {
    const r = judgeClaim(claim(quota(30, ['women']), []), [], [KAZ_QUOTA]);
    expect(r.verdict).toBe('partly-supported');
    expect(r.qualifiers[0]).toBe('it covers women, youth and women with disabilities together, not women');
  });

  it('does not support another threshold', () => {
    const r = judgeClaim(claim(quota(40, []), []), [], [KAZ_QUOTA]);
    expect(r).toMatchObject({ verdict: 'not-supported', closest: { kind: 'quota', computed: 30 } });
  });

  it('supports a claim matching a quota that rests on a legal act', () => {
    const r = judgeClaim(claim(quota(30, ['women']), [], { country: 'TST' }), [], [KAZ_QUOTA, LEGAL_QUOTA]);
    expect(r.verdict).toBe('supported');
  });

  it('cannot check a country without quota data', () => {
    const r = judgeClaim(claim(quota(30, []), [], { country: 'GBR' }), [], [KAZ_QUOTA]);
    expect(r).toMatchObject({ verdict: 'not-checkable', reason: 'no-data-for-country' });
  });
});

describe('judgeClaim: not checkable', () => {
  it.each([
    ['no country', claim(fall(60), ['hdr.gii'], { country: null }), GII, 'no-country'],
    ['no indicator', claim(fall(60), [], { subject: 'poverty' }), [], 'indicator-not-in-data'],
    ['no series for the country', claim(fall(60), ['hdr.gii']), [], 'no-data-for-country'],
  ] as const)('%s → %s', (_label, c, evidence, reason) => {
    expect(judgeClaim(c, evidence, [])).toMatchObject({ verdict: 'not-checkable', reason });
  });
});

describe('judgeClaim: parameters', () => {
  it('reads a stricter relative tolerance', () => {
    // 50 % fall vs HDR25 −50.8 %: holds at 2.5 % (±1.25), not at 1 % (±0.5).
    expect(judgeClaim(claim(fall(50), ['hdr.gii']), GII.slice(0, 1), []).verdict).toBe('supported');
    expect(
      judgeClaim(claim(fall(50), ['hdr.gii']), GII.slice(0, 1), [], { relativeTolerance: 0.01 }).verdict,
    ).not.toBe('supported');
  });
});
