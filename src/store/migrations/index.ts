import type { Migration } from 'kysely';
import * as evidence from './0001-evidence.ts';
import * as targetsQuotas from './0002-targets-quotas.ts';
import * as accounts from './0003-accounts.ts';
import * as reports from './0004-reports.ts';
import * as review from './0005-review.ts';
import * as synthesisLang from './0006-synthesis-lang.ts';

/** Every migration in order; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '0001-evidence': evidence,
  '0002-targets-quotas': targetsQuotas,
  '0003-accounts': accounts,
  '0004-reports': reports,
  '0005-review': review,
  '0006-synthesis-lang': synthesisLang,
};
