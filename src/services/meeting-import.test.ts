import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../ingest/diagnostic.ts';
import { memoryBytes } from '../ingest/read-csv.ts';
import { readAuditRows } from '../store/audit-reads.ts';
import { importStatements, type StatementImportOutcome } from './meeting-import.ts';
import { listStatements } from './meeting-statements.ts';
import { listMeetings } from './meetings.ts';
import { openReviewStore, type ReviewStore } from './review-test-store.ts';
import type { ServiceResult } from './service-result.ts';
import { STATEMENT_COLUMNS } from './statement-csv.ts';

let r: ReviewStore;
let meetingId: number;
const HEADER = STATEMENT_COLUMNS.join(',');
const NOW = new Date('2025-01-10T12:00:00Z');
// The demonstration's statement, as a secretariat's file would give it again.
const KAZ_ROW =
  'Yerlan Alimbayev,Permanent Representative of Kazakhstan,KAZ,,General segment,' +
  '"These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.",';
const GOOD =
  `${HEADER}\n` +
  'Delegate of Kyrgyzstan,Head of delegation,KGZ,,General segment,Our gender inequality index fell by 25% since 2000.,notes\n' +
  "Regional adviser,,,Example organisation,,Female labour force participation in Norway is over 60%. Norway's GII rose.,\n";

beforeAll(async () => {
  r = await openReviewStore();
  const meetings = await listMeetings(r.db, null, 'beijing30-unece');
  if (!meetings.ok) throw new Error(meetings.message);
  meetingId = meetings.value[0]!.id;
});
afterAll(() => r.store.close());

function run(csv: string, opts: { allowDuplicates?: boolean; by?: typeof r.cast.reviewer | null } = {}) {
  return importStatements(
    r.db,
    opts.by === undefined ? r.cast.reviewer : opts.by,
    meetingId,
    { file: 'statements.csv', bytes: memoryBytes(csv) },
    { now: NOW, ...(opts.allowDuplicates ? { allowDuplicates: true } : {}) },
  );
}

