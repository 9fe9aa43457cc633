import { useEffect, useState } from 'react';
import { postJson } from '../../api/client.ts';
import type { ClaimsCheckRequest, ClaimsCheckResponse } from './claims-types.ts';

/** A check asked for: `attempt` tells two checks of the same text apart (Check pressed twice, Try again). */
export interface CheckRequest extends ClaimsCheckRequest {
  readonly attempt: number;
}

export type CheckState =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | {
      readonly state: 'error';
      readonly status: number;
      readonly message: string;
      /** The request parameter the server named (`text`, `country`), for a message beside its field. */
      readonly param?: string;
    }
  | { readonly state: 'ready'; readonly data: ClaimsCheckResponse };

/** Posts each new request to `/api/claims/check`, cancelling the one before; `null` is no check yet. */
export function useClaimCheck(request: CheckRequest | null): CheckState {
  const [result, setResult] = useState<{ request: CheckRequest | null; value: CheckState }>({
    request: null,
    value: { state: 'idle' },
  });
  useEffect(() => {
    if (request === null) return undefined;
    const controller = new AbortController();
    const body: ClaimsCheckRequest = {
      text: request.text,
      ...(request.country ? { country: request.country } : {}),
    };
    postJson<ClaimsCheckResponse>('claims/check', body, controller.signal).then(
      (r) =>
        setResult({
          request,
          value: r.ok
            ? { state: 'ready', data: r.data }
            : {
                state: 'error',
                status: r.status,
                message: r.message,
                ...(r.issues?.[0] ? { param: r.issues[0].param } : {}),
              },
        }),
      () => undefined,
    );
    return () => controller.abort();
  }, [request]);
  if (request === null) return { state: 'idle' };
  return result.request === request ? result.value : { state: 'loading' };
}
