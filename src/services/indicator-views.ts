import type { Kysely } from 'kysely';
import {
  findIndicatorsBySynonym,
  indicatorByCode,
  indicators,
  type Direction,
  type Indicator,
  type Lang,
} from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { notFound, ok, pageOf, type PageRequest, type Paged, type ServiceResult } from './service-result.ts';
import { storeSnapshot, type EditionCoverage } from './store-snapshot.ts';

/** What the store holds of an indicator from one source edition. */
export interface IndicatorEdition {
  readonly dataset: string;
  readonly edition: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly areas: number;
  readonly observations: number;
  /** False when the publisher's terms forbid offering the data for download. */
  readonly redistribution: boolean;
}

export interface IndicatorView {
  readonly code: string;
  readonly name: string;
  readonly names: Readonly<Record<Lang, string>>;
  readonly shortName?: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly parityValue?: number;
  readonly definition: string;
  readonly publisher: string;
  readonly concept: string;
  readonly conceptNote?: string;
  readonly bpfa: string[];
  readonly clusters: number[];
  readonly sdgTargets: string[];
  readonly dimensions: string[];
  readonly synonyms: string[];
  readonly categorical: boolean;
  readonly editions: IndicatorEdition[];
}

export interface IndicatorDetail extends IndicatorView {
  /** Each dimension key present in the data, with its values sorted. */
  readonly dims: Record<string, string[]>;
}

export interface IndicatorFilter {
  readonly lang: Lang;
  readonly concept?: string;
  readonly bpfa?: string;
  readonly dataset?: string;
  /** Free text matched against codes, names and synonyms (best matches first). */
  readonly q?: string;
  readonly page: PageRequest;
}

/** The catalogue's indicators with what the store holds of each, filtered; catalogue order unless `q` ranks them. */
export async function listIndicators(
  db: Kysely<Database>,
  f: IndicatorFilter,
): Promise<ServiceResult<Paged<IndicatorView>>> {
  const coverage = await (await storeSnapshot(db)).coverage();
  if (f.dataset !== undefined && !coverage.some((c) => c.dataset === f.dataset)) {
    const datasets = [...new Set(coverage.map((c) => c.dataset))].sort().join(', ');
    return notFound(`no dataset "${f.dataset}" in the database: it has ${datasets || 'none'}`, 'dataset');
  }
  let list: readonly Indicator[] = f.q !== undefined ? findIndicatorsBySynonym(f.q) : indicators;
  if (f.concept !== undefined) list = list.filter((i) => i.concept === f.concept);
  if (f.bpfa !== undefined) list = list.filter((i) => i.bpfa.includes(f.bpfa as never));
  if (f.dataset !== undefined) {
    const codes = new Set(coverage.filter((c) => c.dataset === f.dataset).map((c) => c.indicator));
    list = list.filter((i) => codes.has(i.code));
  }
  const byIndicator = groupCoverage(coverage);
  return ok(
    pageOf(
      list.map((i) => indicatorView(i, f.lang, byIndicator.get(i.code) ?? [])),
      f.page,
    ),
  );
}

/** One indicator with its editions and the dimension values present in its data. */
export async function indicatorDetail(
  db: Kysely<Database>,
  code: string,
  lang: Lang,
): Promise<ServiceResult<IndicatorDetail>> {
  const found = findIndicator(code);
  if (!found.ok) return found;
  const snapshot = await storeSnapshot(db);
  const [coverage, dimsKeys] = await Promise.all([snapshot.coverage(), snapshot.dimsKeys()]);
  const values = new Map<string, Set<string>>();
  for (const d of dimsKeys) {
    if (d.indicator !== found.value.code) continue;
    for (const [k, v] of Object.entries(d.dims)) {
      const set = values.get(k) ?? new Set<string>();
      set.add(v);
      values.set(k, set);
    }
  }
  const dims = Object.fromEntries(
    [...values.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]),
  );
  const editions = coverage.filter((c) => c.indicator === found.value.code);
  return ok({ ...indicatorView(found.value, lang, editions), dims });
}

/**
 * The catalogue entry of a code, or not-found naming it, with the right spelling when only the
 * case was wrong, else a pointer to the list.
 */
export function findIndicator(code: string, param = 'code'): ServiceResult<Indicator> {
  const i = indicatorByCode(code);
  if (i) return ok(i);
  const sameLetters = indicators.find((x) => x.code.toLowerCase() === code.toLowerCase());
  const hint = sameLetters
    ? `did you mean ${sameLetters.code}?`
    : `the catalogue has ${indicators.length} codes, such as hdr.gii, unsd.parl_seats, wdi.SG.GEN.PARL.ZS and sdg.5.5.1 (GET /api/indicators lists them)`;
  return notFound(`unknown indicator "${code}": ${hint}`, param);
}

function groupCoverage(coverage: readonly EditionCoverage[]): Map<string, EditionCoverage[]> {
  const out = new Map<string, EditionCoverage[]>();
  for (const c of coverage) out.set(c.indicator, [...(out.get(c.indicator) ?? []), c]);
  return out;
}

function indicatorView(i: Indicator, lang: Lang, coverage: readonly EditionCoverage[]): IndicatorView {
  return {
    code: i.code,
    name: i.name[lang],
    names: i.name,
    ...(i.shortName ? { shortName: i.shortName } : {}),
    unit: i.unit,
    direction: i.direction,
    ...(i.parityValue !== undefined ? { parityValue: i.parityValue } : {}),
    definition: i.definition,
    publisher: i.publisher,
    concept: i.concept,
    ...(i.conceptNote ? { conceptNote: i.conceptNote } : {}),
    bpfa: [...i.bpfa],
    clusters: [...i.clusters],
    sdgTargets: [...i.sdgTargets],
    dimensions: [...i.dimensions],
    synonyms: [...i.synonyms],
    categorical: i.categorical ?? false,
    editions: coverage
      .map((c) => ({
        dataset: c.dataset,
        edition: c.edition,
        firstYear: c.firstYear,
        lastYear: c.lastYear,
        areas: c.areas,
        observations: c.observations,
        redistribution: c.redistribution,
      }))
      .sort((a, b) => a.dataset.localeCompare(b.dataset) || b.lastYear - a.lastYear),
  };
}
