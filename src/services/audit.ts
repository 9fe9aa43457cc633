import type { Kysely, Transaction } from 'kysely';
import { can } from '../core/auth/access-policy.ts';
import type { Actor } from '../core/auth/access.ts';
import { readAuditRows } from '../store/audit-reads.ts';
import { insertAuditRow } from '../store/audit-writes.ts';
import type { Database } from '../store/database.ts';
import { forbidden, ok, type Paged, type ServiceResult } from './service-result.ts';

/** One write to record: who (null: the system, e.g. the CLI), what, on which entity, with what detail. */
export interface AuditEntry {
  readonly actor: Actor | null;
  /** Dotted verb, e.g. `user.create`, `membership.grant`, `report.submit`. */
  readonly action: string;
  /** What was written, e.g. `user`, `report`, `cycle`. */
  readonly entityKind: string;
  readonly entityId: string | number;
  /** What changed; never a password, hash or token. */
  readonly detail?: Readonly<Record<string, unknown>>;
  /** When; default the current time. */
  readonly at?: Date;
}

/**
 * Appends a row to the audit log. Pass the transaction of the write it records, so that both
 * commit or neither does. The public actor is recorded like the system (no user).
 */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  await insertAuditRow(db, {
    at: entry.at ?? new Date(),
    actorUserId: entry.actor?.kind === 'user' ? Number(entry.actor.id) : null,
    action: entry.action,
    entityKind: entry.entityKind,
    entityId: String(entry.entityId),
    detail: entry.detail ?? {},
  });
}

/** A row of the audit log as the API and CLI show it. */
export interface AuditView {
  readonly id: number;
  /** ISO 8601. */
  readonly at: string;
  /** null: the system. */
  readonly actor: { readonly id: string; readonly email: string | null } | null;
  readonly action: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly detail: Record<string, unknown>;
}

export interface AuditFilter {
  readonly entityKind?: string;
  readonly entityId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The audit log, newest first, filtered by entity (administrators only). */
export async function listAudit(
  db: Kysely<Database>,
  actor: Actor,
  filter: AuditFilter,
): Promise<ServiceResult<Paged<AuditView>>> {
  const decision = can(actor, 'audit.read');
  if (!decision.allowed) return forbidden(decision.reason);
  const { rows, total } = await readAuditRows(db, filter);
  return ok({
    total,
    limit: filter.limit,
    offset: filter.offset,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actorUserId === null ? null : { id: String(r.actorUserId), email: r.actorEmail },
      action: r.action,
      entityKind: r.entityKind,
      entityId: r.entityId,
      detail: r.detail,
    })),
  });
}
