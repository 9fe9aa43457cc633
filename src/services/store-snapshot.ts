import type { Kysely } from 'kysely';
import { countryByIso3, type Lang } from '../catalog/index.ts';
import {
  readAreas,
  readCoverage,
  readDimsKeys,
  type AreaRow,
  type CoverageRow,
  type DimsKeyRow,
} from '../store/coverage-reads.ts';
import { readDataVersion } from '../store/data-version-reads.ts';
import type { Database } from '../store/database.ts';
import { readSources, type SourceRead } from '../store/source-reads.ts';

/** A coverage row with its source edition spelled out. */
export interface EditionCoverage extends CoverageRow {
  readonly dataset: string;
  readonly edition: string;
  readonly redistribution: boolean;
}

/**
 * Whole-store summaries (sources, coverage of each indicator, breakdowns, area names) for one
 * data version. Each part is read on first use and kept until an import changes the version, so a
 * request pays one tiny version query instead of full scans. Parts are promises shared by
 * concurrent requests; a failed read is dropped so the next request retries.
 */
export class StoreSnapshot {
  readonly #memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly db: Kysely<Database>,
    readonly version: string,
  ) {}

  /** `compute` once per data version and key; later calls share the result. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let p = this.#memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = compute();
      this.#memo.set(key, p);
      p.catch(() => this.#memo.delete(key));
    }
    return p;
  }

  sources(): Promise<SourceRead[]> {
    return this.memo('sources', () => readSources(this.db));
  }

  async sourceById(): Promise<Map<number, SourceRead>> {
    return this.memo('sourceById', async () => new Map((await this.sources()).map((s) => [s.id, s])));
  }

  /** Coverage of every indicator by every source edition, with dataset and edition. */
  coverage(): Promise<EditionCoverage[]> {
    return this.memo('coverage', async () => {
      const [rows, byId] = await Promise.all([readCoverage(this.db), this.sourceById()]);
      return rows.flatMap((r) => {
        const s = byId.get(r.sourceId);
        return s ? [{ ...r, dataset: s.dataset, edition: s.edition, redistribution: s.redistribution }] : [];
      });
    });
  }

  dimsKeys(): Promise<DimsKeyRow[]> {
    return this.memo('dimsKeys', () => readDimsKeys(this.db));
  }

  areas(): Promise<Map<string, AreaRow>> {
    return this.memo('areas', async () => new Map((await readAreas(this.db)).map((a) => [a.code, a])));
  }

  /**
   * Editions of a dataset, newest data first (by the latest year they cover, then by name), with
   * the last year; only editions holding observations.
   */
  async editions(dataset: string): Promise<{ edition: string; sourceId: number; lastYear: number }[]> {
    const bySource = new Map<number, { edition: string; sourceId: number; lastYear: number }>();
    for (const c of await this.coverage()) {
      if (c.dataset !== dataset) continue;
      const e = bySource.get(c.sourceId);
      if (!e || e.lastYear < c.lastYear)
        bySource.set(c.sourceId, { edition: c.edition, sourceId: c.sourceId, lastYear: c.lastYear });
    }
    return [...bySource.values()].sort(
      (a, b) => b.lastYear - a.lastYear || b.edition.localeCompare(a.edition),
    );
  }
}

const snapshots = new WeakMap<Kysely<Database>, StoreSnapshot>();

/** The snapshot of the store's current data version (one small query to check it). */
export async function storeSnapshot(db: Kysely<Database>): Promise<StoreSnapshot> {
  const version = await readDataVersion(db);
  let s = snapshots.get(db);
  if (!s || s.version !== version) {
    s = new StoreSnapshot(db, version);
    snapshots.set(db, s);
  }
  return s;
}

/**
 * The name of an area in a language: countries from the catalogue, aggregates from the names
 * their import recorded (English when there is none in the language), else the code.
 */
export function areaName(code: string, lang: Lang, areas: ReadonlyMap<string, AreaRow>): string {
  const country = countryByIso3(code);
  if (country && country.iso3 === code) return country.names[lang];
  const a = areas.get(code);
  if (!a) return code;
  return (lang === 'fr' ? a.nameFr : lang === 'ru' ? a.nameRu : null) ?? a.nameEn;
}
