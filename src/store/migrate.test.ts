import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrationStatus } from './migrate.ts';
import { openTestStore } from './test-store.ts';
import type { Store } from './connect.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe(migrationStatus, () => {
  it('reports every migration as applied', async () => {
    const status = await migrationStatus(store.db);
    expect(status.length).toBeGreaterThan(0);
    expect(status.every((m) => m.executedAt instanceof Date)).toBe(true);
  });

  it('creates the tables of the Database interface', async () => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(
      store.db,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'area',
        'import_rejection',
        'import_run',
        'indicator',
        'observation',
        'region_set',
        'region_set_member',
        'source',
        'source_file',
      ]),
    );
  });
});
