import type { Kysely } from 'kysely';
import { indicatorByCode, indicatorsByConcept } from '../catalog/index.ts';
import type { ClaimLexicon, ParsedClaim, QuotaFact } from '../core/claims/claim.ts';
import type { ClaimCheck, EvidenceSeries, JudgeParams, SeriesMeta } from '../core/claims/evidence.ts';
import { judgeClaim } from '../core/claims/judge-claim.ts';
import { parseClaims } from '../core/claims/parse-claims.ts';
import type { YearValue } from '../core/stats.ts';
import type { Database } from '../store/database.ts';
import { buildClaimLexicon } from './claim-lexicon.ts';
import { findCountry } from './country-views.ts';
import { expandToConcepts, readHeadlineSeries, type HeadlineSeries } from './headline-series.ts';
import { listQuotas } from './quotas.ts';
import { invalid, ok, type ServiceResult } from './service-result.ts';

/** The longest text checked at once (characters). */
export const MAX_CLAIM_TEXT = 20_000;

export interface CheckClaimsRequest {
  readonly text: string;
  /** ISO3 of the speaker's country (any case): the country of claims whose sentence names none. */
  readonly country?: string;
  /** Tolerances of the judge; Parity's defaults (DEFAULT_JUDGE_PARAMS) when not given. */
  readonly params?: Partial<JudgeParams>;
}

/**
 * A series a claim was weighed against, with every point of it (not only those a finding used), so
 * that a chart of the claim needs no other read.
 */
export interface ClaimSeriesPoints {
  /** Catalogue code, e.g. `hdr.gii`. */
  readonly indicator: string;
  readonly dataset: string;
  readonly edition: string;
  /** The breakdown, exactly as the findings' `series.dims` give it ({} = the total). */
  readonly dims: Readonly<Record<string, string>>;
  /** The source edition as the findings name it (`series.source`): `HDR25`, `WDI 2022-02-15`. */
  readonly label: string;
  /** Catalogue unit: `index`, `percent`, `rank`, … */
  readonly unit: string;
  /** The values by year, years ascending, in `unit`. */
  readonly points: readonly YearValue[];
}

/** The judge's answer with the series its findings (context and closest included) rest on, each once. */
export type CheckedClaim = ClaimCheck & { readonly series: readonly ClaimSeriesPoints[] };

export interface ClaimsCheck {
  readonly text: string;
  readonly country?: string;
  readonly claims: CheckedClaim[];
}

let lexicon: ClaimLexicon | undefined;

/**
 * Finds the claims in a statement and checks each against the data: parse (core/claims), resolve
 * the country (named in the claim's sentence, else `country`), widen the claim's indicator to
 * every series of its concept (HDR, WDI, UNSD, national), read those series for the country in
 * every source edition, read the country's quotas, and judge (core/claims/judge-claim.ts).
 * Each claim carries the whole of the series its findings used (`series`): a chart of the claim
 * needs them and they are already read. Reads are shared between claims of the same country and indicators.
 */
export async function checkClaims(
  db: Kysely<Database>,
  req: CheckClaimsRequest,
): Promise<ServiceResult<ClaimsCheck>> {
  if (req.text.trim() === '') return invalid('expected a statement to check, got an empty text', 'text');
  if (req.text.length > MAX_CLAIM_TEXT)
    return invalid(
      `expected at most ${MAX_CLAIM_TEXT.toLocaleString('en')} characters, got ${req.text.length.toLocaleString('en')}`,
      'text',
    );
  let country: string | undefined;
  if (req.country !== undefined) {
    const found = findCountry(req.country, 'country');
    if (!found.ok) return invalid(found.message, 'country');
    country = found.value.iso3;
  }
  lexicon ??= buildClaimLexicon();
  const parsed = parseClaims(req.text, lexicon, country ? { country } : {});
  const reads = new Map<string, Promise<HeadlineSeries[]>>();
  const quotaReads = new Map<string, Promise<QuotaFact[]>>();
  const seriesOf = (area: string, codes: readonly string[]) => {
    const key = `${area}|${codes.join(',')}`;
    if (!reads.has(key)) reads.set(key, readHeadlineSeries(db, { area, indicators: codes }));
    return reads.get(key)!;
  };
  const quotasOf = (area: string) => {
    if (!quotaReads.has(area))
      quotaReads.set(
        area,
        listQuotas(db, { country: area }).then((r) => (r.ok ? r.value : [])),
      );
    return quotaReads.get(area)!;
  };
  const claims = await Promise.all(
    parsed.map(async (c) => {
      const claim: ParsedClaim = c.country || !country ? c : { ...c, country };
      if (!claim.country) return withSeries(judgeClaim(claim, [], [], req.params), []);
      const [evidence, quotas] = await Promise.all([
        seriesOf(claim.country, evidenceCodes(claim)),
        claim.assertion.kind === 'quota' ? quotasOf(claim.country) : [],
      ]);
      return withSeries(judgeClaim(claim, evidence, quotas, req.params), evidence);
    }),
  );
  return ok({ text: req.text, ...(country ? { country } : {}), claims });
}

