import { indicatorByCode, type Lang } from '../catalog/index.ts';
import type { ObservationRead } from '../store/observation-reads.ts';

/**
 * The series of one concept a country profile sets side by side, and for each indicator which
 * breakdown stands for "women" or the total: the first preference matched by some breakdown of
 * the country's data wins, the one with the fewest dimensions among those (then the most points).
 */
export const PROFILE_COMPARISONS: readonly {
  readonly concept: string;
  readonly series: readonly {
    readonly indicator: string;
    readonly prefer: readonly Record<string, string>[];
  }[];
}[] = [
  {
    concept: 'women-parliament-seats',
    series: [
      { indicator: 'hdr.pr', prefer: [{ sex: 'F' }] },
      { indicator: 'unsd.parl_seats', prefer: [{ sex: 'F' }] },
      { indicator: 'wdi.SG.GEN.PARL.ZS', prefer: [{}] },
      // Kazakhstan's platform codes the national parliament SG_GEN_PARL; the UK's names the Commons.
      { indicator: 'sdg.5.5.1', prefer: [{ series: 'SG_GEN_PARL' }, { series: 'House of Commons' }] },
    ],
  },
  {
    concept: 'labour-force-participation',
    series: [
      { indicator: 'hdr.lfpr', prefer: [{ sex: 'F' }] },
      { indicator: 'unsd.lfpr', prefer: [{ sex: 'F' }] },
      { indicator: 'wdi.SL.TLF.CACT.FE.ZS', prefer: [{}] },
    ],
  },
  {
    concept: 'women-managers',
    series: [
      { indicator: 'unsd.managers', prefer: [{ sex: 'F' }] },
      { indicator: 'sdg.5.5.2', prefer: [{}] },
    ],
  },
  {
    concept: 'maternal-mortality-ratio',
    series: [
      { indicator: 'hdr.mmr', prefer: [{}] },
      { indicator: 'unsd.mmr', prefer: [{ sex: 'F' }, {}] },
    ],
  },
  {
    concept: 'adolescent-birth-rate',
    series: [
      { indicator: 'hdr.abr', prefer: [{}] },
      { indicator: 'unsd.abr', prefer: [{ sex: 'F' }, {}] },
    ],
  },
  {
    concept: 'secondary-education-attainment',
    series: [
      { indicator: 'hdr.se', prefer: [{ sex: 'F' }] },
      { indicator: 'unsd.attainment_lsec', prefer: [{ sex: 'F' }] },
    ],
  },
];

/** Every indicator a profile comparison may read. */
export const COMPARISON_INDICATORS: readonly string[] = PROFILE_COMPARISONS.flatMap((c) =>
  c.series.map((s) => s.indicator),
);

export interface ComparisonSeries {
  readonly indicator: string;
  readonly name: string;
  readonly dataset: string;
  readonly edition: string;
  /** `national` for a national SDG platform, else `international`. */
  readonly kind: 'national' | 'international';
  readonly dims: Record<string, string>;
  readonly unit: string;
  /** How this series' definition differs from the others of its concept. */
  readonly definitionNote: string;
  readonly points: { year: number; value: number }[];
}

export interface Comparison {
  readonly concept: string;
  readonly label: string;
  readonly conceptNote: string;
  readonly series: ComparisonSeries[];
}

/**
 * The comparisons of a country profile from the country's observations (every source; HDR
 * series only from `hdrEdition`, since editions must not be mixed). Concepts without any series
 * are left out.
 */
export function buildComparisons(
  observations: readonly ObservationRead[],
  hdrEdition: { readonly dataset: string; readonly edition: string },
  lang: Lang,
): Comparison[] {
  return PROFILE_COMPARISONS.flatMap((c) => {
    const series = c.series.flatMap((s) =>
      seriesOf(
        observations.filter(
          (o) =>
            o.indicator === s.indicator &&
            o.value !== null &&
            (o.dataset !== hdrEdition.dataset || o.edition === hdrEdition.edition),
        ),
        s,
        lang,
      ),
    );
    if (series.length === 0) return [];
    const first = indicatorByCode(c.series[0]!.indicator);
    return [
      {
        concept: c.concept,
        label: first?.name[lang] ?? c.concept,
        conceptNote: first?.conceptNote ?? first?.definition ?? '',
        series,
      },
    ];
  });
}

function seriesOf(
  obs: readonly ObservationRead[],
  s: { readonly indicator: string; readonly prefer: readonly Record<string, string>[] },
  lang: Lang,
): ComparisonSeries[] {
  const ind = indicatorByCode(s.indicator);
  const bySource = new Map<number, ObservationRead[]>();
  for (const o of obs) bySource.set(o.sourceId, [...(bySource.get(o.sourceId) ?? []), o]);
  return [...bySource.values()].flatMap((list) => {
    const chosen = chooseBreakdown(list, s.prefer);
    if (!chosen) return [];
    const points = chosen
      .map((o) => ({ year: o.periodStart, value: o.value! }))
      .sort((a, b) => a.year - b.year);
    const o = chosen[0]!;
    return [
      {
        indicator: s.indicator,
        name: ind?.name[lang] ?? s.indicator,
        dataset: o.dataset,
        edition: o.edition,
        kind: o.dataset.startsWith('open-sdg') ? 'national' : 'international',
        dims: o.dims,
        unit: ind?.unit ?? '',
        definitionNote: ind?.conceptNote ?? ind?.definition ?? '',
        points,
      },
    ];
  });
}

/** The observations of the preferred breakdown (see {@link PROFILE_COMPARISONS}); undefined when none matches. */
export function chooseBreakdown(
  obs: readonly ObservationRead[],
  prefer: readonly Record<string, string>[],
): ObservationRead[] | undefined {
  const groups = new Map<string, ObservationRead[]>();
  for (const o of obs) {
    const key = JSON.stringify(Object.entries(o.dims).sort(([a], [b]) => a.localeCompare(b)));
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const p of prefer) {
    const matching = [...groups.values()].filter((g) =>
      Object.entries(p).every(([k, v]) => g[0]!.dims[k] === v),
    );
    if (matching.length === 0) continue;
    return matching.sort(
      (a, b) => Object.keys(a[0]!.dims).length - Object.keys(b[0]!.dims).length || b.length - a.length,
    )[0];
  }
  return undefined;
}
