import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { checkClaims, evidenceCodes, MAX_CLAIM_TEXT, type CheckedClaim } from './check-claims.ts';
import { seedBundledData } from './seed.ts';

// Every bundled file, seeded once: the figures in the comments are the bundled data's.
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  const seeded = await seedBundledData(store.db);
  const failed = seeded.outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`seeding failed: ${JSON.stringify(failed)}`);
}, 180_000);
afterAll(() => store?.close());

async function check(text: string, country?: string): Promise<CheckedClaim[]> {
  const r = await checkClaims(store.db, { text, ...(country ? { country } : {}) });
  if (!r.ok) throw new Error(r.message);
  return r.value.claims;
}

const source = (f: CheckedClaim['closest']) => (f?.kind === 'series' ? f.series.source : f?.quota.id);

describe('checkClaims: the Kazakhstan statement at the Beijing+30 regional review (issue 4 §5)', () => {
  const STATEMENT =
    'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
    'for women and youth, including women with disabilities; and increased female leadership in state governance.';
  let claims: CheckedClaim[];
  beforeAll(async () => {
    claims = await check(STATEMENT, 'KAZ');
  });

  it('finds three claims, all about Kazakhstan', () => {
    expect(claims.map((c) => [c.claim.assertion.kind, c.claim.country])).toEqual([
      ['change', 'KAZ'],
      ['quota', 'KAZ'],
      ['trend', 'KAZ'],
    ]);
  });

  it('judges the GII claim against both HDR editions: not supported, closest the 54.6 % fall 2000–2022 in HDR25', () => {
    const gii = claims[0]!;
    expect(gii.verdict).toBe('not-supported');
    // First to latest year: HDR25 0.370 (2000) → 0.182 (2023) = −50.8 %; HDR23-24 0.372 → 0.177 (2022) = −52.4 %,
    // which is also HDR23-24's largest fall.
    expect(gii.findings.map((f) => [source(f), f.years, f.values, f.computedText, f.matches])).toEqual([
      ['HDR25', [2000, 2023], [0.37, 0.182], '−50.8 %', false],
      ['HDR23-24', [2000, 2022], [0.372, 0.177], '−52.4 %', false],
    ]);
    // The largest fall in any window of either edition: HDR25 0.370 (2000) → 0.168 (2022).
    expect(gii.closest).toMatchObject({
      years: [2000, 2022],
      values: [0.37, 0.168],
      computedText: '−54.6 %',
      computation: '(0.168 − 0.370) / 0.370 = −54.6 %',
      series: { source: 'HDR25', indicator: 'hdr.gii' },
    });
    expect(gii.summary).toMatch(/closest is HDR25 2000–2022: −54\.6 %/);
  });

  it('gives the GII claim each HDR edition’s whole series once, though two findings use HDR25', () => {
    const gii = claims[0]!;
    expect(gii.series.map((s) => [s.indicator, s.dataset, s.edition, s.dims, s.label, s.unit])).toEqual([
      ['hdr.gii', 'undp-hdr-composite', 'HDR25', {}, 'HDR25', 'index'],
      ['hdr.gii', 'undp-hdr-composite', 'HDR23-24', {}, 'HDR23-24', 'index'],
    ]);
    const [hdr25, hdr2324] = gii.series;
    // HDR25 2000–2023 (24 years): 0.370 in 2000, 0.168 in 2022, 0.182 in 2023; HDR23-24 2000–2022, ending at 0.177.
    expect(hdr25!.points).toHaveLength(24);
    expect(hdr25!.points).toEqual(
      expect.arrayContaining([
        { year: 2000, value: 0.37 },
        { year: 2022, value: 0.168 },
        { year: 2023, value: 0.182 },
      ]),
    );
    expect(hdr2324!.points).toHaveLength(23);
    expect(hdr2324!.points[0]).toEqual({ year: 2000, value: 0.372 });
    expect(hdr2324!.points.at(-1)).toEqual({ year: 2022, value: 0.177 });
  });

  it('gives the quota claim the five seat-share series of its context findings, in their order', () => {
    // The quota finding has no series; the national series is the breakdown the findings read (SG_GEN_PARL, PT).
    expect(claims[1]!.series.map((s) => [s.label, s.dims, s.points.length, s.points.at(-1)])).toEqual([
      ['HDR25', { sex: 'F' }, 34, { year: 2023, value: 19.59459459 }],
      ['HDR23-24', { sex: 'F' }, 33, { year: 2022, value: 24.67532468 }],
      ['WDI 2022-02-15', {}, 24, { year: 2020, value: 27.1028037383178 }],
      ['UNSD minimum set 2021-09-30', { sex: 'F' }, 22, { year: 2021, value: 27.1 }],
      [
        'national SDG platform 2024-10-24',
        { unit: 'PT', series: 'SG_GEN_PARL' },
        13,
        { year: 2023, value: 23 },
      ],
    ]);
  });

  it('gives the leadership claim only its context series, each in the breakdown the findings read', () => {
    const leadership = claims[2]!;
    expect(leadership.series.map((s) => `${s.indicator} ${s.label}`)).toEqual(
      leadership.findings.map((f) => (f.kind === 'series' ? `${f.series.indicator} ${f.series.source}` : '')),
    );
    // Kazakhstan's women managers (SDG 5.5.2, national): 14 yearly values 2010–2023 in the PT unit, not the
    // platform's thousands of rows by region and age.
    const managers = leadership.series.find((s) => s.indicator === 'sdg.5.5.2');
    expect(managers).toMatchObject({ dims: { unit: 'PT' }, unit: 'percent' });
    expect(managers!.points).toHaveLength(14);
    expect([managers!.points[0], managers!.points.at(-1)]).toEqual([
      { year: 2010, value: 37.2 },
      { year: 2023, value: 41.2 },
    ]);
  });

  it('judges the quota claim against the quota data: partly supported, resting only on the statement', () => {
    const quota = claims[1]!;
    expect(quota.verdict).toBe('partly-supported');
    expect(quota.qualifiers).toContain(
      'rests only on the statement itself; no legal act or dataset in Parity',
    );
    expect(quota.findings[0]).toMatchObject({
      kind: 'quota',
      matches: true,
      quota: { id: 'kaz-mazhilis-party-lists', threshold: 30, sourceKind: 'statement' },
    });
    // Context: the latest women's seat share of every source, none at 30 %: HDR25 19.6 (2023), HDR23-24 24.7
    // (2022), WDI 27.1028 (2020), UNSD 27.1 (2021), national SG_GEN_PARL 23.0 (2023).
    expect(
      quota.findings.filter((f) => f.role === 'context').map((f) => [source(f), f.years[0], f.computedText]),
    ).toEqual([
      ['HDR25', 2023, '19.6 %'],
      ['HDR23-24', 2022, '24.7 %'],
      ['WDI 2022-02-15', 2020, '27.1 %'],
      ['UNSD minimum set 2021-09-30', 2021, '27.1 %'],
      ['national SDG platform 2024-10-24', 2023, '23.0 %'],
    ]);
  });

  it('cannot check "increased female leadership": no indicator, with women ministers and seats as context', () => {
    const leadership = claims[2]!;
    expect(leadership).toMatchObject({ verdict: 'not-checkable', reason: 'no-quantity' });
    // The nearest measures of leadership in state governance, for the reader: women ministers (UNSD) 20.0 % in
    // 2014 → 5.6 % in 2019; women's seats, and managers. None is what the statement names, so no verdict.
    expect(leadership.findings[0]).toMatchObject({
      role: 'context',
      series: { indicator: 'unsd.ministers' },
      years: [2014, 2019],
      values: [20, 5.6],
      computedText: '−14.4 points',
    });
    expect(leadership.findings.every((f) => f.role === 'context')).toBe(true);
  });
});

