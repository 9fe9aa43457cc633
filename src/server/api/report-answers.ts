import type { Context } from 'hono';
import type { ServiceResult } from '../../services/service-result.ts';
import { actorOf } from '../auth.ts';
import { HttpError } from '../http-error.ts';
import { unwrap } from './api-router.ts';

/**
 * The value of a report service's result: its failure as the API's error, except that a refusal
 * to the public is 401 (sign in), as `requireAccess` answers, not 403. The answer is never cached
 * (`noStore`): every read of the review depends on who asks and on writes the data version does
 * not see.
 */
export function answer<T>(c: Context, result: ServiceResult<T>): T {
  noStore(c);
  if (!result.ok && result.kind === 'forbidden' && actorOf(c).kind === 'public')
    throw new HttpError(401, `${result.message} (POST /api/auth/login)`);
  return unwrap(result);
}

/**
 * Report answers depend on who asks and change with every write, which the data version the
 * response cache keys on does not see: they are never cached. `answer` says so for every service
 * result; a route that answers without one (the list of cycles) calls this itself.
 */
export function noStore(c: Context): void {
  c.header('Cache-Control', 'no-store');
}
