import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../ingest/diagnostic.ts';
import { memoryBytes } from '../ingest/read-csv.ts';
import type { SessionRecord } from '../store/meetings.ts';
import { readStatementRows, STATEMENT_COLUMNS } from './statement-csv.ts';

const session = (id: number, position: number, title: string): SessionRecord => ({
  id,
  meetingId: 7,
  kind: 'segment',
  title,
  position,
});
const MEETING = {
  id: 7,
  sessions: [
    session(11, 1, 'General segment'),
    session(12, 2, 'Women in power'),
    session(13, 3, 'Side event'),
    session(14, 4, 'Side event'),
  ],
};
const HEADER = STATEMENT_COLUMNS.join(',');
const SESSIONS_LIST = '1 "General segment", 2 "Women in power", 3 "Side event", 4 "Side event"';
const EITHER = 'expected the country or the organisation the speaker speaks for (one of them)';

async function read(csv: string) {
  return readStatementRows({ file: 's.csv', bytes: memoryBytes(csv) }, MEETING);
}

async function problems(csv: string): Promise<string[]> {
  const r = await read(csv);
  expect(r.errors).not.toEqual([]);
  return r.errors.map(formatDiagnostic);
}

describe('readStatementRows: good files', () => {
  it('reads every field, trimmed, empty cells as absent, the session by title or position', async () => {
    const r = await read(
      `${HEADER}\n` +
        ' Ms A ,Minister,kaz,,General segment, The GII fell. ,the record\n' +
        'Mr B,,,UN Women,2,"Two\nlines",\n' +
        'Ms C,,KGZ,,,Text,\n',
    );
    expect(r).toEqual({
      errors: [],
      columns: { speaker: 1, speaker_title: 2, country: 3, organisation: 4, session: 5, text: 6, source: 7 },
      rows: [
        {
          line: 2,
          statement: {
            sessionId: 11,
            speaker: 'Ms A',
            speakerTitle: 'Minister',
            country: 'KAZ',
            text: 'The GII fell.',
            source: 'the record',
          },
        },
        {
          line: 3,
          statement: { sessionId: 12, speaker: 'Mr B', organisation: 'UN Women', text: 'Two\nlines' },
        },
        { line: 5, statement: { sessionId: null, speaker: 'Ms C', country: 'KGZ', text: 'Text' } },
      ],
    });
  });

  it('takes the columns in any order and gives their positions', async () => {
    const r = await read(
      'text,source,session,organisation,country,speaker_title,speaker\nHello,,,,NOR,,Ms D\n',
    );
    expect(r).toMatchObject({
      errors: [],
      columns: { text: 1, country: 5, speaker: 7 },
      rows: [{ line: 2, statement: { speaker: 'Ms D', country: 'NOR', text: 'Hello' } }],
    });
  });
});

const LONG = (n: number) => 'x'.repeat(n);

