import type { Kysely } from 'kysely';
import { countryByIso3, type Direction, type Indicator, type Lang } from '../catalog/index.ts';
import { findMovers, summarizeByYear, type Mover, type YearSummary } from '../core/index.ts';
import { dimsKey } from '../ingest/validate-parsed.ts';
import type { Database } from '../store/database.ts';
import { readValues } from '../store/value-reads.ts';
import { findIndicator } from './indicator-views.ts';
import { findRegionSet } from './region-set-views.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';
import { storeSnapshot, type EditionCoverage, type StoreSnapshot } from './store-snapshot.ts';

export interface OverviewRequest {
  readonly indicator: string;
  /** The breakdown, exactly (e.g. `{ sex: 'F' }`); default: the total, else women, else the most common. */
  readonly dims?: Readonly<Record<string, string>>;
  readonly regionSet: string;
  readonly year?: number;
  readonly edition?: string;
  readonly lang: Lang;
}

export interface OverviewMover {
  readonly iso3: string;
  readonly name: string;
  readonly from: { year: number; value: number };
  readonly to: { year: number; value: number };
  readonly change: number;
  /** Direction-aware: positive is progress (for a neutral indicator, the change). */
  readonly progress: number;
  readonly kind: 'improved' | 'worsened';
}

export interface Overview {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly dataset: string | null;
  readonly edition: string | null;
  readonly dims: Record<string, string>;
  readonly regionSet: { readonly code: string; readonly version: string; readonly name: string };
  /** Years with at least one member's value, ascending. */
  readonly years: number[];
  readonly year: number | null;
  readonly values: { iso3: string; name: string; value: number }[];
  readonly trend: YearSummary[];
  readonly movers: OverviewMover[];
  readonly coverage: { readonly members: number; readonly withValue: number };
}

/**
 * One indicator across a region set's members: values in a year (the latest by default), the
 * members' mean and median over time, and the 5 biggest improvers and decliners over the 10 years
 * to that year (direction-aware: for the GII a fall is progress). One source edition (the one
 * with the most recent data unless `edition` is given) and one breakdown, never mixed.
 */
export async function overview(db: Kysely<Database>, req: OverviewRequest): Promise<ServiceResult<Overview>> {
  const ind = findIndicator(req.indicator, 'indicator');
  if (!ind.ok) return ind;
  const set = findRegionSet(req.regionSet);
  if (!set.ok) return set;
  const snapshot = await storeSnapshot(db);
  const source = await chooseSource(snapshot, req.indicator, req.edition);
  if (!source.ok) return source;
  const i = ind.value;
  const members = set.value.members;
  const regionSet = { code: set.value.code, version: set.value.version, name: set.value.name[req.lang] };
  const head = { indicator: i.code, name: i.name[req.lang], unit: i.unit, direction: i.direction };
  if (!source.value) {
    const none = { dataset: null, edition: null, dims: req.dims ?? {}, regionSet, years: [], year: null };
    return ok({
      ...head,
      ...none,
      values: [],
      trend: [],
      movers: [],
      coverage: { members: members.length, withValue: 0 },
    });
  }
  const dims = await chooseDims(snapshot, i.code, source.value, req.dims);
  if (!dims.ok) return dims;
  const rows = await readValues(db, {
    indicators: [i.code],
    sourceId: source.value.sourceId,
    dimsKey: dimsKey(dims.value),
    areas: members,
  });
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  if (req.year !== undefined && !years.includes(req.year))
    return notFound(
      `no value of ${i.code} for ${set.value.code} members in ${req.year} (${source.value.edition}): years with values are ${years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : 'none'}`,
      'year',
    );
  const year = req.year ?? years[years.length - 1] ?? null;
  const name = (iso3: string) => countryByIso3(iso3)?.names[req.lang] ?? iso3;
  const values = rows
    .filter((r) => r.year === year)
    .map((r) => ({ iso3: r.area, name: name(r.area), value: r.value }));
  return ok({
    ...head,
    dataset: source.value.dataset,
    edition: source.value.edition,
    dims: dims.value,
    regionSet,
    years,
    year,
    values,
    trend: summarizeByYear(rows),
    movers: year === null ? [] : moversOf(rows, i, year, name),
    coverage: { members: members.length, withValue: values.length },
  });
}

/** The 5 biggest improvers, then the 5 biggest decliners, over the 10 years to `year`. */
function moversOf(
  rows: readonly { area: string; year: number; value: number }[],
  i: Indicator,
  year: number,
  name: (iso3: string) => string,
): OverviewMover[] {
  const series = new Map<string, { year: number; value: number }[]>();
  for (const r of rows) series.set(r.area, [...(series.get(r.area) ?? []), { year: r.year, value: r.value }]);
  const orientation = {
    direction: i.direction,
    ...(i.parityValue !== undefined ? { parityValue: i.parityValue } : {}),
  };
  const found = findMovers(
    [...series.entries()].map(([key, points]) => ({ key, points })),
    { orientation, endYear: year },
  );
  const view = (kind: OverviewMover['kind']) => (m: Mover) => ({
    iso3: m.key,
    name: name(m.key),
    from: m.from,
    to: m.to,
    change: m.change,
    progress: m.progress,
    kind,
  });
  return [...found.improved.map(view('improved')), ...found.worsened.map(view('worsened'))];
}

/** The source edition: the one asked for, else the one with the latest data (then the most areas). */
async function chooseSource(
  snapshot: StoreSnapshot,
  indicator: string,
  edition?: string,
): Promise<ServiceResult<EditionCoverage | undefined>> {
  const rows = (await snapshot.coverage())
    .filter((c) => c.indicator === indicator)
    .sort((a, b) => b.lastYear - a.lastYear || b.areas - a.areas);
  if (edition === undefined) return ok(rows[0]);
  const row = rows.find((r) => r.edition === edition);
  return row
    ? ok(row)
    : notFound(
        `no edition "${edition}" of ${indicator} in the database: it has ${rows.map((r) => r.edition).join(', ') || 'none'}`,
        'edition',
      );
}

/** The breakdown asked for (which must exist), else the total, else women (`sex=F`), else the most common. */
async function chooseDims(
  snapshot: StoreSnapshot,
  indicator: string,
  source: EditionCoverage,
  wanted?: Readonly<Record<string, string>>,
): Promise<ServiceResult<Record<string, string>>> {
  const present = (await snapshot.dimsKeys())
    .filter((d) => d.indicator === indicator && d.sourceId === source.sourceId)
    .sort((a, b) => b.observations - a.observations);
  if (wanted !== undefined) {
    const key = dimsKey(wanted);
    const hit = present.find((d) => d.dimsKey === key);
    if (hit) return ok(hit.dims);
    const listed = present
      .slice(0, 12)
      .map((d) => (d.dimsKey === '' ? 'total' : d.dimsKey.replaceAll('=', ':').replaceAll(';', ',')));
    return notFound(
      `no breakdown "${key.replaceAll('=', ':').replaceAll(';', ',') || 'total'}" of ${indicator} in ${source.edition}: it has ${listed.join('; ')}${present.length > 12 ? ' …' : ''}`,
      'dims',
    );
  }
  const pick =
    present.find((d) => d.dimsKey === '') ?? present.find((d) => d.dimsKey === 'sex=F') ?? present[0];
  return ok(pick?.dims ?? {});
}
