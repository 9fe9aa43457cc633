import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorByCode } from '../catalog/index.ts';
import type { QuotaFact } from '../core/claims/claim.ts';
import type { Store } from '../store/connect.ts';
import type { ObservationRead } from '../store/observation-reads.ts';
import { openTestStore } from '../store/test-store.ts';
import { importFile } from './import-file.ts';
import { importJobs } from './importers.ts';
import { loadParityTable } from './load-parity-tables.ts';
import {
  assessQuota,
  latestSeatShares,
  quotaCompliance,
  SEAT_SERIES,
  type ComplianceStatus,
  type SeatShare,
} from './quota-compliance.ts';
import { reasonsText, type QuotaReason } from './quota-reasons.ts';
import { ensureReferenceData } from './reference-data.ts';
import { BUNDLED_DATA_DIR } from './seed.ts';

// Kazakhstan's latest women's seat shares in the bundled data, one per source edition.
const HDR25: SeatShare = {
  indicator: 'hdr.pr',
  dataset: 'undp-hdr-composite',
  edition: 'HDR25',
  year: 2023,
  period: '2023',
  value: 19.59459459,
  dims: { sex: 'F' },
  definition: 'both-chambers',
};
const KAZSTAT: SeatShare = {
  indicator: 'sdg.5.5.1',
  dataset: 'open-sdg-kaz',
  edition: '2024-10-24',
  year: 2023,
  period: '2023',
  value: 23,
  dims: { series: 'SG_GEN_PARL', unit: 'PT' },
  definition: 'single-or-lower-chamber',
};
const HDR2324: SeatShare = { ...HDR25, edition: 'HDR23-24', year: 2022, period: '2022', value: 24.67532468 };
const UNSD: SeatShare = {
  indicator: 'unsd.parl_seats',
  dataset: 'unsd-minset',
  edition: 'minset-2021-09-30',
  year: 2021,
  period: '2021',
  value: 27.1,
  dims: { sex: 'F' },
  definition: 'single-or-lower-chamber',
};
const WDI: SeatShare = {
  indicator: 'wdi.SG.GEN.PARL.ZS',
  dataset: 'wdi',
  edition: '2022-02-15',
  year: 2020,
  period: '2020',
  value: 27.1028037383178,
  dims: {},
  definition: 'single-or-lower-chamber',
};
const KAZ_SHARES = [WDI, UNSD, HDR2324, KAZSTAT, HDR25];

