import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getJson, sendJson, setCsrfToken, type ApiResult } from '../api/client.ts';
import type { Actor } from './memberships.ts';
import type { Me, SignedIn } from './session-types.ts';

/**
 * Who is signed in, for the whole app: the actor (the public, or a user with their memberships),
 * the session's CSRF token (handed to the API client, which sends it with every write), and sign
 * in / sign out. `key` changes whenever the actor does, so pages refetch what depends on it.
 */
export interface Session {
  readonly state: 'loading' | 'ready';
  readonly actor: Actor;
  /** `public` or the user id: a dependency for requests whose answer depends on who asks. */
  readonly key: string;
  signIn(email: string, password: string): Promise<ApiResult<SignedIn>>;
  signOut(): Promise<void>;
  /** Reads `GET /api/auth/me` again (e.g. after a 401: the session may have ended). */
  refresh(): Promise<void>;
}

const PUBLIC: Actor = { kind: 'public' };

const SessionContext = createContext<Session | null>(null);

export function SessionProvider(props: { children: ReactNode }): ReactNode {
  const [state, setState] = useState<'loading' | 'ready'>('loading');
  const [actor, setActor] = useState<Actor>(PUBLIC);

  const adopt = useCallback((me: Me | null) => {
    if (me?.kind === 'user') {
      setCsrfToken(me.csrfToken);
      setActor({ kind: 'user', user: { ...me.user, memberships: me.memberships } });
    } else {
      setCsrfToken(null);
      setActor(PUBLIC);
    }
    setState('ready');
  }, []);

  const refresh = useCallback(async () => {
    const me = await getJson<Me>('auth/me', {}, undefined, { cache: 'no-store' });
    // A failed read leaves the page usable as the public; the server still decides every request.
    adopt(me.ok ? me.data : null);
  }, [adopt]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const r = await sendJson<SignedIn>('POST', 'auth/login', { email, password });
      if (r.ok) adopt({ kind: 'user', ...r.data });
      return r;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    await sendJson('POST', 'auth/logout');
    adopt(null);
  }, [adopt]);

  const value = useMemo<Session>(
    () => ({
      state,
      actor,
      key: actor.kind === 'user' ? `user:${actor.user.id}` : 'public',
      signIn,
      signOut,
      refresh,
    }),
    [state, actor, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

/** The session of the app (inside `SessionProvider`). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}
