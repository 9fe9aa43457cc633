import { Command } from 'commander';
import { migrationStatus } from '../store/migrate.ts';
import { readSourceSummaries, readStoreCounts } from '../store/status-reads.ts';
import { seedStatus } from '../services/seed-status.ts';
import { CliError, type CliIo } from './io.ts';
import { runSeed } from './run-seed.ts';
import { withStore } from './with-store.ts';

export function dbCommand(io: CliIo): Command {
  const db = new Command('db').description('database: migrate, seed the bundled data, status');
  db.command('migrate')
    .description('apply pending schema migrations')
    .action(async () => {
      await withStore(io, async (store) => {
        const status = await migrationStatus(store.db);
        io.out(`${store.location}: ${status.length} migrations applied, schema up to date\n`);
      });
    });
  db.command('seed')
    .description(
      'load the bundled data into an empty or partly loaded database (a no-op when it is all there)',
    )
    .action(async () => {
      const r = await withStore(io, (store) => runSeed(io, store));
      if (r.failed > 0) throw new CliError(`${r.failed} bundled files failed to import`);
    });
  db.command('status')
    .description('migrations, sources and editions, observation counts, import runs, bundled data loaded')
    .action(async () => {
      await withStore(io, async (store) => {
        const migrations = await migrationStatus(store.db);
        const counts = await readStoreCounts(store.db);
        const seeded = await seedStatus(store.db);
        io.out(`database: ${store.kind} at ${store.location}\n`);
        io.out(
          `migrations: ${migrations.filter((m) => m.executedAt).length} of ${migrations.length} applied\n`,
        );
        io.out(
          `reference: ${counts.countries} countries, ${counts.aggregates} aggregates, ${counts.indicators} indicators, ` +
            `${counts.regionSets} region sets\n`,
        );
        io.out(`imports: ${counts.importRuns} runs, ${counts.rejectedRows} rejected rows recorded\n`);
        io.out(
          `targets and quotas: ${counts.targets} targets, ${counts.quotas} quotas (data/parity; parity import targets|quotas)\n`,
        );
        io.out(`bundled data: ${seeded.loaded} of ${seeded.bundledFiles} files loaded\n`);
        io.out('sources:\n');
        for (const s of await readSourceSummaries(store.db)) {
          io.out(
            `  ${s.dataset} ${s.edition}: ${s.observations} observations from ${s.files} files; ${s.licence}` +
              `${s.redistribution ? '' : ' (not redistributable)'}\n`,
          );
        }
      });
    });
  return db;
}
