import type { Migration } from 'kysely';
import * as evidence from './0001-evidence.ts';
import * as targetsQuotas from './0002-targets-quotas.ts';

/** Every migration in order; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '0001-evidence': evidence,
  '0002-targets-quotas': targetsQuotas,
};
