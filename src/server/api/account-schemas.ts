import { OpenAPIHono, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { HttpError, type ParamIssue } from '../http-error.ts';
import { ErrorSchema } from './responses.ts';
import { validationHook } from './validation-hook.ts';

export const RoleSchema = z
  .enum(['administrator', 'regional-reviewer', 'focal-point', 'contributor'], {
    error: 'expected administrator, regional-reviewer, focal-point or contributor',
  })
  .openapi('Role');

export const ScopeSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('instance') }),
      z.object({ kind: z.literal('region-set'), code: z.string().openapi({ example: 'unece' }) }),
      z.object({ kind: z.literal('country'), iso3: z.string().openapi({ example: 'KAZ' }) }),
    ],
    { error: 'expected a scope { kind: instance } | { kind: region-set, code } | { kind: country, iso3 }' },
  )
  .openapi('Scope', {
    description:
      'administrator → instance; regional-reviewer → a region set; focal-point and contributor → a country.',
  });

export const MembershipSchema = z
  .object({ role: RoleSchema, scope: ScopeSchema })
  .openapi('Membership', { example: { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } } });

export const UserSchema = z
  .object({
    id: z.string().openapi({ example: '1' }),
    email: z.string().openapi({ example: 'focal.point@example.org' }),
    displayName: z.string(),
    createdAt: z.string(),
    disabled: z.boolean(),
    mustChangePassword: z.boolean().openapi({
      description:
        'Set when an administrator chose the password: until changed, the session may only change it or sign out.',
    }),
    lockedUntil: z.string().nullable().openapi({
      description: 'End of the latest lock after 10 failed sign-ins (locked while in the future).',
    }),
    memberships: z.array(MembershipSchema).readonly(),
  })
  .openapi('User');

/** A password field: its value is never quoted back in an error. */
export const password = (description: string) =>
  z.string({ error: 'expected a string' }).max(4096, { error: 'expected at most 4096 characters' }).openapi({
    description,
    format: 'password',
  });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses of the account routes. */
export const authErrors = {
  400: errorResponse('Invalid request: `issues` names each field and what was expected.'),
  401: errorResponse('Not signed in, or (sign-in) email or password is wrong.'),
  403: errorResponse(
    'Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`).',
  ),
  404: errorResponse('No such user.'),
  429: {
    ...errorResponse('Too many failed sign-ins: `Retry-After` says in how many seconds to try again.'),
    headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' as const } } },
  },
} as const;

/**
 * A router for account routes: the API's validation hook, except that the value of a password
 * field is never quoted back; a body that is not JSON is a 400 in the API's error shape.
 */
export function accountRouter(): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      try {
        return validationHook(result, c);
      } catch (e) {
        if (!(e instanceof HttpError) || !e.issues) throw e;
        const issues = e.issues.map((i) =>
          /password/i.test(i.param)
            ? { param: i.param, message: i.message.replace(/, got [\s\S]*$/, '') }
            : i,
        );
        throw new HttpError(400, messageOf(issues), { issues });
      }
    },
  });
  app.onError((err) => {
    if (err instanceof HTTPException && (err.status === 400 || err.status === 415))
      throw new HttpError(
        err.status,
        `invalid request body: ${err.message}; expected Content-Type application/json`,
        {
          issues: [{ param: 'body', message: err.message }],
        },
      );
    throw err;
  });
  return app;
}

/** The validation hook's message, from issues whose password values were left out. */
function messageOf(issues: readonly ParamIssue[]): string {
  const params = [...new Set(issues.map((i) => i.param))];
  return issues.length === 1
    ? `invalid parameter ${issues[0]!.param}: ${issues[0]!.message}`
    : `invalid parameters ${params.join(', ')}: ${issues.map((i) => `${i.param}: ${i.message}`).join('; ')}`;
}
