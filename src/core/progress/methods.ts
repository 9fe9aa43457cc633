import { DEFAULT_COVERAGE_RULE } from '../aggregate.ts';
import { DEFAULT_GGGI_PARAMS } from '../gggi.ts';
import { DEFAULT_ESCAP_PARAMS } from './escap.ts';
import { DEFAULT_GROWTH_RATIO_PARAMS } from './growth-ratio.ts';
import { DEFAULT_SDSN_PARAMS } from './sdsn.ts';

/**
 * The progress methods as data, for pages and the API: who publishes each, where METHODS.md
 * describes it, a plain-language explanation (English; the web app translates by id) and every
 * parameter with its default and whether the publisher's value is confirmed. Defaults are read from
 * the modules' own default objects, so this list cannot drift from the computation.
 */

export type ProgressMethodId =
  | 'trend'
  | 'growth-ratio'
  | 'sdsn'
  | 'escap-csi'
  | 'escap-api'
  | 'gggi'
  | 'gggi-years-to-close'
  | 'regional-aggregate';

export interface MethodParameter {
  readonly name: string;
  readonly default: number | string | boolean;
  /** `unconfirmed`: METHODS.md could not read the publisher's value; the UI says so. */
  readonly status: 'confirmed' | 'unconfirmed';
  readonly note: string;
}

export interface ProgressMethod {
  readonly id: ProgressMethodId;
  readonly name: string;
  readonly publisher: string;
  /** Section of ../shared/docs/METHODS.md. */
  readonly reference: string;
  readonly explanation: string;
  readonly parameters: readonly MethodParameter[];
}

type Param = MethodParameter;
const confirmed = (name: string, value: Param['default'], note: string): Param => ({
  name,
  default: value,
  status: 'confirmed',
  note,
});
const unconfirmed = (name: string, value: Param['default'], note: string): Param => ({
  name,
  default: value,
  status: 'unconfirmed',
  note,
});

const G = DEFAULT_GROWTH_RATIO_PARAMS;
const S = DEFAULT_SDSN_PARAMS;
const E = DEFAULT_ESCAP_PARAMS;

