import { z } from '@hono/zod-openapi';

/**
 * Response schemas of the progress, trend and aggregate routes: the services' types
 * (services/progress-view.ts, progress.ts, region-progress.ts, regional-aggregates.ts, trends.ts)
 * written as zod, so that the OpenAPI document describes every field.
 */

export const direction = z.enum(['higher-is-better', 'lower-is-better', 'parity', 'neutral']);
export const YearValue = z.object({ year: z.number().int(), value: z.number() }).openapi('YearValue');
export const dims = z.record(z.string(), z.string());

const NotEnoughData = z
  .object({
    ok: z.literal(false),
    reason: z.literal('not-enough-data'),
    gap: z.enum(['fewer-than-two-points', 'missing-year', 'zero-base', 'sign-change', 'empty-window']),
    detail: z.string().openapi({ example: 'no value for 1995' }),
    missingYears: z.array(z.number().int()).readonly().optional(),
  })
  .openapi('NotEnoughData', { description: 'Too little data for this measure, and what is missing.' });

const NotApplicable = z
  .object({ ok: z.literal(false), reason: z.literal('not-applicable'), detail: z.string() })
  .openapi('NotApplicable', {
    description: 'The method does not fit the indicator or question (no target, neutral, …).',
  });

/** A method's value, or why there is none. */
function methodResult<T extends z.ZodType>(value: T) {
  return z.union([z.object({ ok: z.literal(true), value }), NotEnoughData, NotApplicable]);
}

/** A trend measure: `{ ok: true, …fields }` or not-enough-data. */
function trendResult<S extends z.ZodRawShape>(shape: S) {
  return z.union([z.object({ ok: z.literal(true), ...shape }), NotEnoughData]);
}

const Change = z
  .object({
    from: YearValue,
    to: YearValue,
    absolute: z.number().openapi({ description: 'to − from, in the unit (points for a percentage).' }),
    relative: z
      .number()
      .optional()
      .openapi({ description: '(to − from)/from, a fraction: −0.546 is a 54.6 % fall.' }),
    cagr: z.number().optional().openapi({ description: 'Compound annual growth rate, a fraction.' }),
  })
  .openapi('Change');

const Fit = z
  .object({
    slope: z.number().openapi({ description: 'Change per year.' }),
    intercept: z
      .number()
      .openapi({ description: 'Value of the line at year 0: value = intercept + slope·year.' }),
    weighting: z
      .enum(['none', 'recency'])
      .openapi({ description: 'recency: weight = year − first year + 1 (UNCONFIRMED).' }),
    n: z.number().int(),
    fromYear: z.number().int(),
    toYear: z.number().int(),
  })
  .openapi('LinearFit');

const Projection = z.object({ year: z.number().int(), value: z.number() }).openapi('Projection');

const TimeToTarget = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('reached'), latest: YearValue }),
    z.object({
      status: z.literal('on-course'),
      latest: YearValue,
      years: z.number(),
      year: z.number(),
      pacePerYear: z.number(),
    }),
    z.object({ status: z.literal('not-at-this-pace'), latest: YearValue, pacePerYear: z.number() }),
  ])
  .openapi('TimeToTarget');

const TargetValue = z.object({ value: z.number(), year: z.number().int() });

export const GrowthRatio = z
  .object({
    method: z.literal('growth-ratio'),
    mode: z.enum(['target', 'no-target']),
    category: z.enum([
      'target-achieved',
      'on-track',
      'acceleration-needed',
      'limited-progress',
      'deterioration',
    ]),
    observedCagr: z.number(),
    requiredCagr: z.number().optional(),
    ratio: z.number().optional(),
    score: z.number().optional(),
    thresholds: z.object({ onTrack: z.number(), acceleration: z.number(), limited: z.number() }),
    c: z.number(),
    inputs: z.object({
      requestedBaseYear: z.number().int(),
      base: YearValue,
      current: YearValue,
      target: TargetValue.optional(),
      direction: z.enum(['increase', 'decrease']),
      d: z.union([z.literal(1), z.literal(-1)]),
      s: z.union([z.literal(1), z.literal(-1)]),
      limit: z.number().optional(),
    }),
  })
  .openapi('GrowthRatioAssessment');

export const Sdsn = z
  .object({
    method: z.literal('sdsn'),
    latest: YearValue,
    score: z.number().openapi({ description: '0–100.' }),
    colour: z.enum(['green', 'yellow', 'orange', 'red']),
    trend: z.object({
      trend: z.enum(['on-track', 'moderately-improving', 'stagnating', 'decreasing', 'unavailable']),
      symbol: z.string().openapi({ example: '➚' }),
      basis: z.string(),
      observedPace: z.number().optional(),
      requiredPace: z.number().optional(),
      paceRatio: z.number().optional(),
    }),
    bounds: z.object({ optimum: z.number(), green: z.number(), red: z.number(), lowerBound: z.number() }),
  })
  .openapi('SdsnAssessment');

const escapKind = z.enum(['increasing', 'decreasing', 'parity']);

const EscapCsi = z
  .object({
    method: z.literal('escap-csi'),
    value: z
      .number()
      .openapi({ description: 'Up to 10 (target reached); negative when further than in the base year.' }),
    kind: escapKind,
    d: z.number().optional(),
    base: YearValue,
    current: YearValue,
    targetValue: z.number(),
    targetMet: z.boolean(),
    timeElapsedShare: z.number(),
  })
  .openapi('EscapCurrentStatus');

