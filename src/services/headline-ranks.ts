import {
  competitionRanks,
  gdiGroup,
  HDI_CATEGORY_LABELS,
  hdiCategory,
  shortfall,
  type Orientation,
} from '../core/index.ts';
import { countryByIso3, indicatorByCode, regionSetByCode } from '../catalog/index.ts';
import type { ComputedRow } from './compute-indices.ts';
import type { IndexName } from './hdr-index-checks.ts';
import { indexTable, yearOf } from './index-table.ts';
import type { StoreSnapshot } from './store-snapshot.ts';

export interface Rank {
  readonly rank: number;
  /** How many countries had a value that year. */
  readonly of: number;
}

export interface Headline {
  readonly index: IndexName;
  readonly edition: string;
  readonly year: number;
  /** UNDP's published value (or the one computed from the components when UNDP published none). */
  readonly value: number;
  readonly rankUnece: Rank | null;
  readonly rankWorld: Rank | null;
  /** GDI group (1–5) or HDI category (`very-high` …), with UNDP's label. */
  readonly group?: { readonly code: string; readonly label: string };
}

/** The value a headline shows: published, else computed at 3 decimals. */
export function headlineValue(r: ComputedRow): number | undefined {
  return r.published ?? (r.result.ok ? r.result.rounded : undefined);
}

function orientationOf(index: IndexName): Orientation {
  const ind = indicatorByCode(`hdr.${index}`);
  return {
    direction: ind?.direction ?? 'neutral',
    ...(ind?.parityValue !== undefined ? { parityValue: ind.parityValue } : {}),
  };
}

interface YearRanks {
  readonly world: Map<string, number>;
  readonly unece: Map<string, number>;
}

/** Competition ranks of the countries (not aggregates) with a value in `year`, worldwide and among UNECE members. */
function ranksOf(rows: readonly ComputedRow[], index: IndexName, year: number): YearRanks {
  const o = orientationOf(index);
  const scored = rows.flatMap((r) => {
    const v = headlineValue(r);
    const s = v === undefined ? undefined : shortfall(o, v);
    return yearOf(r) === year && s !== undefined && countryByIso3(r.area)?.iso3 === r.area
      ? [{ area: r.area, score: s }]
      : [];
  });
  const members = new Set(regionSetByCode('unece')?.members ?? []);
  const rank = (list: typeof scored) => {
    const ranks = competitionRanks(list.map((x) => x.score));
    return new Map(list.map((x, i) => [x.area, ranks[i]!]));
  };
  return { world: rank(scored), unece: rank(scored.filter((x) => members.has(x.area))) };
}

/**
 * The headline of one index for a country: its value in the latest year of the edition (or its
 * own latest year when it has none then), with ranks among UNECE members and among all countries
 * with a value that year (lower GII is better, higher HDI, GDI closer to parity; ties share a
 * rank). Undefined when the country has no value at all. Ranks are cached per data version.
 */
export async function headlineFor(
  snapshot: StoreSnapshot,
  index: IndexName,
  edition: string,
  iso3: string,
): Promise<Headline | undefined> {
  const table = await indexTable(snapshot, index, edition);
  if (!table.ok) return undefined;
  const rows = table.value.rows;
  const own = rows.filter((r) => r.area === iso3 && headlineValue(r) !== undefined);
  if (own.length === 0) return undefined;
  const latest = await snapshot.memo(`latest:${index}:${edition}`, async () =>
    Math.max(...rows.filter((r) => headlineValue(r) !== undefined).map(yearOf)),
  );
  const row = own.find((r) => yearOf(r) === latest) ?? own[own.length - 1]!;
  const year = yearOf(row);
  const value = headlineValue(row)!;
  const ranks = await snapshot.memo(`ranks:${index}:${edition}:${year}`, async () =>
    ranksOf(rows, index, year),
  );
  const rankIn = (m: Map<string, number>) => {
    const rank = m.get(iso3);
    return rank === undefined ? null : { rank, of: m.size };
  };
  return {
    index,
    edition,
    year,
    value,
    rankUnece: rankIn(ranks.unece),
    rankWorld: rankIn(ranks.world),
    ...groupOf(index, value),
  };
}

function groupOf(index: IndexName, value: number): { group?: { code: string; label: string } } {
  if (index === 'gdi') {
    const g = gdiGroup(value);
    return g ? { group: { code: String(g.group), label: g.label } } : {};
  }
  if (index === 'hdi') {
    const c = hdiCategory(value);
    return c ? { group: { code: c, label: HDI_CATEGORY_LABELS[c] } } : {};
  }
  return {};
}
