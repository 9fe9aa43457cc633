import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { viewOf } from '../../services/accounts.ts';
import { changeOwnPassword } from '../../services/password-change.ts';
import { login, logout } from '../../services/sessions.ts';
import {
  clearSessionCookie,
  clientAddress,
  CSRF_HEADER,
  requireUser,
  SESSION_COOKIE,
  sessionToken,
  setSessionCookie,
} from '../auth.ts';
import { HttpError } from '../http-error.ts';
import { unwrap, type ApiDeps } from './api-router.ts';
import { accountRouter, authErrors, MembershipSchema, password, UserSchema } from './account-schemas.ts';
import { json } from './responses.ts';

const SignedIn = z
  .object({
    user: UserSchema,
    memberships: z.array(MembershipSchema).readonly(),
    csrfToken: z
      .string()
      .openapi({ description: `Send it in the ${CSRF_HEADER} header of every POST, PUT, PATCH and DELETE.` }),
    expiresAt: z
      .string()
      .openapi({ description: 'When the session ends at the latest (7 days); 12 idle hours end it sooner.' }),
  })
  .openapi('SignedIn');

const Me = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('public') }),
    z.object({
      kind: z.literal('user'),
      user: UserSchema,
      memberships: z.array(MembershipSchema).readonly(),
      csrfToken: z.string(),
      expiresAt: z.string(),
    }),
  ])
  .openapi('Me');

const loginRoute = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['Accounts'],
  summary: 'Sign in',
  description:
    `Checks the email and password and opens a session: the \`${SESSION_COOKIE}\` cookie (httpOnly, SameSite=Strict, ` +
    'Secure over https, Path=/; 12 h idle, 7 days at most) and a CSRF token for the header of every state-changing ' +
    'request. A wrong password and an unknown email get the same 401. After 5 failures for an email within 15 minutes ' +
    'each further try must wait longer (15 s, doubling); after 10 the account is locked for 15 minutes; 20 failures ' +
    'from one address within 15 minutes refuse it: 429 with `Retry-After`. Needs no CSRF token.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              email: z
                .string({ error: 'expected the email as a string' })
                .max(254, { error: 'expected at most 254 characters' }),
              password: password('The password.'),
            })
            .strict()
            .openapi('Login', {
              example: { email: 'you@example.org', password: 'correct horse battery staple' },
            }),
        },
      },
    },
  },
  responses: {
    200: json(SignedIn, 'Signed in; the cookie is set.'),
    400: authErrors[400],
    401: authErrors[401],
    403: {
      ...authErrors[403],
      description: 'The account is disabled (said only once the password was right).',
    },
    429: authErrors[429],
  },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['Accounts'],
  summary: 'Sign out',
  description: `Ends the session and clears its cookie. Needs the ${CSRF_HEADER} header when signed in.`,
  responses: {
    200: json(z.object({ signedOut: z.boolean() }).openapi('SignedOut'), 'Whether a session was ended.'),
    403: authErrors[403],
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  'x-example': '/api/auth/me',
  tags: ['Accounts'],
  summary: 'Who am I',
  description:
    'The signed-in user with their memberships and the session’s CSRF token, or `{ "kind": "public" }`. Never cached.',
  responses: { 200: json(Me, 'The actor of the request.') },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['Accounts'],
  summary: 'Change your password',
  description:
    'The current password (checked and throttled like a sign-in) and a new one of at least 12 characters. Ends your ' +
    'other sessions; clears the must-change flag an administrator’s reset sets.',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              currentPassword: password('Your current password.'),
              newPassword: password('At least 12 characters, not your email.'),
            })
            .strict()
            .openapi('PasswordChange'),
        },
      },
    },
  },
  responses: {
    200: json(z.object({ sessionsEnded: z.number().int() }).openapi('PasswordChanged'), 'Changed.'),
    400: authErrors[400],
    401: authErrors[401],
    403: authErrors[403],
    429: authErrors[429],
  },
});

/** `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`, `POST /api/auth/password`. */
export function authRoutes(deps: ApiDeps) {
  const app = accountRouter();
  app.openapi(loginRoute, async (c) => {
    const body = c.req.valid('json');
    const now = new Date();
    const r = await login(deps.db, { ...body, ip: clientAddress(c) }, { now });
    noStore(c);
    if (!r.ok) {
      if (r.kind === 'throttled') return tooMany(c, r.message, r.retryAfterSeconds);
      if (r.kind === 'invalid')
        throw new HttpError(400, r.message, { issues: [{ param: r.param, message: r.message }] });
      throw new HttpError(r.kind === 'disabled' ? 403 : 401, r.message);
    }
    const previous = sessionToken(c);
    if (previous) await logout(deps.db, previous);
    setSessionCookie(c, r.value.token, r.value.expiresAt, now);
    const { user, csrfToken, expiresAt } = r.value;
    return c.json(
      { user, memberships: user.memberships, csrfToken, expiresAt: expiresAt.toISOString() },
      200,
    );
  });
  app.openapi(logoutRoute, async (c) => {
    const token = sessionToken(c);
    const signedOut = token ? await logout(deps.db, token) : false;
    clearSessionCookie(c);
    noStore(c);
    return c.json({ signedOut }, 200);
  });
  app.openapi(meRoute, async (c) => {
    noStore(c);
    const session = c.get('session');
    if (!session) return c.json({ kind: 'public' as const }, 200);
    const user = await viewOf(deps.db, Number(session.actor.id));
    return c.json(
      {
        kind: 'user' as const,
        user,
        memberships: user.memberships,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
      },
      200,
    );
  });
  app.openapi(passwordRoute, async (c) => {
    const actor = requireUser(c);
    const body = c.req.valid('json');
    const r = await changeOwnPassword(deps.db, actor, {
      ...body,
      ip: clientAddress(c),
      ...(c.get('session') ? { keepSessionId: c.get('session')!.sessionId } : {}),
    });
    noStore(c);
    if (!r.ok && r.kind === 'throttled') return tooMany(c, r.message, r.retryAfterSeconds);
    return c.json(unwrap(r), 200);
  });
  return app;
}

function noStore(c: Context): void {
  c.header('Cache-Control', 'no-store');
}

function tooMany(c: Context, message: string, retryAfterSeconds: number) {
  return c.json({ error: { status: 429, message } }, 429, { 'Retry-After': String(retryAfterSeconds) });
}
