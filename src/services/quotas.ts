import type { Kysely } from 'kysely';
import { countryByIso3 } from '../catalog/index.ts';
import type { QuotaFact } from '../core/claims/claim.ts';
import type { Database } from '../store/database.ts';
import { readQuotaFacts } from '../store/target-reads.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';

/** The quotas held (data/parity/quotas.csv and files loaded since), of one country when given (ISO3, any case). */
export async function listQuotas(
  db: Kysely<Database>,
  f: { readonly country?: string } = {},
): Promise<ServiceResult<QuotaFact[]>> {
  const country = f.country === undefined ? undefined : countryByIso3(f.country);
  if (f.country !== undefined && !country)
    return notFound(
      `unknown country "${f.country}": expected an ISO 3166-1 alpha-3 code such as KAZ`,
      'country',
    );
  return ok(await readQuotaFacts(db, country?.iso3));
}