/**
 * The check with the series of its findings (in the order the findings, then `closest`, name them),
 * each with its points from the evidence the judge was given.
 */
export function withSeries(check: ClaimCheck, evidence: readonly EvidenceSeries[]): CheckedClaim {
  const byKey = new Map(evidence.map((s) => [seriesKey(s), s]));
  const used = new Map<string, ClaimSeriesPoints>();
  for (const f of [...check.findings, ...(check.closest ? [check.closest] : [])]) {
    if (f.kind !== 'series') continue;
    const key = seriesKey(f.series);
    const s = byKey.get(key);
    if (s && !used.has(key))
      used.set(key, {
        indicator: s.indicator,
        dataset: s.dataset,
        edition: s.edition,
        dims: s.dims,
        label: s.source,
        unit: s.unit,
        points: s.points,
      });
  }
  return { ...check, series: [...used.values()] };
}

/** One series of one indicator, source edition and breakdown, whatever the order of its dims. */
function seriesKey(s: Pick<SeriesMeta, 'indicator' | 'dataset' | 'edition' | 'dims'>): string {
  const dims = Object.entries(s.dims)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
  return `${s.indicator}|${s.dataset}|${s.edition}|${dims}`;
}

/**
 * Direction-only claims about leadership name no indicator Parity holds; these concepts are shown
 * beside them as context ("increased female leadership in state governance": women ministers,
 * women's seats, women managers). Never used to judge.
 */
const RELATED: readonly { readonly words: RegExp; readonly concepts: readonly string[] }[] = [
  {
    words: /leader|leadership|governance|government|decision[- ]making|лидер|руковод|управлен|власт/iu,
    concepts: ['women-ministers', 'women-parliament-seats', 'women-managers'],
  },
];

/** The catalogue codes whose series a claim is weighed against (see checkClaims). */
export function evidenceCodes(claim: ParsedClaim): string[] {
  const a = claim.assertion;
  if (a.kind === 'quota')
    return concepts([
      a.body === 'local-councils' ? 'women-local-government-seats' : 'women-parliament-seats',
    ]);
  if (claim.indicatorCodes.length === 0)
    return a.kind === 'trend'
      ? concepts(RELATED.filter((r) => r.words.test(claim.text)).flatMap((r) => r.concepts))
      : [];
  const first = indicatorByCode(claim.indicatorCodes[0]!);
  const sameConcept = claim.indicatorCodes.filter((c) => indicatorByCode(c)?.concept === first?.concept);
  if (a.kind !== 'rank') return expandToConcepts(sameConcept);
  // "ranked 50th in the GII": the ranking of the index (hdr.gii → hdr.gii_rank), or a rank code itself.
  // Without a ranking, the value series go to the judge, which says there is no ranking of them.
  const ranks = sameConcept.flatMap((c) => {
    if (indicatorByCode(c)?.unit === 'rank') return [c];
    return indicatorByCode(`${c}_rank`) ? [`${c}_rank`] : [];
  });
  return ranks.length > 0 ? ranks : expandToConcepts(sameConcept);
}

function concepts(keys: readonly string[]): string[] {
  return [...new Set(keys.flatMap((k) => indicatorsByConcept(k).map((i) => i.code)))];
}
