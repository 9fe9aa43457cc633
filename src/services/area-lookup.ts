import { countryByIso3 } from '../catalog/index.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';
import type { StoreSnapshot } from './store-snapshot.ts';

/**
 * One area code: a catalogue country (ISO3, any case) or an aggregate the store holds
 * (`ZZK.WORLD`); not-found naming it otherwise.
 */
export async function findCountryOrArea(
  snapshot: StoreSnapshot,
  code: string,
  param = 'country',
): Promise<ServiceResult<string>> {
  const country = countryByIso3(code);
  if (country) return ok(country.iso3);
  if ((await snapshot.areas()).has(code.toUpperCase())) return ok(code.toUpperCase());
  return notFound(
    `unknown area "${code}": expected an ISO 3166-1 alpha-3 country code such as KAZ, or an aggregate code such as ZZK.WORLD`,
    param,
  );
}
