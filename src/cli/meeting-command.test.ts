import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCycle } from '../services/demo-cycle.ts';
import { seedProgressData } from '../services/progress-test-store.ts';
import { DEMO_FILE } from '../services/review-test-store.ts';
import { openStore, storeOptionsFromEnv } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { testCliEnv } from '../store/test-store.ts';
import { memoryIo } from './io.ts';
import type { MeetingSummary } from '../services/meetings.ts';
import { runCli } from './program.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const DEMO = join(FIXTURES, 'statements-demo.csv');
const INVALID = join(FIXTURES, 'statements-invalid.csv');
const BAD_LAST_ROW = join(FIXTURES, 'statements-bad-last-row.csv');
const CYCLE = 'beijing30-unece';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
let meeting: number;

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

async function meetings(): Promise<MeetingSummary[]> {
  const r = await cli('meeting', 'list', CYCLE, '--format', 'json');
  if (r.code !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as MeetingSummary[];
}

const statementCount = async () => (await meetings())[0]!.statements;

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  // A small real store with the demonstration cycle, as the seed loads it.
  const store = await openStore(storeOptionsFromEnv(env));
  try {
    await migrateToLatest(store.db);
    await seedProgressData(store.db);
    const demo = await loadDemoCycle(store.db, DEMO_FILE);
    if (demo.status !== 'loaded') throw new Error(JSON.stringify(demo));
  } finally {
    await store.close();
  }
  meeting = (await meetings())[0]!.id;
}, 120_000);
afterAll(() => cleanup());

describe('parity meeting list', () => {
  it("lists the cycle's meetings as a table, the long title last", async () => {
    const r = await cli('meeting', 'list', CYCLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'id  place                dates                    published  sessions  statements  title\n' +
        `${String(meeting).padEnd(2)}  Geneva, Switzerland  2024-10-21 – 2024-10-22  yes        1         1           ` +
        'Beijing+30 Regional Review Meeting: Reviewing 30 years of Beijing Commitments to Accelerate Gender Equality in the UNECE Region\n',
    );
  });

  it('gives the meetings as JSON, with their sessions and number of statements', async () => {
    expect(await meetings()).toMatchObject([
      {
        id: meeting,
        cycle: CYCLE,
        place: 'Geneva, Switzerland',
        from: '2024-10-21',
        to: '2024-10-22',
        published: true,
        sessions: [{ kind: 'segment', title: 'General segment', position: 1 }],
        statements: 1,
      },
    ]);
  });

  it.each([
    [['meeting', 'list', 'nope'], 2, 'parity: no review cycle nope\n'],
    [
      ['meeting', 'list', CYCLE, '--format', 'xml'],
      1,
      "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json.\n",
    ],
  ])('%j exits %i', async (argv, code, stderr) => {
    const r = await cli(...argv);
    expect(r).toMatchObject({ code, stdout: '' });
    expect(r.stderr.startsWith(stderr)).toBe(true);
  });
});

describe('parity meeting import-statements', () => {
  it('imports the statements of a file, checking their claims, and prints the tally', async () => {
    const r = await cli('meeting', 'import-statements', String(meeting), DEMO);
    expect(r).toEqual({
      code: 0,
      stdout:
        `${DEMO}: 3 statements imported into meeting ${meeting} of ${CYCLE} (statements 2–4)\n` +
        '6 claims found: 3 supported, 1 partly-supported, 1 not-supported, 1 not-checkable\n',
      stderr: '',
    });
    expect(await statementCount()).toBe(4);
  });

  it('acts as the system: the audit log names no user', async () => {
    const store = await openStore(storeOptionsFromEnv(env));
    try {
      const rows = await store.db
        .selectFrom('audit_log')
        .select(['action', 'entity_id', 'actor_user_id'])
        .where('action', 'in', ['statement.create', 'meeting.statements.import'])
        .orderBy('id')
        .execute();
      // The demonstration's statement first, then the file's.
      expect(rows).toEqual([
        ...['1', '2', '3', '4'].map((id) => ({
          action: 'statement.create',
          entity_id: id,
          actor_user_id: null,
        })),
        { action: 'meeting.statements.import', entity_id: String(meeting), actor_user_id: null },
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses the same file again, naming each line, unless duplicates are allowed', async () => {
    const again = await cli('meeting', 'import-statements', String(meeting), DEMO);
    const expected = `expected a statement not yet in meeting ${meeting}, got the same speaker, session and text as statement`;
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${DEMO}:2:6: text: ${expected} 2\n` +
        `${DEMO}:3:6: text: ${expected} 3\n` +
        `${DEMO}:5:6: text: ${expected} 4\n` +
        `parity: ${DEMO}: nothing was imported (3 problems); --allow-duplicates imports rows repeating a recorded statement or an earlier row\n`,
    });
    expect(await statementCount()).toBe(4);
    const allowed = await cli('meeting', 'import-statements', String(meeting), DEMO, '--allow-duplicates');
    expect(allowed.stdout).toMatch(
      /: 3 statements imported into meeting \d+ of beijing30-unece \(statements 5–7\)\n/,
    );
    expect(await statementCount()).toBe(7);
  });

  it('reports every problem of a file with its line and column, and imports nothing', async () => {
    const r = await cli('meeting', 'import-statements', String(meeting), INVALID);
    const either = 'expected the country or the organisation the speaker speaks for (one of them)';
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${INVALID}:2:1: speaker: expected the speaker, got ""\n` +
        `${INVALID}:2:3: country: expected the ISO3 code of a country in the catalogue, got "XYZ": no such country in the catalogue\n` +
        `${INVALID}:3:3: country: ${either}, got both: country "KAZ" and organisation "Example organisation"\n` +
        `${INVALID}:3:5: session: expected the title or position of a session of meeting ${meeting} (its sessions: 1 "General segment"), or nothing, got "Closing session"\n` +
        `${INVALID}:4:3: country: ${either}, got neither\n` +
        `${INVALID}:4:6: text: expected the text of the statement, got "   "\n` +
        `${INVALID}:5:1: speaker: expected at most 200 characters, got 201 characters\n` +
        `${INVALID}:6: expected 7 fields as in the header, got 6\n` +
        `${INVALID}:7:3: country: expected an ISO3 country code such as KAZ, got "kz"\n` +
        `parity: ${INVALID}: nothing was imported (9 problems)\n`,
    });
    expect(await statementCount()).toBe(7);
  });

  it('imports nothing when only the last row is bad', async () => {
    const r = await cli('meeting', 'import-statements', String(meeting), BAD_LAST_ROW);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/statements-bad-last-row\.csv:4:5: session: .* got "Closing segment"\n/);
    expect(await statementCount()).toBe(7);
  });

  it.each([
    [
      ['x', DEMO],
      1,
      "error: command-argument value 'x' is invalid for argument 'meeting-id'. expected a meeting id",
    ],
    [
      ['0', DEMO],
      1,
      "error: command-argument value '0' is invalid for argument 'meeting-id'. expected a meeting id",
    ],
    [['999999', DEMO], 2, 'parity: no meeting 999999\n'],
    [['1', join(FIXTURES, 'missing.csv')], 1, `parity: ${join(FIXTURES, 'missing.csv')}: no such file\n`],
    [['1', FIXTURES], 1, `parity: ${FIXTURES}: is a folder; expected a CSV file\n`],
  ])('%j exits %i', async (args, code, stderr) => {
    const r = await cli('meeting', 'import-statements', ...args);
    expect(r).toMatchObject({ code, stdout: '' });
    expect(r.stderr.startsWith(stderr)).toBe(true);
  });
});
