import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

export interface AuditRowInput {
  readonly at: Date;
  /** null: the system (the CLI, or an anonymous request). */
  readonly actorUserId: number | null;
  readonly action: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** Appends one row to the audit log, on the transaction's connection when `db` is one. */
export async function insertAuditRow(
  db: Kysely<Database> | Transaction<Database>,
  row: AuditRowInput,
): Promise<number> {
  const r = await db
    .insertInto('audit_log')
    .values({
      at: row.at,
      actor_user_id: row.actorUserId,
      action: row.action,
      entity_kind: row.entityKind,
      entity_id: row.entityId,
      detail: JSON.stringify(row.detail),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}
