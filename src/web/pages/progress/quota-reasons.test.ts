import { describe, expect, it } from 'vitest';
import type { Quota, QuotaCompliance, QuotaReasonCode, SeatShareEvidence } from './progress-types.ts';
import { complianceReasons, evidenceReasons, fromCode } from './quota-reasons.ts';

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

// The quota's own reasons, as GET /api/quotas/compliance?country=KAZ gives them.
const JOINT: QuotaReasonCode = {
  code: 'joint-groups',
  params: { groups: ['women', 'youth', 'women-with-disabilities'] },
};
const LISTS: QuotaReasonCode = { code: 'candidate-lists', params: {} };
const BOTH_CHAMBERS: QuotaReasonCode = {
  code: 'chamber-differs',
  params: { definition: 'both-chambers', body: 'lower-chamber' },
};

function share(
  dataset: string,
  year: number,
  value: number,
  definition: SeatShareEvidence['definition'],
  reasons: readonly QuotaReasonCode[],
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
    gap: value - 30,
    status: reasons.some((r) => r.code === 'seat-share')
      ? value >= 30
        ? 'meets'
        : 'below'
      : 'not-comparable',
    reason: '',
    reasons,
  };
}

function compliance(
  quota: Quota,
  reasons: readonly QuotaReasonCode[],
  evidence: SeatShareEvidence[],
): QuotaCompliance {
  return {
    quota,
    concept: 'women-parliament-seats',
    status: 'not-comparable',
    reason: '',
    reasons,
    summary: '',
    evidence,
  };
}

// KAZ's latest women's seat shares in the bundled data: HDR25 (both chambers), the national platform.
const HDR25 = share('undp-hdr-composite', 2023, 19.59459459, 'both-chambers', [JOINT, LISTS, BOTH_CHAMBERS]);
const NATIONAL = share('open-sdg-kaz', 2023, 23, 'single-or-lower-chamber', [JOINT, LISTS]);
const STATED = compliance(KAZ, [JOINT, LISTS], [HDR25, NATIONAL]);

describe('fromCode', () => {
  it.each<[QuotaReasonCode, ReturnType<typeof fromCode>]>([
    [JOINT, { kind: 'joint-groups', groups: ['women', 'youth', 'women-with-disabilities'] }],
    [LISTS, { kind: 'candidate-lists' }],
    [BOTH_CHAMBERS, { kind: 'other-body', definition: 'both-chambers', body: 'lower-chamber' }],
    [
      { code: 'seat-share', params: { value: 23, gap: -7, threshold: 30 } },
      { kind: 'gap', value: 23, gap: -7, threshold: 30 },
    ],
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
      { kind: 'gap', value: 23, gap: 3, threshold: 20 },
    ],
    [
      { code: 'no-matching-series', params: { body: 'upper-chamber' } },
      { kind: 'no-matching-series', body: 'upper-chamber' },
    ],
    [{ code: 'no-data', params: { country: 'TKM' } }, { kind: 'no-data' }],
  ])('%j', (code, reason) => {
    expect(fromCode(code)).toEqual(reason);
  });
});

describe('complianceReasons', () => {
  it('gives the KAZ quota its two reasons, joint groups and candidate lists', () => {
    expect(complianceReasons(STATED).map((r) => r.kind)).toEqual(['joint-groups', 'candidate-lists']);
  });
});

describe('evidenceReasons', () => {
  it('leaves out what is said for the quota: the chamber for HDR25, "as above" for the national series', () => {
    expect(evidenceReasons(STATED, HDR25)).toEqual([
      { kind: 'other-body', definition: 'both-chambers', body: 'lower-chamber' },
    ]);
    expect(evidenceReasons(STATED, NATIONAL)).toEqual([{ kind: 'as-above' }]);
  });

  it('gives a comparable source its gap (a hypothetical women-only quota on seats)', () => {
    const seats: Quota = { ...KAZ, kind: 'reserved-seats', appliesTo: 'seats', groups: ['women'] };
    const national = share('open-sdg-kaz', 2023, 23, 'single-or-lower-chamber', [
      { code: 'seat-share', params: { value: 23, gap: -7, threshold: 30 } },
    ]);
    const latest: QuotaReasonCode = {
      code: 'latest-comparable',
      params: {
        value: 23,
        gap: -7,
        threshold: 30,
        indicator: 'x',
        dataset: 'open-sdg-kaz',
        edition: 'e',
        year: 2023,
      },
    };
    const c = compliance(seats, [latest], [national]);
    expect(evidenceReasons(c, national)).toEqual([{ kind: 'gap', value: 23, gap: -7, threshold: 30 }]);
    expect(complianceReasons(c)).toEqual([{ kind: 'gap', value: 23, gap: -7, threshold: 30 }]);
  });
});
