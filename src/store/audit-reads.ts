import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface AuditRecord {
  readonly id: number;
  readonly at: Date;
  readonly actorUserId: number | null;
  /** The actor's email at the time of reading; null for the system. */
  readonly actorEmail: string | null;
  readonly action: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly detail: Record<string, unknown>;
}

export interface AuditQuery {
  readonly entityKind?: string;
  readonly entityId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Audit rows matching the filter, newest first, and how many match in all. */
export async function readAuditRows(
  db: Kysely<Database>,
  q: AuditQuery,
): Promise<{ rows: AuditRecord[]; total: number }> {
  let base = db
    .selectFrom('audit_log')
    .leftJoin('user_account', 'user_account.id', 'audit_log.actor_user_id');
  if (q.entityKind !== undefined) base = base.where('audit_log.entity_kind', '=', q.entityKind);
  if (q.entityId !== undefined) base = base.where('audit_log.entity_id', '=', q.entityId);
  const [rows, count] = await Promise.all([
    base
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.actor_user_id',
        'user_account.email',
        'audit_log.action',
        'audit_log.entity_kind',
        'audit_log.entity_id',
        'audit_log.detail',
      ])
      .orderBy('audit_log.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id),
      actorEmail: r.email,
      action: r.action,
      entityKind: r.entity_kind,
      entityId: r.entity_id,
      detail: r.detail,
    })),
  };
}
