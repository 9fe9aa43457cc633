import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createUser, getUser, listUsers, updateUser } from '../../services/accounts.ts';
import { listAudit } from '../../services/audit.ts';
import { pageOf } from '../../services/service-result.ts';
import { CSRF_HEADER, requireAccess, requireUser } from '../auth.ts';
import { unwrap, type ApiDeps } from './api-router.ts';
import { accountRouter, authErrors, MembershipSchema, password, UserSchema } from './account-schemas.ts';
import * as p from './params.ts';
import { json, paged } from './responses.ts';

const ADMIN_ONLY = `Administrators only (401 when not signed in, 403 otherwise). Writes need the ${CSRF_HEADER} header.`;

const UserId = z.object({
  id: z
    .string({ error: 'expected a user id (a positive integer)' })
    .regex(/^[1-9]\d{0,15}$/, { error: 'expected a user id (a positive integer)' })
    .openapi({ param: { description: 'User id.' }, example: '1' }),
});

const NewUser = z
  .object({
    email: z
      .string({ error: 'expected an email address' })
      .max(254, { error: 'expected at most 254 characters' }),
    displayName: z
      .string({ error: 'expected a display name' })
      .max(200, { error: 'expected at most 200 characters' }),
    password: password(
      'At least 12 characters, not the email. The user must change it at the first sign-in unless `mustChangePassword` is false.',
    ),
    memberships: z.array(MembershipSchema).max(100).optional(),
    mustChangePassword: z.boolean().optional().openapi({ description: 'Default true.' }),
  })
  .strict()
  .openapi('NewUser', {
    example: {
      email: 'focal.point@example.org',
      displayName: 'Focal point, Kazakhstan',
      password: 'a temporary password',
      memberships: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }],
    },
  });

const UserPatch = z
  .object({
    displayName: z.string().max(200, { error: 'expected at most 200 characters' }).optional(),
    disabled: z.boolean({ error: 'expected true or false' }).optional().openapi({
      description: 'Disabling ends the user’s sessions. The last enabled administrator cannot be disabled.',
    }),
    password: password(
      'A new password set by the administrator: ends the user’s sessions, clears a lock; the user must change it at the next sign-in.',
    ).optional(),
    grant: z.array(MembershipSchema).max(100).optional(),
    revoke: z.array(MembershipSchema).max(100).optional(),
  })
  .strict()
  .openapi('UserPatch', {
    example: { grant: [{ role: 'contributor', scope: { kind: 'country', iso3: 'UZB' } }] },
  });

const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({ id: z.string(), email: z.string().nullable() }).nullable().openapi({
      description: 'Who wrote; null for the system (the CLI) or an anonymous request.',
    }),
    action: z.string().openapi({ example: 'membership.grant' }),
    entityKind: z.string().openapi({ example: 'user' }),
    entityId: z.string().openapi({ example: '2' }),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

const list = createRoute({
  method: 'get',
  path: '/api/users',
  'x-example': '/api/users',
  tags: ['Accounts'],
  summary: 'Users',
  description: `Every user with their memberships, by email. ${ADMIN_ONLY}`,
  request: { query: p.query({ ...p.page }) },
  responses: {
    200: json(paged(UserSchema, 'UserPage'), 'A page of users.'),
    400: authErrors[400],
    401: authErrors[401],
    403: authErrors[403],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['Accounts'],
  summary: 'Create a user',
  description: `An account with an argon2id password hash and its memberships; written to the audit log. ${ADMIN_ONLY}`,
  request: { body: { required: true, content: { 'application/json': { schema: NewUser } } } },
  responses: {
    201: json(UserSchema, 'The user created.'),
    400: authErrors[400],
    401: authErrors[401],
    403: authErrors[403],
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/users/{id}',
  'x-example': '/api/users/1',
  tags: ['Accounts'],
  summary: 'A user',
  description: ADMIN_ONLY,
  request: { params: UserId },
  responses: {
    200: json(UserSchema, 'The user.'),
    401: authErrors[401],
    403: authErrors[403],
    404: authErrors[404],
  },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['Accounts'],
  summary: 'Change a user',
  description: `Rename, disable or enable, reset the password, grant or revoke memberships, in one transaction; each change is written to the audit log. ${ADMIN_ONLY}`,
  request: {
    params: UserId,
    body: { required: true, content: { 'application/json': { schema: UserPatch } } },
  },
  responses: {
    200: json(UserSchema, 'The user as changed.'),
    400: authErrors[400],
    401: authErrors[401],
    403: authErrors[403],
    404: authErrors[404],
  },
});

const audit = createRoute({
  method: 'get',
  path: '/api/audit',
  'x-example': '/api/audit?entityKind=user&entityId=1',
  tags: ['Accounts'],
  summary: 'Audit log',
  description: `Every write (who, when, what), newest first, filtered by entity. ${ADMIN_ONLY}`,
  request: {
    query: p.query({
      entityKind: p.code('an entity kind', 'user', 'Kind of entity: user, report, cycle, …').optional(),
      entityId: z
        .string()
        .max(200)
        .optional()
        .openapi({ param: { description: 'Id of the entity.' }, example: '1' }),
      ...p.page,
    }),
  },
  responses: {
    200: json(paged(AuditEntry, 'AuditPage'), 'A page of the audit log.'),
    400: authErrors[400],
    401: authErrors[401],
    403: authErrors[403],
  },
});

/** `GET/POST /api/users`, `GET/PATCH /api/users/{id}`, `GET /api/audit`: administrators only. */
export function usersRoutes(deps: ApiDeps) {
  const app = accountRouter();
  // Who may ask is decided before the request is validated: the public learns nothing of the shapes.
  for (const path of ['/api/users', '/api/users/*'])
    app.use(path, async (c, next) => {
      requireAccess(c, 'user.manage');
      await next();
    });
  app.use('/api/audit', async (c, next) => {
    requireAccess(c, 'audit.read');
    await next();
  });
  app.openapi(list, async (c) => {
    const actor = admin(c);
    return c.json(pageOf(unwrap(await listUsers(deps.db, actor)), c.req.valid('query')), 200);
  });
  app.openapi(create, async (c) => {
    const actor = admin(c);
    const body = c.req.valid('json');
    const user = unwrap(
      await createUser(deps.db, actor, {
        ...body,
        mustChangePassword: body.mustChangePassword ?? true,
      }),
    );
    return c.json(user, 201);
  });
  app.openapi(one, async (c) => {
    const actor = admin(c);
    return c.json(unwrap(await getUser(deps.db, actor, { id: c.req.valid('param').id })), 200);
  });
  app.openapi(patch, async (c) => {
    const actor = admin(c);
    const user = unwrap(
      await updateUser(deps.db, actor, { id: c.req.valid('param').id }, c.req.valid('json')),
    );
    return c.json(user, 200);
  });
  app.openapi(audit, async (c) => {
    const actor = requireUser(c);
    requireAccess(c, 'audit.read');
    return c.json(unwrap(await listAudit(deps.db, actor, c.req.valid('query'))), 200);
  });
  return app;
}

/** 401 for the public, 403 for anyone but an administrator, before any work is done. */
function admin(c: Context) {
  requireAccess(c, 'user.manage');
  return requireUser(c);
}
