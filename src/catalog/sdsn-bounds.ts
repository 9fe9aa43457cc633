import type { SdsnBounds } from '../core/progress/sdsn.ts';

/**
 * SDSN Sustainable Development Report 2025, SDG 5 indicators: the codebook's optimum, green and red
 * thresholds and lower bound (METHODS.md §4b, S13; CONFIRMED as published codebook values), and how
 * each maps onto Parity's catalogue. Bounds change between editions: a new edition is a new entry.
 */

export type SdsnSdg5Code = 'sdg5_familypl' | 'sdg5_edat' | 'sdg5_lfpr' | 'sdg5_parl' | 'sdg5_paygap';

/**
 * How to get the SDSN indicator from Parity's data:
 * - `direct`: the value of one of the listed series, as is;
 * - `female-to-male-ratio`: 100 × the series' sex F value / its sex M value in the same year;
 * - `none`: not in the bundled data.
 */
export type SdsnParityMapping =
  | {
      readonly kind: 'direct';
      readonly concept: string;
      readonly indicatorCodes: readonly string[];
      readonly note: string;
    }
  | {
      readonly kind: 'female-to-male-ratio';
      readonly concept: string;
      readonly indicatorCodes: readonly string[];
      readonly scale: 100;
      readonly note: string;
    }
  | { readonly kind: 'none'; readonly note: string };

export interface SdsnIndicatorBounds extends SdsnBounds {
  readonly code: SdsnSdg5Code;
  readonly edition: 'SDR2025';
  readonly name: string;
  /** Years the trend arrow is computed over. */
  readonly trendYears: { readonly from: number; readonly to: number };
  readonly optimumBasis: 'Leave no one behind' | 'SDG target' | 'Technical optimum';
  readonly scope: 'global' | 'oecd';
  readonly parity: SdsnParityMapping;
}

export const SDSN_SDG5_BOUNDS: readonly SdsnIndicatorBounds[] = [
  {
    code: 'sdg5_familypl',
    edition: 'SDR2025',
    name: 'Demand for family planning satisfied by modern methods (% of females aged 15 to 49)',
    optimum: 100,
    green: 80,
    red: 60,
    lowerBound: 30,
    trendYears: { from: 2015, to: 2022 },
    optimumBasis: 'Leave no one behind',
    scope: 'global',
    parity: {
      kind: 'none',
      note: 'SDG 3.7.1 is not in the bundled data (no UNSD, HDR, WDI or Open SDG series).',
    },
  },
  {
    code: 'sdg5_edat',
    edition: 'SDR2025',
    name: 'Ratio of female-to-male mean years of education received (%)',
    optimum: 100,
    green: 98,
    red: 75,
    lowerBound: 41.8,
    trendYears: { from: 2015, to: 2022 },
    optimumBasis: 'SDG target',
    scope: 'global',
    parity: {
      kind: 'female-to-male-ratio',
      concept: 'mean-years-of-schooling',
      indicatorCodes: ['hdr.mys'],
      scale: 100,
      note:
        'UNDP mean years of schooling, sex F / sex M × 100; from HDR23-24 (mys_f_2022/mys_m_2022) it reproduces ' +
        'all 167 published SDR 2025 scores (METHODS.md §4b).',
    },
  },
  {
    code: 'sdg5_lfpr',
    edition: 'SDR2025',
    name: 'Ratio of female-to-male labour force participation rate (%)',
    optimum: 100,
    green: 70,
    red: 50,
    lowerBound: 21.5,
    trendYears: { from: 2015, to: 2023 },
    optimumBasis: 'SDG target',
    scope: 'global',
    parity: {
      kind: 'female-to-male-ratio',
      concept: 'labour-force-participation',
      indicatorCodes: ['hdr.lfpr', 'unsd.lfpr'],
      scale: 100,
      note:
        'ILO modelled estimates, sex F / sex M × 100 (HDR carries both sexes; UNSD to 2020). WDI has the female ' +
        'rate only and cannot give the ratio. Not checked against published SDR scores.',
    },
  },
  {
    code: 'sdg5_parl',
    edition: 'SDR2025',
    name: 'Seats held by women in national parliament (%)',
    optimum: 50,
    green: 40,
    red: 20,
    lowerBound: 1.2,
    trendYears: { from: 2015, to: 2024 },
    optimumBasis: 'SDG target',
    scope: 'global',
    parity: {
      kind: 'direct',
      concept: 'women-parliament-seats',
      indicatorCodes: ['sdg.5.5.1', 'unsd.parl_seats', 'wdi.SG.GEN.PARL.ZS', 'hdr.pr'],
      note:
        'IPU single or lower chamber, as SDG 5.5.1(a), UNSD and WDI (WDI dates a value a year earlier); hdr.pr ' +
        '(sex F) counts both chambers and differs where there are two (Finland 45.5 % → score 90.779 matches).',
    },
  },
  {
    code: 'sdg5_paygap',
    edition: 'SDR2025',
    name: 'Gender wage gap (% of male median wage)',
    optimum: 0,
    green: 8,
    red: 20,
    lowerBound: 36.7,
    trendYears: { from: 2015, to: 2022 },
    optimumBasis: 'Technical optimum',
    scope: 'oecd',
    parity: { kind: 'none', note: 'OECD members only; no wage-gap series is in the bundled data.' },
  },
];

/** The SDR 2025 bounds of an SDG 5 indicator code, e.g. `sdg5_parl`. */
export function sdsnBoundsByCode(code: string): SdsnIndicatorBounds | undefined {
  return SDSN_SDG5_BOUNDS.find((b) => b.code === code);
}

/** The SDSN indicators a Parity catalogue code feeds (directly or as a female-to-male ratio). */
export function sdsnBoundsForIndicator(indicatorCode: string): SdsnIndicatorBounds[] {
  return SDSN_SDG5_BOUNDS.filter(
    (b) => b.parity.kind !== 'none' && b.parity.indicatorCodes.includes(indicatorCode),
  );
}
