import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { readObservations } from '../store/observation-reads.ts';
import type { SourceRead } from '../store/source-reads.ts';
import { HDR_DATASET } from './compute-indices.ts';
import { countryView, findCountry, type CountryView } from './country-views.ts';
import { decompositionOf, giiInputsOf, type GiiDecompositionView } from './gii-analysis.ts';
import { headlineFor, headlineValue, type Headline } from './headline-ranks.ts';
import { INDEX_COMPONENTS, indexTable, yearOf } from './index-table.ts';
import { buildComparisons, COMPARISON_INDICATORS, type Comparison } from './profile-comparisons.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';
import { storeSnapshot, type StoreSnapshot } from './store-snapshot.ts';

export interface GiiSeriesPoint {
  readonly year: number;
  /** UNDP's published GII; null when UNDP published none that year. */
  readonly value: number | null;
  /** The GII computed from the components at 3 decimals; null when an input is missing. */
  readonly computed: number | null;
  readonly [component: string]: number | null;
}

export interface ProfileSource {
  readonly dataset: string;
  readonly edition: string;
  readonly publisher: string;
  readonly title: string;
  readonly licence: string;
  readonly licenceUrl: string | null;
  readonly url: string | null;
  readonly citation: string;
  readonly redistribution: boolean;
}

export interface CountryProfile {
  readonly country: CountryView;
  /** The HDR edition of the headline, GII series and comparisons. */
  readonly edition: string | null;
  readonly headline: Headline[];
  readonly gii: {
    readonly series: GiiSeriesPoint[];
    readonly decomposition: GiiDecompositionView | null;
  };
  readonly comparisons: Comparison[];
  /** The published GII series of every HDR edition: UNDP revises whole back series between editions. */
  readonly editions: { readonly edition: string; readonly gii: { year: number; value: number }[] }[];
  readonly sources: ProfileSource[];
}

/**
 * Everything a country page shows, in one call: headline GII, GDI and HDI with ranks, the GII
 * series with its inputs and decomposition, national and international series of the same
 * concepts side by side, the GII of each HDR edition, and the sources used. Per request this
 * reads the store version and the country's observations (two indexed queries); whole-store
 * tables (indices of every area, ranks, sources) are cached per data version.
 */
export async function countryProfile(
  db: Kysely<Database>,
  iso3: string,
  lang: Lang,
  edition?: string,
): Promise<ServiceResult<CountryProfile>> {
  const found = findCountry(iso3);
  if (!found.ok) return found;
  const country = found.value;
  const snapshot = await storeSnapshot(db);
  const editions = await snapshot.editions(HDR_DATASET);
  if (edition !== undefined && !editions.some((e) => e.edition === edition))
    return notFound(
      `no HDR edition ${edition}: the database has ${editions.map((e) => e.edition).join(', ') || 'none'}`,
      'edition',
    );
  const chosen = edition ?? editions[0]?.edition ?? null;
  const [headline, gii, giiByEdition, observations, sources] = await Promise.all([
    chosen ? headlines(snapshot, chosen, country.iso3) : [],
    chosen ? giiSection(snapshot, chosen, country.iso3) : { series: [], decomposition: null },
    Promise.all(editions.map((e) => publishedGii(snapshot, e.edition, country.iso3))),
    readObservations(db, { areas: [country.iso3], indicators: COMPARISON_INDICATORS }),
    snapshot.sources(),
  ]);
  const comparisons = buildComparisons(observations, { dataset: HDR_DATASET, edition: chosen ?? '' }, lang);
  const used = new Set([
    ...(chosen ? [`${HDR_DATASET}|${chosen}`] : []),
    ...editions.map((e) => `${HDR_DATASET}|${e.edition}`),
    ...comparisons.flatMap((c) => c.series.map((s) => `${s.dataset}|${s.edition}`)),
  ]);
  return ok({
    country: countryView(country, lang),
    edition: chosen,
    headline,
    gii,
    comparisons,
    editions: editions.map((e, i) => ({ edition: e.edition, gii: giiByEdition[i]! })),
    sources: sources.filter((s) => used.has(`${s.dataset}|${s.edition}`)).map(sourceView),
  });
}

async function headlines(snapshot: StoreSnapshot, edition: string, iso3: string): Promise<Headline[]> {
  const list = await Promise.all(
    (['gii', 'gdi', 'hdi'] as const).map((index) => headlineFor(snapshot, index, edition, iso3)),
  );
  return list.filter((h): h is Headline => h !== undefined);
}

async function giiSection(
  snapshot: StoreSnapshot,
  edition: string,
  iso3: string,
): Promise<CountryProfile['gii']> {
  const table = await indexTable(snapshot, 'gii', edition);
  if (!table.ok) return { series: [], decomposition: null };
  const rows = table.value.rows.filter((r) => r.area === iso3);
  const series = rows.map((r) => ({
    year: yearOf(r),
    value: r.published ?? null,
    computed: r.result.ok ? r.result.rounded : null,
    ...Object.fromEntries(INDEX_COMPONENTS.gii.map((k) => [k, r.components[k] ?? null])),
  }));
  const last = [...rows].reverse().find((r) => r.result.ok);
  const decomposition = last?.result.ok
    ? decompositionOf({
        area: iso3,
        year: yearOf(last),
        edition,
        inputs: giiInputsOf(last),
        published: last.published ?? null,
      })
    : undefined;
  return { series, decomposition: decomposition?.ok ? decomposition.value : null };
}

async function publishedGii(snapshot: StoreSnapshot, edition: string, iso3: string) {
  const table = await indexTable(snapshot, 'gii', edition);
  if (!table.ok) return [];
  return table.value.rows.flatMap((r) => {
    const value = r.area === iso3 ? headlineValue(r) : undefined;
    return value === undefined || r.published === undefined ? [] : [{ year: yearOf(r), value }];
  });
}

function sourceView(s: SourceRead): ProfileSource {
  return {
    dataset: s.dataset,
    edition: s.edition,
    publisher: s.publisher,
    title: s.title,
    licence: s.licence,
    licenceUrl: s.licenceUrl,
    url: s.url,
    citation: s.citation,
    redistribution: s.redistribution,
  };
}
