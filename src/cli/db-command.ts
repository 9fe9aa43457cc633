import { Command } from 'commander';
import { migrationStatus } from '../store/migrate.ts';
import type { CliIo } from './io.ts';
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
  return db;
}
