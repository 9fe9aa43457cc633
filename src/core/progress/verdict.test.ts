import { describe, expect, it } from 'vitest';
import type { YearValue } from '../stats.ts';
import { escapAnticipatedProgress } from './escap.ts';
import { assessGrowthRatio } from './growth-ratio.ts';
import { assessSdsn, type SdsnBounds } from './sdsn.ts';
import {
  ESCAP_API_VERDICT,
  GROWTH_RATIO_VERDICT,
  SDSN_VERDICT,
  verdictAgreement,
  type CommonVerdict,
} from './verdict.ts';

describe('common verdict scale', () => {
  it.each<[string, Record<string, CommonVerdict | undefined>, Record<string, CommonVerdict | undefined>]>([
    [
      'growth ratio',
      GROWTH_RATIO_VERDICT,
      {
        'target-achieved': 'on-track',
        'on-track': 'on-track',
        'acceleration-needed': 'progressing',
        'limited-progress': 'progressing',
        deterioration: 'off-track',
      },
    ],
    [
      'SDSN trend',
      SDSN_VERDICT,
      {
        'on-track': 'on-track',
        'moderately-improving': 'progressing',
        stagnating: 'progressing',
        decreasing: 'off-track',
        unavailable: undefined,
      },
    ],
    [
      'ESCAP API',
      ESCAP_API_VERDICT,
      { maintain: 'on-track', accelerate: 'progressing', reverse: 'off-track' },
    ],
  ])('%s', (_name, map, expected) => {
    expect(map).toEqual(expected);
  });
});

// HDR25 pr_f 2015–2023 of Uzbekistan (data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv).
const UZB_SEATS: YearValue[] = [16.4, 16.4, 16.4, 16.4, 16.4, 29.14979757, 28.74493927, 29.09836066, 30].map(
  (value, i) => ({ year: 2015 + i, value }),
);
const PARL: SdsnBounds = { optimum: 50, green: 40, red: 20, lowerBound: 1.2 };
const SEATS = { direction: 'parity', parityValue: 50 } as const;
const target = { value: 50, year: 2030 };

describe(verdictAgreement, () => {
  const growthRatio = assessGrowthRatio({ series: UZB_SEATS, orientation: SEATS, target });
  const sdsn = assessSdsn(UZB_SEATS, PARL);
  const escapApi = escapAnticipatedProgress({ series: UZB_SEATS, orientation: SEATS, target });

  it('growth ratio and SDSN agree on UZB seats (both on track)', () => {
    expect(verdictAgreement({ growthRatio, sdsn })).toEqual({
      verdicts: [
        { method: 'growth-ratio', category: 'on-track', verdict: 'on-track' },
        { method: 'sdsn', category: 'on-track', verdict: 'on-track' },
      ],
      agree: true,
      consensus: 'on-track',
    });
  });

  it('ESCAP (2015–2023 fit: accelerate) disagrees', () => {
    const a = verdictAgreement({ growthRatio, sdsn, escapApi });
    expect(a.verdicts.map((v) => v.verdict)).toEqual(['on-track', 'on-track', 'progressing']);
    expect([a.agree, a.consensus]).toEqual([false, undefined]);
  });

  it('methods without a result, or with SDSN "trend unavailable", are left out', () => {
    const one: YearValue[] = [{ year: 2023, value: 30 }];
    const a = verdictAgreement({
      growthRatio,
      sdsn: assessSdsn(one, PARL),
      escapApi: escapAnticipatedProgress({ series: one, orientation: SEATS, target }),
    });
    expect(a.verdicts.map((v) => v.method)).toEqual(['growth-ratio']);
    expect(a.agree).toBeUndefined();
  });
});
