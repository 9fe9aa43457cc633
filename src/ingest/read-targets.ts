import { z } from 'zod';
import { countryByIso3, indicatorsByConcept, regionSetByCode, type Indicator } from '../catalog/index.ts';
import { readTable, type RowProblem, type TableInput, type TableRead } from './read-table.ts';
import {
  idCell,
  numberCell,
  oneOf,
  optionalText,
  optionalUrl,
  optionalYear,
  textCell,
} from './table-cells.ts';

/** Kinds a targets file may hold; `parity` targets are derived from the catalogue, never typed in. */
export const TARGET_KINDS = ['sdg-target', 'national-target'] as const;
export type FileTargetKind = (typeof TARGET_KINDS)[number];

/** One row of a targets file (data/parity/targets.csv). */
export interface TargetRow {
  readonly id: string;
  /** A concept key of the indicator catalogue: the target holds for every series of it. */
  readonly concept: string;
  /** `global`, an ISO3 code (a national target) or `region:<region set code>`. */
  readonly scope: string;
  readonly kind: FileTargetKind;
  /** In the unit of the concept's series. */
  readonly value: number;
  /** The year the target is for; undefined when the source names none. */
  readonly year?: number;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly note?: string;
  readonly line: number;
}

const CONCEPT_MESSAGE =
  'expected a concept key of the indicator catalogue (src/catalog/indicators) such as maternal-mortality-ratio or women-parliament-seats';
const SCOPE_MESSAGE =
  'expected global, an ISO 3166-1 alpha-3 country code such as KAZ, or region:<region set code> such as region:central-asia';

/** `global`, an ISO3 code of the catalogue (upper case) or `region:<code>` of a known region set. */
export function isTargetScope(scope: string): boolean {
  if (scope === 'global') return true;
  if (scope.startsWith('region:')) return regionSetByCode(scope.slice('region:'.length)) !== undefined;
  return /^[A-Z]{3}$/.test(scope) && countryByIso3(scope) !== undefined;
}

const COLUMNS = {
  id: idCell,
  concept: z.string().refine((c) => indicatorsByConcept(c).length > 0, { error: CONCEPT_MESSAGE }),
  scope: z.string().refine(isTargetScope, { error: SCOPE_MESSAGE }),
  kind: oneOf(TARGET_KINDS),
  value: numberCell(),
  year: optionalYear,
  source: textCell('the source the target is quoted from'),
  source_url: optionalUrl,
  note: optionalText,
};

/**
 * Reads a targets file: `id,concept,scope,kind,value,year,source,source_url,note`, UTF-8. Besides
 * each cell's own rule: a national target has a country scope and an SDG target does not, and the
 * value lies within what every series of the concept can take (a share 0–100, a rate ≥ 0).
 */
export function readTargets(input: TableInput): Promise<TableRead<TargetRow>> {
  return readTable(input, {
    columns: COLUMNS,
    checkRow: (r) => [...kindProblems(r.kind, r.scope), ...valueProblems(r.concept, r.value)],
    toRow: (r) => ({
      id: r.id,
      concept: r.concept,
      scope: r.scope,
      kind: r.kind,
      value: r.value,
      ...(r.year !== undefined ? { year: r.year } : {}),
      source: r.source,
      ...(r.source_url !== undefined ? { sourceUrl: r.source_url } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
      line: r.line,
    }),
  });
}

function kindProblems(kind: FileTargetKind, scope: string): RowProblem<typeof COLUMNS>[] {
  const national = /^[A-Z]{3}$/.test(scope);
  if (kind === 'national-target' && !national)
    return [
      { column: 'scope', message: `expected a country code (ISO3) for a national-target, got "${scope}"` },
    ];
  if (kind === 'sdg-target' && national)
    return [
      {
        column: 'kind',
        message: `expected national-target for a country scope (${scope}): an SDG target is global or regional`,
      },
    ];
  return [];
}

function valueProblems(concept: string, value: number): RowProblem<typeof COLUMNS>[] {
  const series = indicatorsByConcept(concept);
  const { min, max } = conceptBounds(series);
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return [];
  const units = [...new Set(series.map((i) => i.unit))].join(', ');
  const range =
    max === undefined ? `at least ${min}` : min === undefined ? `at most ${max}` : `from ${min} to ${max}`;
  return [
    { column: 'value', message: `expected a value ${range} for ${concept} (unit ${units}), got ${value}` },
  ];
}

/** The values every series of a concept accepts: the tightest of their bounds. */
export function conceptBounds(series: readonly Indicator[]): { min?: number; max?: number } {
  const mins = series.flatMap((i) => (i.valid.min === undefined ? [] : [i.valid.min]));
  const maxes = series.flatMap((i) => (i.valid.max === undefined ? [] : [i.valid.max]));
  return {
    ...(mins.length > 0 ? { min: Math.max(...mins) } : {}),
    ...(maxes.length > 0 ? { max: Math.min(...maxes) } : {}),
  };
}