export const PROGRESS_METHODS: readonly ProgressMethod[] = [
  {
    id: 'trend',
    name: 'Trend',
    publisher: 'Parity',
    reference: 'METHODS.md §4a (time-weighted regression)',
    explanation:
      'How the value changed between two years, its average yearly growth, the straight line that fits the ' +
      'years best, where that line leads by the target year, and how many years it takes at that pace to ' +
      'reach the target or parity.',
    parameters: [
      confirmed('baseYear', 2015, 'First year of the assessment window; SDG reviews count from 2015.'),
      unconfirmed(
        'recencyWeights',
        'year − first year + 1',
        'Weights of the time-weighted regression; ESCAP/UNECE do not publish theirs.',
      ),
    ],
  },
  {
    id: 'growth-ratio',
    name: 'Growth ratio (observed vs required growth)',
    publisher: 'Statistics Canada / Open SDG',
    reference: 'METHODS.md §4a (S11)',
    explanation:
      'Compares how fast the indicator has grown each year since the base year with how fast it would have ' +
      'to grow to reach the target in time. With no target, the yearly growth is compared with fixed rates ' +
      '(1.5 % and 0.5 % a year).',
    parameters: [
      confirmed('ratioOnTrack', G.ratioOnTrack, 'R at or above this: on track.'),
      confirmed(
        'ratioAcceleration',
        G.ratioAcceleration,
        'R at or above this: progress made but acceleration needed.',
      ),
      confirmed(
        'ratioLimited',
        G.ratioLimited,
        'R at or above this: limited progress; below: deterioration.',
      ),
      confirmed('growthOnTrack', G.growthOnTrack, 'Without a target: yearly growth ≥ 1.5 %·C is on track.'),
      confirmed(
        'growthAcceleration',
        G.growthAcceleration,
        'Without a target: yearly growth ≥ 0.5 %·C needs acceleration.',
      ),
      confirmed('growthLimited', G.growthLimited, 'Without a target: growth ≥ 0 is limited progress.'),
      unconfirmed(
        'c',
        G.c,
        'Scaling factor C when no natural limit is given; its formula is an image in S11.',
      ),
      unconfirmed(
        'limitExponent',
        G.limitExponent,
        'Exponent of C near a natural limit, from Open SDG’s sdg-build.',
      ),
      unconfirmed('zeroTarget', G.zeroTarget, 'A target of 0 is taken as 0.001, as sdg-build does.'),
      unconfirmed(
        'directionFactor',
        's·d·CAGR_i/|CAGR_T|',
        'Where d enters (an image in S11); taken from sdg-build. Equals CAGR_i/CAGR_T when the target lies in the desired direction.',
      ),
    ],
  },
  {
    id: 'sdsn',
    name: 'SDG Index score, dashboard colour and trend arrow',
    publisher: 'SDSN (Sustainable Development Report)',
    reference: 'METHODS.md §4b (S12–S14)',
    explanation:
      'Places the value on a 0–100 scale between a low bound and the optimum, colours it green, yellow, ' +
      'orange or red against two thresholds, and gives an arrow comparing the yearly change since 2015 with ' +
      'the change needed to turn green by 2030.',
    parameters: [
      confirmed(
        'bounds',
        'SDR 2025 codebook',
        'Optimum, green, red and lower bound per indicator (catalog sdsn-bounds).',
      ),
      unconfirmed(
        'colourSplit',
        S.colourSplit,
        'Yellow and orange split halfway between the red and green thresholds.',
      ),
      unconfirmed(
        'onTrackShare',
        S.onTrackShare,
        'Arrow ↑ when the observed pace is at least the required pace.',
      ),
      unconfirmed(
        'moderateShare',
        S.moderateShare,
        'Arrow ➚ from half the required pace; → below it; ↓ when falling.',
      ),
      unconfirmed(
        'requiredPace',
        '(score(green) − score(start))/(2030 − start)',
        'The straight line from the first score since 2015 to the green threshold in 2030; observed pace is the least-squares slope of the scores.',
      ),
      confirmed('trendFromYear', S.trendFromYear, 'Trends are measured since 2015.'),
      confirmed('targetYear', S.targetYear, 'The SDGs are due in 2030.'),
    ],
  },
  {
    id: 'escap-csi',
    name: 'Current Status Index',
    publisher: 'UN ESCAP / UNECE',
    reference: 'METHODS.md §4a (reconstruction)',
    explanation:
      'How much of the way from the base-year value to the target has been covered, on a scale up to 10 ' +
      '(negative when the value moved away), compared with the share of the time to 2030 that has passed.',
    parameters: [
      confirmed('baseYear', E.baseYear, 'Current ESCAP editions count from 2015.'),
      unconfirmed(
        'scale',
        E.scale,
        'D = ±10 as in the UNICEF MENARO implementation; ESCAP’s annex was not readable.',
      ),
      unconfirmed(
        'formula',
        'D·(I_cv − I_0)/|TV − I_0|; parity: 10 − 10·|TV − I_cv|/|TV − I_0|',
        'Reconstructed.',
      ),
    ],
  },
  {
    id: 'escap-api',
    name: 'Anticipated Progress Index',
    publisher: 'UN ESCAP / UNECE',
    reference: 'METHODS.md §4a (reconstruction)',
    explanation:
      'Projects the value to 2030 along a trend line that gives recent years more weight, and measures how ' +
      'much of the distance from the 2015 value to the target would still be missing: maintain, accelerate ' +
      'or reverse the trend.',
    parameters: [
      confirmed('fitFromYear', E.fitFromYear, 'UNECE fits the data from 2000 to the latest year.'),
      confirmed('targetYear', E.targetYear, 'The projection year.'),
      unconfirmed('weights', 'year − first year + 1', 'The time-weighting scheme is not published.'),
      unconfirmed(
        'tolerance',
        E.tolerance,
        'A gap up to this still counts as maintain (e.g. 0.05); none is published.',
      ),
      unconfirmed('gap', '(TV − Î_2030)/(TV − I_2015)', 'Reconstructed; |…| for parity-type indicators.'),
    ],
  },
  {
    id: 'gggi',
    name: 'Global Gender Gap Index',
    publisher: 'World Economic Forum',
    reference: 'METHODS.md §3.1–3.2',
    explanation:
      'Fourteen women-to-men ratios in economy, education, health and politics, each counted up to equality, ' +
      'weighted within their group; the index is the average of the four groups: the share of the gender gap closed.',
    parameters: [
      confirmed(
        'weights',
        'GGGR 2025 Table B.2',
        'Printed weights, normalised by their sum within each subindex.',
      ),
      confirmed('sexRatioAtBirthBenchmark', 0.944, 'GGGR 2014 appendix.'),
      unconfirmed('healthyLifeExpectancyBenchmark', 1.06, 'Secondary sources only.'),
      confirmed(
        'minIndicators',
        DEFAULT_GGGI_PARAMS.minIndicators,
        'An economy needs data for 12 of the 14 indicators.',
      ),
      unconfirmed(
        'rescaleHealth',
        DEFAULT_GGGI_PARAMS.rescaleHealth,
        'Health ratios are not divided by their benchmarks (maximum 0.980).',
      ),
      unconfirmed(
        'missingIndicator',
        DEFAULT_GGGI_PARAMS.missingIndicator,
        'A missing indicator’s weight is spread over the rest of its subindex.',
      ),
      unconfirmed('wageEqualityScale', 7, 'The 1–7 survey score is divided by 7.'),
    ],
  },
  {
    id: 'gggi-years-to-close',
    name: 'Years to close the gender gap',
    publisher: 'World Economic Forum',
    reference: 'METHODS.md §3.3',
    explanation:
      'The average yearly gain in the index since the first score, and how many years the remaining gap ' +
      'would take at that pace.',
    parameters: [
      unconfirmed(
        'formula',
        '(1 − S_T)/((S_T − S_0)/(T − T_0))',
        'Gives 134.3 years for 2006–2022 where WEF published 132.',
      ),
    ],
  },
  {
    id: 'regional-aggregate',
    name: 'Regional aggregate',
    publisher: 'UNECE convention; coverage rule by Parity',
    reference: 'METHODS.md §4a (regional averages)',
    explanation:
      'The simple average and the median of the member countries with data (every country counts once), ' +
      'and an average weighted by population; shown only when enough members have data.',
    parameters: [
      confirmed('mean', 'unweighted', 'ESCAP/UNECE average countries without weights.'),
      confirmed(
        'minShare',
        DEFAULT_COVERAGE_RULE.minShare,
        'Parity’s rule: at least half of the members have data.',
      ),
      confirmed('minCount', DEFAULT_COVERAGE_RULE.minCount, 'Parity’s rule: and at least 3 countries.'),
    ],
  },
];

/** The method with this id. */
export function progressMethod(id: string): ProgressMethod | undefined {
  return PROGRESS_METHODS.find((m) => m.id === id);
}