type Expected = readonly [kind: string, verdict: string, reasonOrClosest?: string];

// Each sentence with the claims it holds: kind, verdict, and the reason (not-checkable) or the source of the
// closest reading (not-supported). Figures from the bundled data in the comments.
const SENTENCES: readonly (readonly [
  text: string,
  country: string | undefined,
  expected: readonly Expected[],
])[] = [
  // HDR25 0.370 → 0.168 = −54.6 % holds; HDR23-24 0.372 → 0.177 = −52.4 % does not (±1.365).
  [
    "Kazakhstan's gender inequality index fell by 54.6% between 2000 and 2022.",
    undefined,
    [['change', 'partly-supported']],
  ],
  // No years: first → latest −50.8 % (HDR25), −52.4 % (HDR23-24) miss 55 ± 1.375; only HDR25 2000–2022 −54.6 % holds.
  ["Kazakhstan's gender inequality index fell by 55%.", undefined, [['change', 'partly-supported']]],
  // HDR25 2023: 0.182; HDR23-24 has no 2023.
  ["Kazakhstan's GII stood at 0.182 in 2023.", undefined, [['level', 'supported']]],
  // 2022: HDR23-24 0.177 holds, HDR25 0.168 does not (±0.0044).
  ['The GII of Kazakhstan was 0.177 in 2022.', undefined, [['level', 'partly-supported']]],
  // Latest: WDI 27.1028 (2020), UNSD 27.1 (2021) hold; HDR25 19.6 (2023), HDR23-24 24.7 (2022), national 23.0 (2023) not.
  ['Women hold 27% of seats in parliament in Kazakhstan.', undefined, [['level', 'partly-supported']]],
  ['Доля женщин в парламенте Казахстана составляет 27%.', undefined, [['level', 'partly-supported']]],
  // hdr.gii_rank: HDR25 2023 50th.
  ['Kazakhstan ranked 50th in the Gender Inequality Index in 2023.', undefined, [['rank', 'supported']]],
  // hdr.gii_rank 2nd in HDR25 (2023) and HDR23-24 (2022).
  ['Norway ranks 2nd in the gender inequality index.', undefined, [['rank', 'supported']]],
  // HDR25 2023 49th, HDR23-24 2022 50th.
  ['Armenia ranked 49th in the GII.', undefined, [['rank', 'partly-supported']]],
  // HDR25 2023 83rd, HDR23-24 2022 81st.
  ['Кыргызстан занял 83 место по индексу гендерного неравенства.', undefined, [['rank', 'partly-supported']]],
  // HDR25 2023 66th.
  ['Georgia ranked 66th in the GII in 2023.', undefined, [['rank', 'supported']]],
  // Seats 2019 → 2020: WDI and UNSD 16 → 32 (2.00×, +16 points); HDR 16.4 → 29.1 (1.78×, +12.7).
  [
    "In Uzbekistan women's share of seats in parliament doubled between 2019 and 2020.",
    undefined,
    [['change', 'partly-supported']],
  ],
  [
    "Women's representation in the Uzbek parliament rose by 16 points from 2019 to 2020.",
    undefined,
    [['change', 'partly-supported']],
  ],
  [
    'Доля женщин в парламенте Узбекистана увеличилась на 16 процентных пунктов с 2019 по 2020 год.',
    undefined,
    [['change', 'partly-supported']],
  ],
  // Rose in every source since 2019: HDR25 16.4 → 30.0 (2023), HDR23-24 → 29.1 (2022), WDI 16 → 32, UNSD 16 → 32.65.
  ['Доля женщин в парламенте Узбекистана увеличилась с 2019 года.', undefined, [['trend', 'supported']]],
  // From 2000: HDR25 0.454 → 0.340 (2023) −25.1 %, HDR23-24 0.457 → 0.345 (2022) −24.5 %, both within 25 ± 0.625.
  ["Kyrgyzstan's GII fell by 25% since 2000.", undefined, [['change', 'supported']]],
  // The speaker's country from the option.
  ['Our gender inequality index fell by 25% since 2000.', 'KGZ', [['change', 'supported']]],
  // 2000–2022: HDR25 0.452 → 0.180 −60.2 % holds; HDR23-24 0.451 → 0.198 −56.1 % does not.
  [
    "Armenia's gender inequality index fell by 60% between 2000 and 2022.",
    undefined,
    [['change', 'partly-supported']],
  ],
  // Last five years: HDR25 0.299 (2018) → 0.257 (2023), HDR23-24 0.306 (2017) → 0.283 (2022).
  ["Georgia's GII decreased over the last five years.", undefined, [['trend', 'supported']]],
  // HDR25 0.018 (2018) → 0.004 (2023), HDR23-24 0.023 (2017) → 0.012 (2022): it fell; closest the smaller fall.
  ["Norway's GII rose.", undefined, [['trend', 'not-supported', 'HDR23-24']]],
  // Latest: WDI 20.67 (2020), UNSD 20.67 (2021) over 20; HDR25 18.4 (2023), HDR23-24 19.0 (2022) not.
  ['In Georgia, women hold over 20% of seats in parliament.', undefined, [['level', 'partly-supported']]],
  // From 2000 (years named, no other window): HDR25 0.216 → 0.083 −61.6 %, HDR23-24 0.214 → 0.094 −56.1 %; 66.7 ± 1.67.
  [
    "The United Kingdom's GII fell by two thirds since 2000.",
    undefined,
    [['change', 'not-supported', 'HDR25']],
  ],
  // From 2010, 10 ± 0.5 points: HDR23-24 20.97 → 31.32 (+10.4) holds; HDR25 → 31.52 (+10.6), WDI 22 → 33.85
  // (+11.8), UNSD 19.5 → 33.85 (+14.4), House of Commons 22 → 34 (+12.0) do not.
  [
    "In the UK, women's share of seats in parliament rose by 10 points since 2010.",
    undefined,
    [['change', 'partly-supported']],
  ],
  // Latest: HDR25 62.1 (2023), HDR23-24 62.5 (2022), WDI 62.0 (2020), UNSD 62.0 (2020).
  ['Female labour force participation in Norway is over 60%.', undefined, [['level', 'supported']]],
  // Latest: HDR25 45.9, WDI 41.6, UNSD 44.1 below 50; HDR23-24 52.5 (2022) not.
  [
    'Female labour force participation in Kyrgyzstan is below 50%.',
    undefined,
    [['level', 'partly-supported']],
  ],
  // From 2000, 5 ± 0.5 points: HDR 35.3 → 61.6 / 62.8, UNSD 35.3 → 49.4 rise far more; WDI 45.2 → 42.0 fell.
  [
    'Female labour force participation in Armenia rose by 5 percentage points since 2000.',
    undefined,
    [['change', 'not-supported', 'UNSD minimum set 2021-09-30']],
  ],
  // MMR from 2000: HDR 56.3 → 13.4 (−76.2 %), UNSD 61 → 10 (2017, −83.6 %): more than halved, not halved.
  [
    'Maternal mortality in Kazakhstan was cut by half since 2000.',
    undefined,
    [['change', 'not-supported', 'HDR25']],
  ],
  // From 2015: WDI 19.17 → 16.52 (2020), UNSD 23.33 → 17.09 (2021) fell; HDR25 19.17 → 20.0, HDR23-24 → 20.45 rose.
  [
    "Women's representation in Kyrgyzstan's parliament decreased since 2015.",
    undefined,
    [['trend', 'partly-supported']],
  ],
  // Russian, years named: HDR25 2000 → 2023 −50.8 %, HDR23-24 2000 → 2022 −52.4 % (closest).
  [
    'Индекс гендерного неравенства в Казахстане снизился на 60% с 2000 года.',
    undefined,
    [['change', 'not-supported', 'HDR23-24']],
  ],
  // The quota (statement only) is for women, youth and women with disabilities together: the groups differ.
  ['Введена квота 30% для женщин и молодёжи в парламенте.', 'KAZ', [['quota', 'partly-supported']]],
  // No quota data for Uzbekistan.
  [
    'Uzbekistan introduced a 30% quota for women on party lists.',
    undefined,
    [['quota', 'not-checkable', 'no-data-for-country']],
  ],
  // The GII of Kazakhstan starts in 2000.
  [
    "Kazakhstan's GII fell by 10% between 1990 and 1995.",
    undefined,
    [['change', 'not-checkable', 'no-years']],
  ],
  // An index is not a percentage.
  ["Kazakhstan's GII is 18%.", undefined, [['level', 'not-checkable', 'ambiguous']]],
  ['Poverty fell by 20% in Kazakhstan.', undefined, [['change', 'not-checkable', 'indicator-not-in-data']]],
  ['The GII fell by 10%.', undefined, [['change', 'not-checkable', 'no-country']]],
];

