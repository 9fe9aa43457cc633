import { z } from '@hono/zod-openapi';
import {
  assessed,
  dims,
  direction,
  EscapApi,
  GrowthRatio,
  IndicatorHead,
  Sdsn,
  YearValue,
} from './progress-schemas.ts';

/*
 * Schemas of the regional answers: aggregates of a region set per year with their coverage, and
 * the progress of the regional mean with each member's category per method
 * (`GET /api/aggregates`, `GET /api/progress/regions/{set}`). The series-level pieces they share with
 * a country's progress are in progress-schemas.ts.
 */

const cover = {
  n: z.number().int(),
  members: z.number().int(),
  coverage: z.number().openapi({ description: 'n / members.' }),
};

const AggregateYear = z
  .discriminatedUnion('ok', [
    z.object({
      year: z.number().int(),
      ok: z.literal(true),
      mean: z.number(),
      median: z.number(),
      weightedMean: z.number().nullable(),
      weightedN: z.number().int(),
      ...cover,
    }),
    z.object({
      year: z.number().int(),
      ok: z.literal(false),
      reason: z.literal('insufficient-coverage'),
      detail: z.string(),
      ...cover,
    }),
  ])
  .openapi('AggregateYear');

const RegionSetHead = z.object({
  code: z.string(),
  version: z.string(),
  name: z.string(),
  members: z.number().int(),
});
const Rule = z.object({ minShare: z.number(), minCount: z.number().int() });
const AggregateSeries = z.object({ dataset: z.string(), edition: z.string(), source: z.string(), dims });
const Weights = z.object({ indicator: z.literal('hdr.pop_total'), edition: z.string() }).nullable();

export const RegionalAggregates = z
  .object({
    regionSet: RegionSetHead,
    indicator: z.object({
      code: z.string(),
      concept: z.string(),
      name: z.string(),
      unit: z.string(),
      direction,
    }),
    series: AggregateSeries,
    weights: Weights,
    rule: Rule,
    years: z.array(AggregateYear),
  })
  .openapi('RegionalAggregates');

const counts = z.record(z.string(), z.number().int()).openapi({
  description: 'Members per category, most first: the tally of `countries`.',
});

const noVerdict = ['no-data', 'insufficient-data', 'not-applicable'] as const;

const MemberResult = z
  .object({
    iso3: z.string().openapi({ example: 'KAZ' }),
    name: z.string().openapi({ description: 'In the requested language.', example: 'Kazakhstan' }),
    // A union, not `.nullable()`: a nullable reference comes out as `allOf` with an object-or-null
    // type, which generators read as an object (src/web/api/openapi-types.ts).
    latest: z.union([YearValue, z.null()]).openapi({
      description: 'The member’s latest value; null when it has none.',
    }),
    growthRatio: z.enum([...GrowthRatio.shape.category.options, ...noVerdict]),
    sdsn: z.enum([...Sdsn.shape.trend.shape.trend.options, ...noVerdict]),
    escapApi: z.enum([...EscapApi.shape.category.options, ...noVerdict]),
    agreement: z
      .enum(['agree', 'disagree', 'one-verdict', 'no-data'])
      .openapi({ description: 'one-verdict: fewer than two methods gave a verdict.' }),
  })
  .openapi('RegionMemberResult', {
    description:
      'A member country’s category per method (no-data: no value; insufficient-data: too few; not-applicable: the method does not fit), assessed on its own series against its own most specific target.',
  });

export const RegionProgress = z
  .object({
    regionSet: RegionSetHead,
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    rule: Rule,
    rows: z.array(
      z.object({
        indicator: IndicatorHead,
        series: AggregateSeries,
        weights: Weights,
        sourceNote: z.string(),
        aggregates: z.array(AggregateYear),
        ...assessed,
        members: z.object({
          withData: z.number().int(),
          growthRatio: counts,
          sdsn: counts,
          escapApi: counts,
          agreement: counts,
          countries: z
            .array(MemberResult)
            .openapi({ description: 'Every member of the set, in the set’s order: what the counts count.' }),
        }),
      }),
    ),
  })
  .openapi('RegionProgress');
