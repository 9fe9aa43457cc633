import type { Schema } from '../../api/schema.ts';

/*
 * The regional review's API shapes as the pages read them (src/server/api/review.ts, synthesis.ts,
 * meetings.ts, review-schemas.ts), taken from the generated OpenAPI types.
 */

/** `GET /api/cycles/{code}/synthesis`: `html` sanitised by the server; `latestVersion`, `publishedVersion` for editors only. */
export type SynthesisView = Schema<'RegionalSynthesis'>;

/** `GET /api/cycles/{code}/tracker` (reviewers). */
export type Tracker = Schema<'SubmissionTracker'>;
export type TrackerRow = Tracker['rows'][number];

/** `GET /api/meetings/{id}`. */
export type Meeting = Schema<'Meeting'>;
/** `GET /api/cycles/{code}/meetings`. */
export type MeetingList = Schema<'MeetingPage'>;
export type CoChair = Meeting['coChairs'][number];
export type MeetingSession = Schema<'MeetingSession'>;

export type Verdict = Schema<'ClaimCheck'>['verdict'];

/**
 * The part of a claim check the meeting record shows. The server documents a statement's `claims`
 * only by reference (each is a `ClaimCheck`, as `POST /api/claims/check` answers), so the web
 * names here the fields of that schema it reads.
 */
export interface StatementClaim {
  readonly claim: Pick<Schema<'ParsedClaim'>, 'span' | 'text'>;
  readonly verdict: Verdict;
  /** One English sentence from the server. */
  readonly summary: Schema<'ClaimCheck'>['summary'];
}

export type Statement = Omit<Schema<'Statement'>, 'claims'> & {
  readonly claims: readonly StatementClaim[];
};
/** `GET /api/meetings/{id}/statements`. */
export type StatementList = Omit<Schema<'StatementPage'>, 'items'> & { readonly items: readonly Statement[] };

/** A co-chair as `POST /api/cycles/{code}/meetings` and `PATCH /api/meetings/{id}` take it. */
export type CoChairBody = NonNullable<Schema<'NewMeeting'>['coChairs']>[number];

/**
 * What the meeting form sends to `POST /api/cycles/{code}/meetings` (NewMeeting) and to
 * `PATCH /api/meetings/{id}`: always every field it edits, sessions aside.
 */
export type MeetingBody = Required<Omit<Schema<'NewMeeting'>, 'sessions'>>;

/** The body of `POST /api/meetings/{id}/statements`; `PUT /api/statements/{id}` adds `baseVersion`. */
export type StatementBody = Schema<'NewStatement'>;

/** A tagged passage (`GET /api/cycles/{code}/tags`). */
export type ReportTag = Schema<'ReportTag'>;
/** `GET /api/cycles/{code}/tags` and `…/tags/search`. */
export type ReportTagList = Schema<'ReportTagPage'>;
