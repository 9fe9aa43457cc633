import { apiUrl, type Query } from '../../api/client.ts';
import type { IndicatorDetail, IndicatorEdition } from '../../components/api-types.ts';

export type View = 'line' | 'map' | 'table';
export const VIEWS: readonly View[] = ['line', 'map', 'table'];

export const DEFAULT_INDICATOR = 'hdr.gii';
/** The five Central Asian members: the explorer's first selection. */
export const DEFAULT_COUNTRIES: readonly string[] = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

/** What the explorer shows, as read from the URL (before defaults that need the indicator). */
export interface ExplorerState {
  readonly indicator: string;
  readonly dataset: string | null;
  readonly edition: string | null;
  readonly dims: string | null;
  readonly countries: readonly string[];
  /** When set, the members of this region set replace the country list. */
  readonly regionSet: string | null;
  readonly view: View;
  readonly year: number | null;
}

/** Reads the explorer's URL query; unknown views and malformed years fall back to the defaults. */
export function readState(search: string): ExplorerState {
  const p = new URLSearchParams(search);
  const view = VIEWS.find((v) => v === p.get('view')) ?? 'line';
  const year = Number(p.get('year'));
  const countries = (p.get('countries') ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{3}$/.test(c));
  return {
    indicator: p.get('indicator') || DEFAULT_INDICATOR,
    dataset: p.get('dataset') || null,
    edition: p.get('edition') || null,
    dims: p.get('dims') || null,
    countries: p.has('countries') ? countries : DEFAULT_COUNTRIES,
    regionSet: p.get('regionSet') || null,
    view,
    year: Number.isInteger(year) && year > 0 ? year : null,
  };
}

/**
 * The edition shown first: the one reaching the latest year, then the one covering most areas,
 * then the first listed (HDR25 before HDR23-24 for HDR series).
 */
export function defaultEdition(editions: readonly IndicatorEdition[]): IndicatorEdition | undefined {
  return editions.reduce<IndicatorEdition | undefined>((best, e) => {
    if (!best) return e;
    if (e.lastYear !== best.lastYear) return e.lastYear > best.lastYear ? e : best;
    return e.areas > best.areas ? e : best;
  }, undefined);
}

/** The state with the edition filled in (the chosen one, else the default). */
export interface ResolvedState extends ExplorerState {
  readonly editionInfo: IndicatorEdition | undefined;
}

export function resolveState(state: ExplorerState, indicator: IndicatorDetail): ResolvedState {
  const chosen = indicator.editions.find(
    (e) => e.edition === state.edition && (state.dataset === null || e.dataset === state.dataset),
  );
  const editionInfo = chosen ?? defaultEdition(indicator.editions);
  return {
    ...state,
    dataset: editionInfo?.dataset ?? null,
    edition: editionInfo?.edition ?? null,
    editionInfo,
  };
}

/**
 * The filters of `/api/observations` for the selection: indicator, edition, the countries (or the
 * region set) and, for what is shown, the breakdown (`dims`) and, for a map or table, the year.
 * The explorer fetches without `dims` and narrows the breakdown itself (see applyBreakdown).
 */
export function observationQuery(
  s: ResolvedState,
  lang: string,
  shown: { readonly dims?: string | undefined; readonly year?: number | null } = {},
): Query {
  return {
    indicator: s.indicator,
    ...(s.regionSet ? { regionSet: s.regionSet } : { country: s.countries }),
    dataset: s.dataset,
    edition: s.edition,
    dims: shown.dims,
    ...(shown.year ? { from: shown.year, to: shown.year } : {}),
    lang,
  };
}

/** The download link for exactly the filters of what is shown. */
export function downloadUrl(query: Query, format: 'csv' | 'json'): string {
  return apiUrl('observations/download', { ...query, format });
}