// Each file with every problem it should report, in order.
const BAD: readonly (readonly [string, string, readonly string[]])[] = [
  ['an empty file', '', ['s.csv: the file is empty: expected a CSV header line']],
  ['a header alone', `${HEADER}\n`, ['s.csv: expected at least one statement after the header']],
  [
    'an unknown and a missing column',
    'speaker,speaker_title,nation,organisation,session,text,source\n',
    [
      `s.csv:1:3: unknown column "nation": expected the header ${HEADER}`,
      `s.csv:1: missing column country: expected the header ${HEADER}`,
    ],
  ],
  [
    'a column twice, two missing',
    'speaker,text,text,country,organisation\n',
    [
      `s.csv:1:3: column "text" appears twice: expected the header ${HEADER}`,
      `s.csv:1: missing columns speaker_title, session, source: expected the header ${HEADER}`,
    ],
  ],
  [
    'a row of the wrong width',
    `${HEADER}\nMs A,,KAZ,,,Text\n`,
    ['s.csv:2: expected 7 fields as in the header, got 6'],
  ],
  [
    'an empty text',
    `${HEADER}\nMs A,,KAZ,,,  ,\n`,
    ['s.csv:2:6: text: expected the text of the statement, got "  "'],
  ],
  ['an empty speaker', `${HEADER}\n,,KAZ,,,Text,\n`, ['s.csv:2:1: speaker: expected the speaker, got ""']],
  [
    'a malformed and an unknown country',
    `${HEADER}\nMs A,,KZ,,,Text,\nMs B,,XYZ,,,Text,\n`,
    [
      's.csv:2:3: country: expected an ISO3 country code such as KAZ, got "KZ"',
      's.csv:3:3: country: expected the ISO3 code of a country in the catalogue, got "XYZ": no such country in the catalogue',
    ],
  ],
  [
    'both and neither country and organisation',
    `${HEADER}\nMs A,,KAZ,UN Women,,Text,\nMs B,,,,,Text,\n`,
    [
      `s.csv:2:3: country: ${EITHER}, got both: country "KAZ" and organisation "UN Women"`,
      `s.csv:3:3: country: ${EITHER}, got neither`,
    ],
  ],
  [
    'an unknown session, an ambiguous title, a position out of range',
    `${HEADER}\nMs A,,KAZ,,Closing,Text,\nMs B,,KAZ,,Side event,Text,\nMs C,,KAZ,,9,Text,\n`,
    [
      `s.csv:2:5: session: expected the title or position of a session of meeting 7 (its sessions: ${SESSIONS_LIST}), or nothing, got "Closing"`,
      's.csv:3:5: session: expected one session, got "Side event", which names 2 sessions of meeting 7 (3 "Side event", 4 "Side event"): give its position',
      `s.csv:4:5: session: expected the title or position of a session of meeting 7 (its sessions: ${SESSIONS_LIST}), or nothing, got "9"`,
    ],
  ],
  [
    "fields over the service's limits",
    `${HEADER}\n${LONG(201)},${LONG(301)},,${LONG(301)},,${LONG(20_001)},${LONG(1001)}\n`,
    [
      's.csv:2:1: speaker: expected at most 200 characters, got 201 characters',
      's.csv:2:2: speaker_title: expected at most 300 characters, got 301 characters',
      's.csv:2:4: organisation: expected at most 300 characters, got 301 characters',
      's.csv:2:6: text: expected at most 20000 characters, got 20001 characters',
      's.csv:2:7: source: expected at most 1000 characters, got 1001 characters',
    ],
  ],
  [
    'every problem of a row, in column order, and of every row',
    `${HEADER}\n,,XYZ,,Nowhere,,\nMs B,,,,,Text,\n`,
    [
      's.csv:2:1: speaker: expected the speaker, got ""',
      's.csv:2:3: country: expected the ISO3 code of a country in the catalogue, got "XYZ": no such country in the catalogue',
      `s.csv:2:5: session: expected the title or position of a session of meeting 7 (its sessions: ${SESSIONS_LIST}), or nothing, got "Nowhere"`,
      's.csv:2:6: text: expected the text of the statement, got ""',
      `s.csv:3:3: country: ${EITHER}, got neither`,
    ],
  ],
  [
    'the line a row of several lines starts on, and the line after it',
    `${HEADER}\nMs A,,,,,"one\ntwo\nthree",\nMs B,,,,,Text,\nMs C,,KAZ,,,"a\nb"\nMs D,,,,,Text,\n`,
    [
      `s.csv:2:3: country: ${EITHER}, got neither`,
      `s.csv:5:3: country: ${EITHER}, got neither`,
      's.csv:6: expected 7 fields as in the header, got 6',
      `s.csv:8:3: country: ${EITHER}, got neither`,
    ],
  ],
  [
    'the same with CRLF line ends, inside cells too',
    `${HEADER}\r\nMs A,,,,,"one\r\ntwo\r\nthree",\r\nMs B,,,,,Text,\r\nMs C,,KAZ,,,"a\r\nb"\r\nMs D,,,,,Text,\r\n`,
    [
      `s.csv:2:3: country: ${EITHER}, got neither`,
      `s.csv:5:3: country: ${EITHER}, got neither`,
      's.csv:6: expected 7 fields as in the header, got 6',
      `s.csv:8:3: country: ${EITHER}, got neither`,
    ],
  ],
  [
    'broken quoting',
    `${HEADER}\nMs A,,KAZ,,,"unclosed,\n`,
    [
      's.csv:2: not readable as CSV (CSV_QUOTE_NOT_CLOSED): Quote Not Closed: the parsing is finished with an opening quote at line 2',
    ],
  ],
];

describe('readStatementRows: every problem, where it is', () => {
  it.each(BAD)('%s', async (_name, csv, expected) => {
    expect(await problems(csv)).toEqual(expected);
  });

  it('gives the rows without problems besides the problems, for further checks', async () => {
    const r = await read(`${HEADER}\nMs A,,KAZ,,,Good,\nMs B,,,,,Bad,\nMs C,,NOR,,,Good too,\n`);
    expect(r.errors.map(formatDiagnostic)).toEqual([`s.csv:3:3: country: ${EITHER}, got neither`]);
    expect(r.rows.map((row) => [row.line, row.statement.speaker])).toEqual([
      [2, 'Ms A'],
      [4, 'Ms C'],
    ]);
  });

  it('shortens a long cell it quotes', async () => {
    const [p] = await problems(`${HEADER}\nMs A,,KAZ,,${'Session '.repeat(20)},Text,\n`);
    expect(p).toMatch(/got "Session Session .{30,}…"$/);
    expect(p!.length).toBeLessThan(300);
  });
});
