import type { Kysely } from 'kysely';
import {
  decomposeGii,
  giiWhatIf,
  roundHalfAwayFromZero,
  type GiiDimension,
  type GiiIndicator,
  type GiiInputs,
} from '../core/index.ts';
import type { Database } from '../store/database.ts';
import type { ComputedRow } from './compute-indices.ts';
import { findCountryOrArea } from './area-lookup.ts';
import { describeFailure } from './hdr-index-checks.ts';
import { indexTable, yearOf } from './index-table.ts';
import { invalid, notFound, ok, type ServiceResult } from './service-result.ts';
import { storeSnapshot } from './store-snapshot.ts';

export const DECOMPOSITION_METHOD =
  'Shapley decomposition: each indicator’s contribution is the average fall in the GII from closing its ' +
  'female–male gap (MMR to 10, ABR to 1 per 1,000, both sexes at their mean share for PR, SE and LFPR) over ' +
  'all orders of closing the five gaps; contributions add up to the GII. A negative contribution is a gap ' +
  'in women’s favour that offsets disadvantages elsewhere.';

export interface GiiCase {
  readonly area: string;
  readonly year: number;
  readonly edition: string;
  readonly inputs: GiiInputs;
  readonly published: number | null;
}

/**
 * The GII inputs of an area in an HDR edition (the newest when absent) for `year`, or for the
 * latest year where all eight exist when no year is given. Not-found when the edition, the area's
 * data or that year's complete inputs are missing, saying which years have them.
 */
export async function giiCase(
  db: Kysely<Database>,
  q: { readonly country: string; readonly year?: number; readonly edition?: string },
): Promise<ServiceResult<GiiCase>> {
  const snapshot = await storeSnapshot(db);
  const area = await findCountryOrArea(snapshot, q.country);
  if (!area.ok) return area;
  const table = await indexTable(snapshot, 'gii', q.edition);
  if (!table.ok) return table;
  const { edition } = table.value;
  const rows = table.value.rows.filter((r) => r.area === area.value);
  const complete = rows.filter((r) => r.result.ok);
  if (complete.length === 0)
    return notFound(`no year with all eight GII inputs for ${area.value} in ${edition}`, 'country');
  const row = q.year === undefined ? complete[complete.length - 1]! : rows.find((r) => yearOf(r) === q.year);
  if (!row || !row.result.ok) {
    const why = row ? ` (${describeFailure(row.result)})` : '';
    return notFound(
      `no complete GII inputs for ${area.value} in ${q.year} in ${edition}${why}: years with all eight are ${yearRanges(complete)}`,
      'year',
    );
  }
  return ok({
    area: area.value,
    year: yearOf(row),
    edition,
    inputs: giiInputsOf(row),
    published: row.published ?? null,
  });
}

/** The eight GII inputs of a row whose GII is computable (all present). */
export function giiInputsOf(row: ComputedRow): GiiInputs {
  const c = row.components;
  return {
    mmr: c.mmr!,
    abr: c.abr!,
    prF: c.prF!,
    prM: c.prM!,
    seF: c.seF!,
    seM: c.seM!,
    lfprF: c.lfprF!,
    lfprM: c.lfprM!,
  };
}

/** `1990–2019, 2021–2023` for the years of the rows. */
function yearRanges(rows: readonly ComputedRow[]): string {
  const years = rows.map(yearOf).sort((a, b) => a - b);
  const parts: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = prev = y;
  }
  return parts.join(', ');
}

export interface GiiDecompositionView {
  readonly area: string;
  readonly year: number;
  readonly edition: string;
  /** The GII computed from the inputs (full precision) … */
  readonly gii: number;
  /** … at 3 decimals, and UNDP's published value. */
  readonly rounded: number;
  readonly published: number | null;
  readonly byDimension: Readonly<Record<GiiDimension, number>>;
  readonly byIndicator: Readonly<Record<GiiIndicator, number>>;
  readonly inputs: GiiInputs;
  readonly method: string;
}

/** Contributions of the GII's indicators and dimensions for an area-year (see {@link DECOMPOSITION_METHOD}). */
export async function giiDecomposition(
  db: Kysely<Database>,
  q: { readonly country: string; readonly year?: number; readonly edition?: string },
): Promise<ServiceResult<GiiDecompositionView>> {
  const found = await giiCase(db, q);
  if (!found.ok) return found;
  return decompositionOf(found.value);
}

/** The decomposition of a GII case; invalid when its inputs are (the store never holds such). */
export function decompositionOf(c: GiiCase): ServiceResult<GiiDecompositionView> {
  const d = decomposeGii(c.inputs);
  if (!d.ok) return invalid(`the stored GII inputs cannot be decomposed (${d.reason})`);
  return ok({
    area: c.area,
    year: c.year,
    edition: c.edition,
    gii: d.value.gii,
    rounded: roundHalfAwayFromZero(d.value.gii, 3),
    published: c.published,
    byDimension: d.value.byDimension,
    byIndicator: d.value.byIndicator,
    inputs: c.inputs,
    method: DECOMPOSITION_METHOD,
  });
}

/** Inputs a what-if may change; `prF` also sets `prM` to 100 − `prF`. */
export type WhatIfChanges = Partial<
  Pick<GiiInputs, 'mmr' | 'abr' | 'prF' | 'seF' | 'seM' | 'lfprF' | 'lfprM'>
>;

export interface GiiWhatIfView {
  readonly area: string;
  readonly year: number;
  readonly edition: string;
  readonly baseGii: number;
  readonly newGii: number;
  /** newGii − baseGii, full precision; negative is less inequality. */
  readonly change: number;
  readonly baseRounded: number;
  readonly newRounded: number;
  /** Difference of the two GIIs at 3 decimals, as UNDP would publish them. */
  readonly changeRounded: number;
  readonly inputs: { readonly base: GiiInputs; readonly scenario: GiiInputs };
}

/**
 * The GII of an area-year recomputed with some inputs changed (published units). A change that
 * makes an input impossible is invalid, naming it.
 */
export async function giiWhatIfFor(
  db: Kysely<Database>,
  q: {
    readonly country: string;
    readonly year?: number;
    readonly edition?: string;
    readonly changes: WhatIfChanges;
  },
): Promise<ServiceResult<GiiWhatIfView>> {
  const found = await giiCase(db, q);
  if (!found.ok) return found;
  const { prF, ...rest } = q.changes;
  const changes: Partial<GiiInputs> = { ...rest, ...(prF !== undefined ? { prF, prM: 100 - prF } : {}) };
  const r = giiWhatIf(found.value.inputs, changes);
  if (!r.ok) {
    const detail =
      r.reason === 'invalid-inputs'
        ? r.invalid.map((i) => `${i.input} ${i.value} (expected ${i.expected})`).join(', ')
        : r.reason === 'missing-inputs'
          ? `missing ${r.missing.join(', ')}`
          : r.detail;
    const param = r.reason === 'invalid-inputs' ? r.invalid[0]?.input : undefined;
    return invalid(`the ${r.side} inputs cannot give a GII: ${detail}`, param === 'prM' ? 'prF' : param);
  }
  const v = r.value;
  return ok({
    area: found.value.area,
    year: found.value.year,
    edition: found.value.edition,
    baseGii: v.baseGii,
    newGii: v.newGii,
    change: v.change,
    baseRounded: v.base.rounded,
    newRounded: v.scenario.rounded,
    changeRounded: v.changeRounded,
    inputs: { base: found.value.inputs, scenario: v.inputs },
  });
}
