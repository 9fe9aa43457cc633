import type { Migration } from 'kysely';
import * as evidence from './0001-evidence.ts';

/** Every migration in order; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '0001-evidence': evidence,
};
