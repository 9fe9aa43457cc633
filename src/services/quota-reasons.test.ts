import { describe, expect, it } from 'vitest';
import {
  QUOTA_REASON_CODES,
  reasonsText,
  reasonText,
  structuralReasons,
  type QuotaReason,
} from './quota-reasons.ts';
import type { QuotaFact } from '../core/claims/claim.ts';

// data/parity/quotas.csv: Kazakhstan's quota as its Beijing+30 statement describes it.
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

describe(structuralReasons, () => {
  it.each<[string, Partial<QuotaFact>, QuotaReason['code'][]]>([
    ['the stated quota', {}, ['joint-groups', 'candidate-lists']],
    ['women on seats', { groups: ['women'], appliesTo: 'seats' }, []],
    [
      'women with disabilities are women',
      { groups: ['women', 'women-with-disabilities'], appliesTo: 'seats' },
      [],
    ],
    ['women and youth on seats', { groups: ['women', 'youth'], appliesTo: 'seats' }, ['joint-groups']],
    ['youth alone', { groups: ['youth'], appliesTo: 'seats' }, ['joint-groups']],
    ['women on lists', { groups: ['women'] }, ['candidate-lists']],
  ])('%s → %j', (_what, change, codes) => {
    expect(structuralReasons({ ...STATED, ...change }).map((r) => r.code)).toEqual(codes);
  });
});

describe(reasonText, () => {
  // Kazakhstan's latest seat shares in the bundled data: HDR25 19.59459459 (2023), the national 23.
  it.each<[QuotaReason, string]>([
    [
      { code: 'joint-groups', params: { groups: ['women', 'youth', 'women-with-disabilities'] } },
      "the quota covers women, youth and women with disabilities jointly: a women's seat share cannot show whether it is met",
    ],
    [
      { code: 'candidate-lists', params: {} },
      'it applies to candidate lists: a seat share counts who was elected, not who was listed',
    ],
    [
      { code: 'chamber-differs', params: { definition: 'both-chambers', body: 'lower-chamber' } },
      'the series counts the both chambers combined, the quota is for the lower chamber',
    ],
    [
      { code: 'seat-share', params: { value: 19.59459459, gap: 19.59459459 - 30, threshold: 30 } },
      'women held 19.6 % of seats, 10.4 points below the 30 % threshold',
    ],
    [
      { code: 'seat-share', params: { value: 23, gap: 0, threshold: 23 } },
      'women held 23.0 % of seats, at the 23 % threshold',
    ],
    [
      { code: 'seat-share', params: { value: 23.04, gap: 0.04, threshold: 23 } },
      'women held 23.0 % of seats, 0.04 points above the 23 % threshold',
    ],
    [
      {
        code: 'latest-comparable',
        params: {
          value: 19.59459459,
          gap: 19.59459459 - 20,
          threshold: 20,
          indicator: 'hdr.pr',
          dataset: 'undp-hdr-composite',
          edition: 'HDR25',
          year: 2023,
        },
      },
      'women held 19.6 % of seats, 0.4 points below the 20 % threshold (HDR25, 2023, the latest comparable value)',
    ],
    [
      { code: 'no-matching-series', params: { body: 'parliament' } },
      'no series in the database counts the national parliament',
    ],
    [{ code: 'no-data', params: { country: 'TKM' } }, "no women's seat share for TKM in the database"],
  ])('%j', (reason, text) => {
    expect(reasonText(reason)).toBe(text);
  });

  it('joins several reasons with semicolons', () => {
    expect(reasonsText(structuralReasons(STATED))).toBe(
      "the quota covers women, youth and women with disabilities jointly: a women's seat share cannot show whether it is met; " +
        'it applies to candidate lists: a seat share counts who was elected, not who was listed',
    );
  });

  it('lists every code', () => {
    expect([...QUOTA_REASON_CODES].sort()).toEqual([
      'candidate-lists',
      'chamber-differs',
      'joint-groups',
      'latest-comparable',
      'no-data',
      'no-matching-series',
      'seat-share',
    ]);
  });
});