/**
 * Each series finding (closest included) has its series in `series`, holding the values the finding used;
 * and `series` holds nothing else, each series once.
 */
function expectSeriesOfFindings(c: CheckedClaim): void {
  const key = (s: { indicator: string; dataset: string; edition: string; dims: object }) =>
    `${s.indicator}|${s.dataset}|${s.edition}|${JSON.stringify(s.dims)}`;
  const findings = [...c.findings, ...(c.closest ? [c.closest] : [])].flatMap((f) =>
    f.kind === 'series' ? [f] : [],
  );
  expect(c.series.map(key)).toEqual([...new Set(findings.map((f) => key(f.series)))]);
  for (const f of findings) {
    const s = c.series.find((x) => key(x) === key(f.series))!;
    expect(s.label).toBe(f.series.source);
    expect(f.years.map((year) => s.points.find((p) => p.year === year)?.value)).toEqual(f.values);
  }
}

describe('checkClaims: sentences of every shape', () => {
  it('has at least 25 sentences', () => expect(SENTENCES.length).toBeGreaterThanOrEqual(25));

  it.each(SENTENCES)('%s (%s)', async (text, country, expected) => {
    const claims = await check(text, country);
    expect(
      claims.map((c) => {
        const third =
          c.verdict === 'not-checkable'
            ? c.reason
            : c.verdict === 'not-supported'
              ? source(c.closest)
              : undefined;
        return third === undefined
          ? [c.claim.assertion.kind, c.verdict]
          : [c.claim.assertion.kind, c.verdict, third];
      }),
    ).toEqual(expected);
    for (const c of claims) expectSeriesOfFindings(c);
  });

  it('names the window that alone bears out a claim without years', async () => {
    const [c] = await check("Kazakhstan's gender inequality index fell by 55%.");
    expect(c!.qualifiers).toEqual(['holds only for HDR25 2000–2022: −54.6 %']);
    expect(c!.findings.find((f) => f.role === 'other-window')).toMatchObject({
      years: [2000, 2022],
      computedText: '−54.6 %',
      matches: true,
    });
  });

  it('names the source that alone bears out a level', async () => {
    const [c] = await check('The GII of Kazakhstan was 0.177 in 2022.');
    expect(c!.qualifiers).toEqual(['holds only in HDR23-24']);
  });

  it('gives no claims for a text without any', async () => {
    expect(
      await check('The delegation thanked the chair for the excellent organisation of the meeting.'),
    ).toEqual([]);
  });
});

