/*
 * Response shapes of the administration API as these pages read them (src/server/api/users.ts,
 * account-schemas.ts; src/services/accounts.ts UserView, audit.ts AuditView). A user is the
 * session's `User` shape (src/web/session/session-types.ts): the API gives both the same schema.
 */

import type { ApiResult } from '../../api/client.ts';
import type { User } from '../../session/session-types.ts';

export type { Membership, Role, User } from '../../session/session-types.ts';

export interface AuditEntry {
  readonly id: number;
  /** ISO 8601. */
  readonly at: string;
  /** null: the system (the CLI) or an anonymous request. */
  readonly actor: { readonly id: string; readonly email: string | null } | null;
  /** Dotted verb: `user.create`, `membership.grant`, `session.login`, … */
  readonly action: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** Sends one change of a user (`PATCH /api/users/{id}`); the page reloads the user and their audit log after it. */
export type PatchUser = (body: Readonly<Record<string, unknown>>) => Promise<ApiResult<User>>;