export const EscapApi = z
  .object({
    method: z.literal('escap-api'),
    category: z.enum(['maintain', 'accelerate', 'reverse']),
    gap: z.number().optional(),
    projection: Projection.extend({ fit: Fit }),
    kind: escapKind,
    base: YearValue,
    latest: YearValue,
    targetValue: z.number(),
    tolerance: z.number(),
  })
  .openapi('EscapAnticipatedProgress');

const verdict = z.enum(['on-track', 'progressing', 'off-track']);

const Agreement = z
  .object({
    verdicts: z
      .array(
        z.object({ method: z.enum(['growth-ratio', 'sdsn', 'escap-api']), category: z.string(), verdict }),
      )
      .readonly(),
    agree: z
      .boolean()
      .optional()
      .openapi({ description: 'Absent when fewer than two methods give a verdict.' }),
    consensus: verdict.optional(),
  })
  .openapi('VerdictAgreement');

const Assessment = z
  .object({
    trend: z.object({
      change: methodResult(Change),
      cagr: methodResult(z.number()),
      linear: methodResult(Fit),
      projection: methodResult(Projection),
      timeToTarget: methodResult(
        z.intersection(TimeToTarget, z.object({ towards: z.enum(['target', 'parity']), value: z.number() })),
      ),
    }),
    growthRatio: methodResult(GrowthRatio),
    sdsn: methodResult(Sdsn),
    escapCsi: methodResult(EscapCsi),
    escapApi: methodResult(EscapApi),
    agreement: Agreement,
  })
  .openapi('ProgressAssessment', {
    description: 'Every method side by side, each with its result or why it has none.',
  });

export const IndicatorHead = z
  .object({
    code: z.string().openapi({ example: 'hdr.pr' }),
    concept: z.string().openapi({ example: 'women-parliament-seats' }),
    name: z.string(),
    unit: z.string(),
    direction,
    parityValue: z.number().optional(),
  })
  .openapi('ProgressIndicator');

const SeriesHead = z
  .object({
    dataset: z.string(),
    edition: z.string(),
    source: z.string().openapi({ example: 'HDR25' }),
    kind: z.enum(['national', 'international']),
    dims,
    breakdown: z.enum(['preferred', 'total', 'female', 'extra', 'female-to-male-ratio']),
  })
  .openapi('ProgressSeries');

const Target = z
  .object({
    id: z.string().openapi({ example: 'sdg-5.5-parliament-seats' }),
    value: z.number(),
    year: z.number().int(),
    kind: z.enum(['sdg-target', 'national-target', 'parity']),
    label: z.string(),
    source: z.string(),
    yearAssumed: z
      .boolean()
      .openapi({ description: 'The target names no year: the request’s targetYear was used.' }),
  })
  .openapi('ProgressTarget');

export const assessed = {
  target: Target.nullable(),
  sdsn: z.object({ code: z.string(), edition: z.string() }).nullable(),
  assessment: Assessment,
  disagree: z.boolean().openapi({ description: 'Two or more methods give a verdict and they differ.' }),
};

export const CountryProgress = z
  .object({
    area: z.object({ code: z.string(), name: z.string() }),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    rows: z.array(
      z.object({ indicator: IndicatorHead, series: SeriesHead, points: z.array(YearValue), ...assessed }),
    ),
  })
  .openapi('CountryProgress');

const ExtremeChange = Change.extend({
  progress: z.number().openapi({ description: 'Direction-aware: positive is progress.' }),
});

export const TrendView = z
  .object({
    area: z.object({ code: z.string(), name: z.string() }),
    indicator: IndicatorHead,
    window: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }),
    projectionYear: z.number().int(),
    target: z
      .object({
        value: z.number(),
        kind: z.enum(['requested', 'sdg-target', 'national-target', 'parity']),
        label: z.string(),
      })
      .nullable(),
    series: z.array(
      z.object({
        series: SeriesHead,
        points: z.array(YearValue),
        change: trendResult({ change: Change }),
        cagr: trendResult({ cagr: z.number() }),
        extremes: trendResult({
          improvement: ExtremeChange.optional(),
          deterioration: ExtremeChange.optional(),
          windows: z.number().int(),
        }),
        fits: z.object({ none: trendResult({ fit: Fit }), recency: trendResult({ fit: Fit }) }),
        projections: z.object({
          none: trendResult({ projection: Projection }),
          recency: trendResult({ projection: Projection }),
        }),
        timeToTarget: z.union([
          z.object({
            linear: trendResult({ time: TimeToTarget }),
            compound: trendResult({ time: TimeToTarget }),
          }),
          NotApplicable,
        ]),
      }),
    ),
  })
  .openapi('Trend');

const verdictMap = z.record(z.string(), verdict.optional());

export const ProgressMethods = z
  .object({
    methods: z
      .array(
        z.object({
          id: z.string().openapi({ example: 'growth-ratio' }),
          name: z.string(),
          publisher: z.string(),
          reference: z.string().openapi({ description: 'Section of METHODS.md.' }),
          explanation: z.string(),
          parameters: z
            .array(
              z.object({
                name: z.string(),
                default: z.union([z.number(), z.string(), z.boolean()]),
                status: z.enum(['confirmed', 'unconfirmed']).openapi({
                  description:
                    'unconfirmed: the publisher’s value could not be read; Parity’s default is shown.',
                }),
                note: z.string(),
              }),
            )
            .readonly(),
        }),
      )
      .readonly(),
    verdicts: z.object({ growthRatio: verdictMap, sdsn: verdictMap, escapApi: verdictMap }).openapi({
      description:
        'Each method’s categories on the common scale used for agreement (on-track, progressing, off-track); a category without one (SDSN unavailable) gives no verdict.',
    }),
  })
  .openapi('ProgressMethods');