function outcome(result: ServiceResult<StatementImportOutcome>): StatementImportOutcome {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function failure(result: ServiceResult<StatementImportOutcome>) {
  const o = outcome(result);
  if (o.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(o)}`);
  return { problems: o.errors.map(formatDiagnostic), duplicateLines: o.duplicateLines };
}

async function statements() {
  const list = await listStatements(r.db, null, meetingId);
  if (!list.ok) throw new Error(list.message);
  return list.value;
}

describe('importStatements', () => {
  it('records every row with its claims checked, in the order of the file, audited', async () => {
    const before = (await statements()).length;
    const progress: [number, number][] = [];
    const result = await importStatements(
      r.db,
      r.cast.reviewer,
      meetingId,
      { file: 'data/statements.csv', bytes: memoryBytes(GOOD) },
      { now: NOW, onProgress: (done, total) => progress.push([done, total]) },
    );
    const o = outcome(result);
    if (o.status !== 'imported') throw new Error(JSON.stringify(o));
    expect(o).toMatchObject({
      file: 'data/statements.csv',
      meetingId,
      cycle: 'beijing30-unece',
      tally: { claims: 3, supported: 2, partlySupported: 0, notSupported: 1, notCheckable: 0 },
    });
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    const all = await statements();
    expect(all).toHaveLength(before + 2);
    const [kgz, org] = all.slice(-2);
    expect(all.slice(-2).map((s) => s.id)).toEqual(o.ids);
    expect(kgz).toMatchObject({
      speaker: 'Delegate of Kyrgyzstan',
      speakerTitle: 'Head of delegation',
      country: 'KGZ',
      organisation: null,
      sessionTitle: 'General segment',
      source: 'notes',
      checkedAt: NOW.toISOString(),
      version: 1,
      tally: { claims: 1, supported: 1 },
    });
    expect(org).toMatchObject({
      organisation: 'Example organisation',
      country: null,
      sessionId: null,
      source: null,
      tally: { claims: 2, supported: 1, notSupported: 1 },
    });
    const audit = async (kind: string, id: number) =>
      (await readAuditRows(r.db, { entityKind: kind, entityId: String(id), limit: 10, offset: 0 })).rows;
    expect(await audit('statement', kgz!.id)).toMatchObject([
      {
        action: 'statement.create',
        actorUserId: Number(r.cast.reviewer.kind === 'user' ? r.cast.reviewer.id : NaN),
        detail: { file: 'statements.csv', line: 2, verdicts: ['supported'] },
      },
    ]);
    expect((await audit('meeting', meetingId))[0]).toMatchObject({
      action: 'meeting.statements.import',
      detail: { file: 'statements.csv', statements: o.ids },
    });
  });

  it('refuses rows already recorded or repeated in the file (spacing aside), naming the lines, writing nothing', async () => {
    const before = (await statements()).length;
    const kaz = (await statements())[0]!;
    const repeated = `${GOOD}${KAZ_ROW}\nNew speaker,,NOR,,,Some text,\nNew speaker,,NOR,,,"Some\r\ntext",\n`;
    const stored = (await statements()).slice(-2).map((s) => s.id);
    expect(failure(await run(repeated))).toEqual({
      problems: [
        `statements.csv:2:6: text: expected a statement not yet in meeting ${meetingId}, got the same speaker, session and text as statement ${stored[0]}`,
        `statements.csv:3:6: text: expected a statement not yet in meeting ${meetingId}, got the same speaker, session and text as statement ${stored[1]}`,
        `statements.csv:4:6: text: expected a statement not yet in meeting ${meetingId}, got the same speaker, session and text as statement ${kaz.id}`,
        `statements.csv:6:6: text: expected a statement not yet in meeting ${meetingId}, got the same speaker, session and text as line 5`,
      ],
      duplicateLines: [2, 3, 4, 6],
    });
    expect(await statements()).toHaveLength(before);
  });

  it('names the duplicates and the other problems of a file together, in the order of the file', async () => {
    const stored = (await statements()).slice(-2).map((s) => s.id);
    expect(failure(await run(`${GOOD}Ms X,,,,,Neither country nor organisation.,\n`))).toEqual({
      problems: [
        `statements.csv:2:6: text: expected a statement not yet in meeting ${meetingId}, got the same speaker, session and text as statement ${stored[0]}`,
        `statements.csv:3:6: text: expected a statement not yet in meeting ${meetingId}, got the same speaker, session and text as statement ${stored[1]}`,
        'statements.csv:4:3: country: expected the country or the organisation the speaker speaks for (one of them), got neither',
      ],
      duplicateLines: [2, 3],
    });
  });

  it('imports duplicates when allowed', async () => {
    const before = (await statements()).length;
    const o = outcome(await run(GOOD, { allowDuplicates: true }));
    expect(o).toMatchObject({ status: 'imported', ids: [expect.any(Number), expect.any(Number)] });
    expect(await statements()).toHaveLength(before + 2);
  });

  it('writes nothing when the last row is bad', async () => {
    const before = (await statements()).length;
    const csv = `${HEADER}\nA,,KAZ,,,First good row.,\nB,,KGZ,,,Second good row.,\nC,,KAZ,,Closing segment,Bad session.,\n`;
    expect(failure(await run(csv)).problems).toEqual([
      `statements.csv:4:5: session: expected the title or position of a session of meeting ${meetingId} (its sessions: 1 "General segment"), or nothing, got "Closing segment"`,
    ]);
    expect(await statements()).toHaveLength(before);
  });

  it('writes nothing when the last insert fails: one transaction', async () => {
    const before = (await statements()).length;
    await sql
      .raw(
        `CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN IF NEW.text = 'boom' THEN RAISE EXCEPTION 'boom refused'; END IF; RETURN NEW; END $$`,
      )
      .execute(r.db);
    await sql
      .raw(
        'CREATE TRIGGER refuse_boom BEFORE INSERT ON statement FOR EACH ROW EXECUTE FUNCTION refuse_boom()',
      )
      .execute(r.db);
    try {
      await expect(run(`${HEADER}\nA,,KAZ,,,Fine text.,\nB,,KAZ,,,boom,\n`)).rejects.toThrow(/boom refused/);
    } finally {
      await sql.raw('DROP TRIGGER refuse_boom ON statement').execute(r.db);
      await sql.raw('DROP FUNCTION refuse_boom()').execute(r.db);
    }
    expect(await statements()).toHaveLength(before);
  });

  it.each([
    ['the public', () => r.cast.public],
    ["Kazakhstan's focal point", () => r.cast.kazFocal],
  ])('refuses %s', async (_who, by) => {
    expect(await run(GOOD, { by: by() })).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('says when the meeting does not exist', async () => {
    const result = await importStatements(r.db, null, 999_999, {
      file: 'x.csv',
      bytes: memoryBytes(GOOD),
    });
    expect(result).toMatchObject({ ok: false, kind: 'not-found', message: 'no meeting 999999' });
  });
});