const STATED: QuotaFact = {
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
// Hypothetical women-only quotas on seats, to see each status against the same real figures.
const SEATS: QuotaFact = {
  ...STATED,
  id: 'h',
  kind: 'reserved-seats',
  appliesTo: 'seats',
  groups: ['women'],
};

describe(assessQuota, () => {
  it('finds the stated quota not comparable with any seat share, and still shows each gap', () => {
    const c = assessQuota(STATED, KAZ_SHARES);
    expect(c.status).toBe('not-comparable');
    expect(c.concept).toBe('women-parliament-seats');
    expect(c.reason).toBe(
      "the quota covers women, youth and women with disabilities jointly: a women's seat share cannot show whether it is met; " +
        'it applies to candidate lists: a seat share counts who was elected, not who was listed',
    );
    expect(
      c.evidence.map((e) => [e.edition, e.year, e.definitionText, Number(e.gap.toFixed(1)), e.status]),
    ).toEqual([
      ['HDR25', 2023, 'both chambers combined', -10.4, 'not-comparable'],
      ['2024-10-24', 2023, 'single or lower chamber', -7, 'not-comparable'],
      ['HDR23-24', 2022, 'both chambers combined', -5.3, 'not-comparable'],
      ['minset-2021-09-30', 2021, 'single or lower chamber', -2.9, 'not-comparable'],
      ['2022-02-15', 2020, 'single or lower chamber', -2.9, 'not-comparable'],
    ]);
    expect(c.summary).toContain(
      'Women held 19.6 % of seats in 2023 (HDR25, both chambers combined), 10.4 points below the 30 % threshold; ' +
        '23.0 % of seats in 2023 (open-sdg-kaz 2024-10-24, single or lower chamber), 7.0 points below the 30 % threshold;',
    );
    expect(c.evidence[0]!.definitionNote).toBe(indicatorByCode('hdr.pr')!.conceptNote);
    expect(c.evidence[0]!.reason).toContain(
      'the series counts the both chambers combined, the quota is for the lower chamber',
    );
  });

  it.each<[string, QuotaFact, ComplianceStatus, string]>([
    [
      'women-only, 25 % of lower-chamber seats: the national 23.0 of 2023 is below',
      { ...SEATS, threshold: 25 },
      'below',
      'women held 23.0 % of seats, 2.0 points below the 25 % threshold (open-sdg-kaz 2024-10-24, 2023, the latest comparable value)',
    ],
    [
      'women-only, 20 % of lower-chamber seats: met',
      { ...SEATS, threshold: 20 },
      'meets',
      'women held 23.0 % of seats, 3.0 points above the 20 % threshold (open-sdg-kaz 2024-10-24, 2023, the latest comparable value)',
    ],
    [
      'women including women with disabilities count as women',
      { ...SEATS, threshold: 23, groups: ['women', 'women-with-disabilities'] },
      'meets',
      'women held 23.0 % of seats, at the 23 % threshold (open-sdg-kaz 2024-10-24, 2023, the latest comparable value)',
    ],
    [
      'the whole parliament: both-chamber series count, HDR25 first among the 2023 values',
      { ...SEATS, body: 'parliament', threshold: 20 },
      'below',
      'women held 19.6 % of seats, 0.4 points below the 20 % threshold (HDR25, 2023, the latest comparable value)',
    ],
    [
      'the upper chamber: no series counts it',
      { ...SEATS, body: 'upper-chamber' },
      'not-comparable',
      'no series in the database counts the upper chamber',
    ],
  ])('%s', (_what, quota, status, reason) => {
    const c = assessQuota(quota, KAZ_SHARES);
    expect([c.status, c.reason]).toEqual([status, reason]);
  });

  it('marks each source: lower-chamber series meet or fall short, both-chamber ones are not comparable', () => {
    const c = assessQuota({ ...SEATS, threshold: 25 }, KAZ_SHARES);
    expect(c.evidence.map((e) => [e.indicator, e.edition, e.status, e.reasons.map((r) => r.code)])).toEqual([
      ['hdr.pr', 'HDR25', 'not-comparable', ['chamber-differs']],
      ['sdg.5.5.1', '2024-10-24', 'below', ['seat-share']],
      ['hdr.pr', 'HDR23-24', 'not-comparable', ['chamber-differs']],
      ['unsd.parl_seats', 'minset-2021-09-30', 'meets', ['seat-share']],
      ['wdi.SG.GEN.PARL.ZS', '2022-02-15', 'meets', ['seat-share']],
    ]);
    expect(c.evidence[0]!.reasons).toEqual([
      { code: 'chamber-differs', params: { definition: 'both-chambers', body: 'lower-chamber' } },
    ]);
    expect(c.evidence[1]!.reasons).toEqual([
      { code: 'seat-share', params: { value: 23, gap: -2, threshold: 25 } },
    ]);
  });

  it('gives the stated quota its own reasons as codes, and each source those plus its own', () => {
    const c = assessQuota(STATED, KAZ_SHARES);
    const own = [
      { code: 'joint-groups', params: { groups: ['women', 'youth', 'women-with-disabilities'] } },
      { code: 'candidate-lists', params: {} },
    ];
    expect(c.reasons).toEqual(own);
    expect(c.evidence.map((e) => e.reasons)).toEqual([
      [...own, { code: 'chamber-differs', params: { definition: 'both-chambers', body: 'lower-chamber' } }],
      own,
      [...own, { code: 'chamber-differs', params: { definition: 'both-chambers', body: 'lower-chamber' } }],
      own,
      own,
    ]);
  });

  it.each<[string, QuotaFact, readonly SeatShare[], QuotaReason[]]>([
    [
      'a met quota: the latest comparable share with its series',
      { ...SEATS, threshold: 20 },
      KAZ_SHARES,
      [
        {
          code: 'latest-comparable',
          params: {
            value: 23,
            gap: 3,
            threshold: 20,
            indicator: 'sdg.5.5.1',
            dataset: 'open-sdg-kaz',
            edition: '2024-10-24',
            year: 2023,
          },
        },
      ],
    ],
    [
      'the upper chamber',
      { ...SEATS, body: 'upper-chamber' },
      KAZ_SHARES,
      [{ code: 'no-matching-series', params: { body: 'upper-chamber' } }],
    ],
    ['no seat share', { ...SEATS, country: 'TKM' }, [], [{ code: 'no-data', params: { country: 'TKM' } }]],
  ])('codes the reason for %s, and words it from the codes', (_what, quota, shares, reasons) => {
    const c = assessQuota(quota, shares);
    expect(c.reasons).toEqual(reasons);
    expect(c.reason).toBe(reasonsText(c.reasons));
    for (const e of c.evidence) expect(e.reason).toBe(reasonsText(e.reasons));
  });

  it('says when there is no seat share at all', () => {
    const c = assessQuota({ ...SEATS, country: 'TKM' }, []);
    expect([c.status, c.reason, c.evidence]).toEqual([
      'not-comparable',
      "no women's seat share for TKM in the database",
      [],
    ]);
    expect(c.summary).toBe("Not comparable: no women's seat share for TKM in the database.");
  });

  it('reads local councils from the local-government series', () => {
    const local = assessQuota({ ...SEATS, body: 'local-councils', threshold: 20 }, []);
    expect(local.concept).toBe('women-local-government-seats');
  });
});

function obs(
  indicator: string,
  dims: Record<string, string>,
  year: number,
  value: number,
  dataset: string,
  edition: string,
  sourceId: number,
): ObservationRead {
  return {
    indicator,
    area: 'X',
    period: String(year),
    periodStart: year,
    dims,
    value,
    text: null,
    status: null,
    footnote: null,
    dataset,
    edition,
    sourceId,
  };
}

describe(latestSeatShares, () => {
  it('takes each series’ plainest breakdown and latest year per source edition (UK Open SDG 5.5.1)', () => {
    const uk = [
      obs(
        'sdg.5.5.1',
        { series: 'House of Commons', sub_period: 'a', unit: 'Percentage (%)' },
        1974,
        3.6,
        'open-sdg-gbr',
        '2025-09-24',
        9,
      ),
      obs(
        'sdg.5.5.1',
        { series: 'House of Commons', unit: 'Percentage (%)' },
        2019,
        34,
        'open-sdg-gbr',
        '2025-09-24',
        9,
      ),
      obs(
        'sdg.5.5.1',
        { series: 'House of Lords', unit: 'Percentage (%)' },
        2022,
        27.995110024449875,
        'open-sdg-gbr',
        '2025-09-24',
        9,
      ),
      obs('hdr.pr', { sex: 'M' }, 2023, 58.2, 'undp-hdr-composite', 'HDR25', 1),
      obs('hdr.pr', { sex: 'F' }, 2023, 41.8, 'undp-hdr-composite', 'HDR25', 1),
    ];
    expect(
      latestSeatShares(uk, SEAT_SERIES.parliament).map((s) => [s.indicator, s.year, s.value, s.definition]),
    ).toEqual([
      ['hdr.pr', 2023, 41.8, 'both-chambers'],
      ['sdg.5.5.1', 2019, 34, 'single-or-lower-chamber'],
      ['sdg.5.5.1', 2022, 27.995110024449875, 'upper-chamber'],
    ]);
  });

  it('reads Kazakhstan’s maslikhats and the UNSD local series for local councils', () => {
    const kaz = [
      obs('sdg.5.5.1', { series: 'SG_GEN_LOCG', unit: 'PT' }, 2023, 18.4, 'open-sdg-kaz', '2024-10-24', 5),
      obs('sdg.5.5.1', { series: 'SG_GEN_PARL', unit: 'PT' }, 2023, 23, 'open-sdg-kaz', '2024-10-24', 5),
      obs('unsd.local_seats', { sex: 'F' }, 2018, 22.19, 'unsd-minset', 'minset-2021-09-30', 3),
    ];
    expect(latestSeatShares(kaz, SEAT_SERIES.local).map((s) => [s.indicator, s.year, s.value])).toEqual([
      ['unsd.local_seats', 2018, 22.19],
      ['sdg.5.5.1', 2023, 18.4],
    ]);
  });
});

describe(quotaCompliance, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openTestStore();
    await ensureReferenceData(store.db);
    const files: [Parameters<typeof importJobs>[0], string][] = [
      ['open-sdg', 'open-sdg-kazstat/data/indicator_5-5-1.csv'],
      ['unsd-minset', 'unstats-minset/series_data_rearranged/7100__IV_2__I836a1d80__S5867152a.csv'],
      ['wdi', 'worldbank-wdi/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv'],
    ];
    for (const [kind, path] of files)
      for (const job of await importJobs(kind, `${BUNDLED_DATA_DIR}/${path}`))
        await importFile({ db: store.db, rules: indicatorByCode }, job);
    await loadParityTable(store.db, 'quotas', `${BUNDLED_DATA_DIR}/parity/quotas.csv`);
  });
  afterAll(() => store.close());

  it('sets the stated quota against every source the store holds for Kazakhstan', async () => {
    const r = await quotaCompliance(store.db, { country: 'KAZ' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toHaveLength(1);
    expect(r.value[0]!.status).toBe('not-comparable');
    expect(r.value[0]!.evidence.map((e) => [e.dataset, e.year, Number(e.value.toFixed(1))])).toEqual([
      ['open-sdg-kaz', 2023, 23],
      ['unsd-minset', 2021, 27.1],
      ['wdi', 2020, 27.1],
    ]);
  });

  it('gives nothing for a country without quotas, and not-found for an unknown code', async () => {
    expect(await quotaCompliance(store.db, { country: 'GBR' })).toEqual({ ok: true, value: [] });
    expect(await quotaCompliance(store.db, { country: 'XXX' })).toMatchObject({
      ok: false,
      param: 'country',
    });
  });
});
