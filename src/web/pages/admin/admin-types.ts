/*
 * The administration API's shapes as these pages read them (src/server/api/users.ts,
 * account-schemas.ts), taken from the generated OpenAPI types. A user is the session's `User`
 * (src/web/session/session-types.ts): the API gives both the same schema.
 */

import type { ApiResult } from '../../api/client.ts';
import type { Schema } from '../../api/schema.ts';
import type { User } from '../../session/session-types.ts';

export type { Membership, Role, User } from '../../session/session-types.ts';

/** `GET /api/audit` items; `actor` null: the system (the CLI) or an anonymous request; `action` dotted (`user.create`). */
export type AuditEntry = Schema<'AuditEntry'>;
export type AuditPage = Schema<'AuditPage'>;

/** `GET /api/users`. */
export type UserPage = Schema<'UserPage'>;

/** Sends one change of a user (`PATCH /api/users/{id}`); the page reloads the user and their audit log after it. */
export type PatchUser = (body: Schema<'UserPatch'>) => Promise<ApiResult<User>>;
