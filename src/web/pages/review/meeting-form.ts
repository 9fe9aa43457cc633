import type {
  CoChairBody,
  Meeting,
  MeetingBody,
  Statement,
  StatementBody,
  StatementClaim,
  Verdict,
} from './regional-types.ts';

/*
 * The meeting record's forms as typed (strings) and the request bodies they become
 * (src/services/meetings.ts NewMeetingSchema, meeting-statements.ts StatementSchema): text trimmed,
 * empty optional fields left out, so the server's own rules name what is missing. The server
 * checks everything again; nothing here decides what is valid.
 */

export interface CoChairRow {
  readonly name: string;
  readonly title: string;
  readonly country: string;
  readonly organisation: string;
}

export interface MeetingFields {
  readonly title: string;
  readonly place: string;
  readonly from: string;
  readonly to: string;
  readonly coChairs: readonly CoChairRow[];
  readonly published: boolean;
}

export const EMPTY_CO_CHAIR: CoChairRow = { name: '', title: '', country: '', organisation: '' };

export const EMPTY_MEETING: MeetingFields = {
  title: '',
  place: '',
  from: '',
  to: '',
  coChairs: [EMPTY_CO_CHAIR],
  published: false,
};

export function meetingFieldsOf(m: Meeting): MeetingFields {
  return {
    title: m.title,
    place: m.place,
    from: m.from,
    to: m.to,
    coChairs: m.coChairs.map((c) => ({
      name: c.name ?? '',
      title: c.title ?? '',
      country: c.country ?? '',
      organisation: c.organisation ?? '',
    })),
    published: m.published,
  };
}

/**
 * The body of the meeting, and for each co-chair sent the form row it came from (rows left
 * wholly empty are not sent), so an error the server names by position (`coChairs.1.country`)
 * lands on the right row.
 */
export function meetingBody(f: MeetingFields): { body: MeetingBody; rowOf: number[] } {
  const rowOf: number[] = [];
  const coChairs: CoChairBody[] = [];
  f.coChairs.forEach((row, i) => {
    const c = coChairBody(row);
    if (Object.keys(c).length === 0) return;
    rowOf.push(i);
    coChairs.push(c);
  });
  return {
    body: {
      title: f.title.trim(),
      place: f.place.trim(),
      from: f.from.trim(),
      to: f.to.trim(),
      coChairs,
      published: f.published,
    },
    rowOf,
  };
}

function coChairBody(row: CoChairRow): CoChairBody {
  return {
    ...optional('name', row.name),
    ...optional('title', row.title),
    ...optional('country', row.country.toUpperCase()),
    ...optional('organisation', row.organisation),
  };
}

/** `{ [key]: value.trim() }`, or nothing for an empty value. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const v = value.trim();
  return v === '' ? {} : ({ [key]: v } as Record<K, string>);
}

/** The server's name of a co-chair field (`coChairs.1.country`) as the form's (`coChairs.2.country`). */
export function coChairParam(rowOf: readonly number[]): (param: string) => string {
  return (param) => {
    const m = /^coChairs\.(\d+)(\..*)?$/.exec(param);
    if (!m) return param;
    const row = rowOf[Number(m[1])];
    return row === undefined ? param : `coChairs.${row}${m[2] ?? ''}`;
  };
}

export type SpeaksFor = 'country' | 'organisation';

export interface StatementFields {
  /** A session id, or '' for none. */
  readonly sessionId: string;
  readonly speaker: string;
  readonly speakerTitle: string;
  readonly speaksFor: SpeaksFor;
  readonly country: string;
  readonly organisation: string;
  readonly text: string;
  readonly source: string;
}

export type StatementField = Exclude<keyof StatementFields, 'speaksFor'>;

/** The statement form's fields, in the form's order. */
export const STATEMENT_FIELDS: readonly StatementField[] = [
  'sessionId',
  'speaker',
  'speakerTitle',
  'country',
  'organisation',
  'text',
  'source',
];

export function emptyStatement(sessionId: number | null): StatementFields {
  return {
    sessionId: sessionId === null ? '' : String(sessionId),
    speaker: '',
    speakerTitle: '',
    speaksFor: 'country',
    country: '',
    organisation: '',
    text: '',
    source: '',
  };
}

export function statementFieldsOf(s: Statement): StatementFields {
  return {
    sessionId: s.sessionId === null ? '' : String(s.sessionId),
    speaker: s.speaker,
    speakerTitle: s.speakerTitle ?? '',
    speaksFor: s.organisation !== null && s.country === null ? 'organisation' : 'country',
    country: s.country ?? '',
    organisation: s.organisation ?? '',
    text: s.text,
    source: s.source ?? '',
  };
}

/**
 * The body of the statement. Only the field the speaker speaks for is sent, even when empty, so
 * the server's message names the field the user sees.
 */
export function statementBody(f: StatementFields): StatementBody {
  return {
    sessionId: f.sessionId === '' ? null : Number(f.sessionId),
    speaker: f.speaker.trim(),
    ...optional('speakerTitle', f.speakerTitle),
    ...(f.speaksFor === 'country'
      ? { country: f.country.trim().toUpperCase() }
      : { organisation: f.organisation.trim() }),
    text: f.text.trim(),
    ...optional('source', f.source),
  };
}

/** The fields whose values (as sent) differ between two versions of a statement. */
export function differingFields(mine: StatementFields, theirs: StatementFields): StatementField[] {
  const a = statementBody(mine) as unknown as Record<string, unknown>;
  const b = statementBody(theirs) as unknown as Record<string, unknown>;
  return STATEMENT_FIELDS.filter((k) => (a[k] ?? null) !== (b[k] ?? null));
}

/** The stored statement in a 409 answer of `PUT /api/statements/{id}`, or null. */
export function statementConflictOf(body: unknown): Statement | null {
  const current = (body as { error?: { current?: unknown } } | undefined)?.error?.current;
  if (!current || typeof current !== 'object' || typeof (current as Statement).version !== 'number')
    return null;
  return current as Statement;
}

/** The verdicts a statement's claims received, each with how many, in a fixed order; none left out but zeros. */
export function verdictCounts(claims: readonly Pick<StatementClaim, 'verdict'>[]): [Verdict, number][] {
  const order: Verdict[] = ['supported', 'partly-supported', 'not-supported', 'not-checkable'];
  return order
    .map((v): [Verdict, number] => [v, claims.filter((c) => c.verdict === v).length])
    .filter(([, n]) => n > 0);
}

/** The list with each statement replaced by a newer version saved here, and new ones added. */
export function withSaved(loaded: readonly Statement[], saved: readonly Statement[]): Statement[] {
  const newer = new Map(saved.map((s) => [s.id, s]));
  const merged = loaded.map((s) => {
    const mine = newer.get(s.id);
    return mine && mine.version > s.version ? mine : s;
  });
  return [...merged, ...saved.filter((s) => !loaded.some((x) => x.id === s.id))];
}
