/**
 * The indicators a progress view assesses, by concept, and for each the source a regional
 * aggregate uses. Curated, not "every indicator": a progress view answers "is this country (or
 * region) moving towards equality?", so it holds the gender indices, the GII's inputs and the SDG 5
 * and Beijing Platform indicators with a direction; context series (population, HDI ranks,
 * emissions) and categorical ones (quota types) are left out.
 *
 * - `indicators`: every catalogue code of the concept a country view reads (all sources and
 *   editions, national platforms included);
 * - `regional`: the international series a regional aggregate reads, in order of preference (the
 *   first that has data is used, in its newest edition). National platforms never enter a regional
 *   aggregate: their definitions differ by country.
 */

export interface ProgressConcept {
  readonly concept: string;
  readonly indicators: readonly string[];
  readonly regional: readonly string[];
  /** Why the regional source is the one preferred. */
  readonly regionalNote: string;
  /**
   * Breakdowns read beside the headline for a concept another indicator's breakdown measures: SDG
   * 5.5.1 is one catalogue code, but its series (b) counts local councils, not parliament.
   */
  readonly extra?: readonly {
    readonly indicator: string;
    readonly prefer: readonly Readonly<Record<string, string>>[];
  }[];
}

const HDR_NOTE =
  'HDR: the series the GII is computed from, for every UNECE member and every year to the newest edition';

export const PROGRESS_CONCEPTS: readonly ProgressConcept[] = [
  { concept: 'gii', indicators: ['hdr.gii'], regional: ['hdr.gii'], regionalNote: HDR_NOTE },
  { concept: 'gdi', indicators: ['hdr.gdi'], regional: ['hdr.gdi'], regionalNote: HDR_NOTE },
  { concept: 'hdi', indicators: ['hdr.hdi'], regional: ['hdr.hdi'], regionalNote: HDR_NOTE },
  {
    concept: 'maternal-mortality-ratio',
    indicators: ['hdr.mmr', 'unsd.mmr'],
    regional: ['hdr.mmr', 'unsd.mmr'],
    regionalNote: `${HDR_NOTE} (UN MMEIG estimates, as UNSD, to a later year)`,
  },
  {
    concept: 'adolescent-birth-rate',
    indicators: ['hdr.abr', 'unsd.abr'],
    regional: ['hdr.abr', 'unsd.abr'],
    regionalNote: HDR_NOTE,
  },
  {
    concept: 'women-parliament-seats',
    indicators: ['hdr.pr', 'unsd.parl_seats', 'wdi.SG.GEN.PARL.ZS', 'sdg.5.5.1'],
    regional: ['hdr.pr', 'unsd.parl_seats', 'wdi.SG.GEN.PARL.ZS'],
    regionalNote:
      `${HDR_NOTE}; it counts both chambers where there are two, where SDG 5.5.1(a) (UNSD, WDI) counts ` +
      'the single or lower chamber',
  },
  {
    concept: 'women-local-government-seats',
    indicators: ['unsd.local_seats'],
    regional: ['unsd.local_seats'],
    regionalNote: 'UNSD minimum set: the only international series (SDG 5.5.1(b))',
    extra: [{ indicator: 'sdg.5.5.1', prefer: [{ series: 'SG_GEN_LOCG' }, { series: 'Local Government' }] }],
  },
  {
    concept: 'labour-force-participation',
    indicators: ['hdr.lfpr', 'wdi.SL.TLF.CACT.FE.ZS', 'unsd.lfpr'],
    regional: ['hdr.lfpr', 'wdi.SL.TLF.CACT.FE.ZS', 'unsd.lfpr'],
    regionalNote: `${HDR_NOTE} (ILO modelled estimates, as WDI and UNSD)`,
  },
  {
    concept: 'women-managers',
    indicators: ['unsd.managers', 'sdg.5.5.2'],
    regional: ['unsd.managers'],
    regionalNote: 'UNSD minimum set: the only international series (SDG 5.5.2)',
  },
  {
    concept: 'women-ministers',
    indicators: ['unsd.ministers'],
    regional: ['unsd.ministers'],
    regionalNote: 'UNSD minimum set: the only series',
  },
  {
    concept: 'secondary-education-attainment',
    indicators: ['hdr.se', 'unsd.attainment_lsec'],
    regional: ['hdr.se', 'unsd.attainment_lsec'],
    regionalNote: HDR_NOTE,
  },
  {
    concept: 'child-marriage',
    indicators: ['unsd.child_marriage_18', 'sdg.5.3.1'],
    regional: ['unsd.child_marriage_18'],
    regionalNote: 'UNSD minimum set: the only international series (SDG 5.3.1, before 18)',
  },
  {
    concept: 'intimate-partner-violence',
    indicators: ['unsd.ipv', 'sdg.5.2.1'],
    regional: ['unsd.ipv'],
    regionalNote: 'UNSD minimum set: the only international series (SDG 5.2.1)',
  },
  {
    concept: 'non-partner-sexual-violence',
    indicators: ['sdg.5.2.2'],
    regional: [],
    regionalNote: 'national platforms only: no regional aggregate',
  },
  {
    concept: 'female-genital-mutilation',
    indicators: ['sdg.5.3.2'],
    regional: [],
    regionalNote: 'national platforms only: no regional aggregate',
  },
];

/**
 * SDSN indicators scored as a female-to-male ratio (× 100) of a series' sex breakdowns: the
 * progress view derives these series itself (sdsn-bounds.ts says which codes feed them).
 */
export const DERIVED_RATIO_CONCEPTS: readonly { readonly sdsnCode: 'sdg5_edat' | 'sdg5_lfpr' }[] = [
  { sdsnCode: 'sdg5_edat' },
  { sdsnCode: 'sdg5_lfpr' },
];

/** Every catalogue code a country progress view reads. */
export const PROGRESS_INDICATOR_CODES: readonly string[] = [
  ...new Set(PROGRESS_CONCEPTS.flatMap((c) => [...c.indicators, ...(c.extra ?? []).map((e) => e.indicator)])),
];
