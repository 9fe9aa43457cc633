import { Migrator, type MigrationResultSet, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies every pending migration in one run; returns Kysely's result set (never throws for a failed step). */
export function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  return migrator(db).migrateToLatest();
}

export interface MigrationStatus {
  readonly name: string;
  readonly executedAt: Date | null;
}

export async function migrationStatus(db: Kysely<Database>): Promise<MigrationStatus[]> {
  const list = await migrator(db).getMigrations();
  return list.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }));
}
