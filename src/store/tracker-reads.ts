import type { Kysely, Transaction } from 'kysely';
import type { Database, ReportTable } from './database.ts';

/** One report of a cycle as the submission tracker needs it: state, current sections, submissions. */
export interface TrackedReport {
  readonly id: number;
  readonly country: string;
  readonly state: ReportTable['state'];
  readonly currentVersion: number;
  readonly updatedAt: Date;
  /** The current version's sections `{ sectionId: markdown }`. */
  readonly sections: Record<string, string>;
  /** The first and the latest `submit` event (a resubmission is a submit from changes-requested). */
  readonly firstSubmittedAt: Date | null;
  readonly lastSubmittedAt: Date | null;
  readonly submissions: number;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Every report of a cycle with its current sections and submission times, by country. */
export async function readTrackedReports(db: Db, cycleId: number): Promise<TrackedReport[]> {
  const rows = await db
    .selectFrom('report as r')
    .innerJoin('report_version as v', (j) =>
      j.onRef('v.report_id', '=', 'r.id').onRef('v.version', '=', 'r.current_version'),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('report_event')
          .select((e) => [
            'report_id',
            e.fn.min('at').as('first'),
            e.fn.max('at').as('last'),
            e.fn.countAll<number>().as('n'),
          ])
          .where('event', '=', 'submit')
          .groupBy('report_id')
          .as('s'),
      (j) => j.onRef('s.report_id', '=', 'r.id'),
    )
    .select([
      'r.id',
      'r.country',
      'r.state',
      'r.current_version as currentVersion',
      'r.updated_at as updatedAt',
      'v.sections',
      's.first as firstSubmittedAt',
      's.last as lastSubmittedAt',
      's.n as submissions',
    ])
    .where('r.cycle_id', '=', cycleId)
    .orderBy('r.country')
    .execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    firstSubmittedAt: r.firstSubmittedAt === null ? null : new Date(r.firstSubmittedAt),
    lastSubmittedAt: r.lastSubmittedAt === null ? null : new Date(r.lastSubmittedAt),
    submissions: Number(r.submissions ?? 0),
  }));
}