describe('checkClaims: requests', () => {
  it.each([
    ['', 'text', /empty/],
    ['   \n', 'text', /empty/],
    ['x'.repeat(MAX_CLAIM_TEXT + 1), 'text', /at most 20,000 characters, got 20,001/],
  ])('refuses the text %#', async (text, param, message) => {
    const r = await checkClaims(store.db, { text });
    expect(r).toMatchObject({ ok: false, kind: 'invalid', param, message: expect.stringMatching(message) });
  });

  it('refuses an unknown country, naming the parameter', async () => {
    const r = await checkClaims(store.db, { text: 'The GII fell by 10%.', country: 'XYZ' });
    expect(r).toMatchObject({
      ok: false,
      kind: 'invalid',
      param: 'country',
      message: expect.stringMatching(/XYZ/),
    });
  });

  it('gives no series for a claim without a country', async () => {
    const [c] = await check('The GII fell by 10%.');
    expect(c).toMatchObject({ verdict: 'not-checkable', reason: 'no-country', series: [] });
  });

  it('accepts the country in any case and echoes it as ISO3', async () => {
    const r = await checkClaims(store.db, { text: 'The GII fell by 10%.', country: 'kaz' });
    expect(r).toMatchObject({ ok: true, value: { country: 'KAZ', claims: [{ claim: { country: 'KAZ' } }] } });
  });

  it('takes a stricter tolerance as a parameter', async () => {
    // 25 % fall since 2000 in Kyrgyzstan: −25.1 % and −24.5 % hold at the default ±0.625 (2.5 %); at 1 % and a
    // fifth of the last digit (±0.25) only HDR25's −25.1 % does.
    const r = await checkClaims(store.db, {
      text: "Kyrgyzstan's GII fell by 25% since 2000.",
      params: { relativeTolerance: 0.01, lastDigitFraction: 0.2 },
    });
    expect(r.ok && r.value.claims[0]!.verdict).toBe('partly-supported');
  });
});

describe(evidenceCodes, () => {
  const base = {
    span: { start: 0, end: 1 },
    text: 'x',
    language: 'en' as const,
    country: 'KAZ',
    years: {},
  };
  it.each([
    [
      'a change of the GII',
      { kind: 'change', direction: 'decrease', amount: 60, unit: 'percent' },
      ['hdr.gii'],
      ['hdr.gii'],
    ],
    ['a rank by the GII', { kind: 'rank', rank: 50 }, ['hdr.gii'], ['hdr.gii_rank']],
    [
      'a rank by seats (no ranking)',
      { kind: 'rank', rank: 5 },
      ['hdr.pr'],
      ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1'],
    ],
    [
      'a quota in parliament',
      { kind: 'quota', threshold: 30, groups: [] },
      [],
      ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1'],
    ],
    [
      'a quota in local councils',
      { kind: 'quota', threshold: 30, body: 'local-councils', groups: [] },
      [],
      ['unsd.local_seats'],
    ],
  ] as const)('%s', (_label, assertion, codes, expected) => {
    expect(evidenceCodes({ ...base, assertion, indicatorCodes: codes })).toEqual(expected);
  });
});
