import { describe, expect, it } from 'vitest';
import type { Quota, QuotaCompliance, SeatShareEvidence } from './progress-types.ts';
import { complianceReasons, evidenceReasons, structuralReasons } from './quota-reasons.ts';

// data/parity/quotas.csv: Kazakhstan's quota as the Beijing+30 statement describes it.
const KAZ: Quota = {
  id: 'kaz-mazhilis-party-lists',
  country: 'KAZ',
  body: 'lower-chamber',
  kind: 'legislated-candidate-quota',
  appliesTo: 'candidate-lists',
  threshold: 30,
  groups: ['women', 'youth', 'women-with-disabilities'],
  source:
    'Kazakhstan, statement at the Beijing+30 Regional Review Meeting for the UNECE region, Geneva, October 2024',
  sourceKind: 'statement',
};

// A quota the seat shares could speak to: women's reserved seats in the same chamber (hypothetical).
const SEATS: Quota = { ...KAZ, id: 'seats', kind: 'reserved-seats', appliesTo: 'seats', groups: ['women'] };

function share(
  dataset: string,
  year: number,
  value: number,
  definition: SeatShareEvidence['definition'],
  threshold = 30,
): SeatShareEvidence {
  return {
    indicator: 'x',
    dataset,
    edition: 'e',
    year,
    period: String(year),
    value,
    dims: {},
    definition,
    definitionText: '',
    definitionNote: '',
    gap: value - threshold,
    status: 'not-comparable',
    reason: '',
  };
}

// KAZ's latest women's seat shares in the bundled data (GET /api/quotas/compliance?country=KAZ).
const HDR25 = share('undp-hdr-composite', 2023, 19.59459459, 'both-chambers');
const NATIONAL = share('open-sdg-kaz', 2023, 23, 'single-or-lower-chamber');
const UNSD = share('unsd-minset', 2021, 27.1, 'single-or-lower-chamber');
const LORDS = share('open-sdg-ons-uk', 2023, 29, 'upper-chamber');

describe('structuralReasons', () => {
  it('finds the KAZ quota incomparable twice over: joint groups and candidate lists', () => {
    expect(structuralReasons(KAZ)).toEqual([
      { kind: 'joint-groups', groups: ['women', 'youth', 'women-with-disabilities'] },
      { kind: 'candidate-lists' },
    ]);
  });

  it.each([
    [['women'], []],
    [['women', 'women-with-disabilities'], []],
    [['women', 'youth'], ['joint-groups']],
    [['youth'], ['joint-groups']],
  ] as const)('groups %j on seats → %j', (groups, kinds) => {
    expect(structuralReasons({ ...SEATS, groups }).map((r) => r.kind)).toEqual(kinds);
  });
});

describe('evidenceReasons', () => {
  it.each([
    [KAZ, HDR25, [{ kind: 'other-body', definition: 'both-chambers', body: 'lower-chamber' }]],
    [KAZ, NATIONAL, [{ kind: 'as-above' }]],
    [SEATS, NATIONAL, [{ kind: 'gap', value: 23, gap: -7, threshold: 30 }]],
    [SEATS, HDR25, [{ kind: 'other-body', definition: 'both-chambers', body: 'lower-chamber' }]],
    [
      { ...SEATS, body: 'parliament' },
      HDR25,
      [{ kind: 'gap', value: 19.59459459, gap: 19.59459459 - 30, threshold: 30 }],
    ],
    [
      { ...SEATS, threshold: 25 },
      share('unsd-minset', 2021, 27.1, 'single-or-lower-chamber', 25),
      [{ kind: 'gap', value: 27.1, gap: 27.1 - 25, threshold: 25 }],
    ],
  ] as const)('%#: %j', (quota, evidence, expected) => {
    expect(evidenceReasons(quota, evidence)).toEqual(expected);
  });
});

describe('complianceReasons', () => {
  const compliance = (quota: Quota, evidence: SeatShareEvidence[]): QuotaCompliance => ({
    quota,
    concept: 'women-parliament-seats',
    status: 'not-comparable',
    reason: '',
    summary: '',
    evidence,
  });
  const comparable = (e: SeatShareEvidence): SeatShareEvidence => ({
    ...e,
    status: e.gap >= 0 ? 'meets' : 'below',
  });

  it('gives the KAZ quota its structural reasons, whatever the evidence', () => {
    expect(complianceReasons(compliance(KAZ, [HDR25, NATIONAL, UNSD])).map((r) => r.kind)).toEqual([
      'joint-groups',
      'candidate-lists',
    ]);
  });

  it('reads a women’s quota against the latest comparable share (the evidence is latest first)', () => {
    expect(complianceReasons(compliance(SEATS, [HDR25, comparable(NATIONAL), comparable(UNSD)]))).toEqual([
      { kind: 'gap', value: 23, gap: -7, threshold: 30 },
    ]);
  });

  it('says when no series counts the body, and when there is no seat share at all', () => {
    expect(complianceReasons(compliance(SEATS, [HDR25, LORDS]))).toEqual([
      { kind: 'no-matching-series', body: 'lower-chamber' },
    ]);
    expect(complianceReasons(compliance(SEATS, []))).toEqual([{ kind: 'no-data' }]);
  });
});
