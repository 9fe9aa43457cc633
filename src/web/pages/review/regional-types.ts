import type { Lang } from '../../i18n/i18n.ts';
import type { ReportState } from './review-types.ts';

/*
 * Response shapes of the regional review's API as the pages read them (src/server/api/review.ts,
 * synthesis.ts, meetings.ts, review-schemas.ts; services tracker.ts, report-tags.ts, synthesis.ts,
 * meetings.ts).
 */

/** `GET /api/cycles/{code}/synthesis` (src/services/synthesis.ts). */
export interface SynthesisView {
  readonly cycle: string;
  readonly cycleTitle: string;
  readonly version: number;
  readonly origin: 'generated' | 'edited';
  readonly markdown: string;
  /** Sanitised HTML from the server. */
  readonly html: string;
  readonly published: boolean;
  /** The language the version is written in. */
  readonly lang: Lang;
  readonly generatedAt: string;
  readonly editedAt: string;
  readonly editedBy: { readonly id: string; readonly name: string | null } | null;
  /** Editors only: the newest version and the newest published one. */
  readonly latestVersion?: number;
  readonly publishedVersion?: number | null;
}

/** `GET /api/cycles/{code}/tracker` (reviewers; src/services/tracker.ts). */
export interface Tracker {
  readonly cycle: {
    readonly code: string;
    readonly title: string;
    readonly regionSet: string;
    readonly submissionDeadline: string;
  };
  readonly sections: readonly { readonly id: string; readonly title: string }[];
  readonly summary: {
    readonly members: number;
    readonly started: number;
    readonly submitted: number;
    readonly late: number;
    readonly byState: Readonly<Record<string, number>>;
  };
  readonly rows: readonly TrackerRow[];
  readonly availability: {
    readonly indicators: readonly {
      readonly code: string;
      readonly name: string;
      readonly concept: string;
    }[];
    readonly rows: readonly {
      readonly iso3: string;
      readonly name: string;
      readonly latest: Readonly<Record<string, number | null>>;
    }[];
  };
}

export interface TrackerRow {
  readonly iso3: string;
  readonly name: string;
  readonly state: ReportState | 'not-started';
  readonly reportId: number | null;
  readonly currentVersion: number | null;
  readonly submittedAt: string | null;
  readonly lastSubmittedAt: string | null;
  readonly late: boolean | null;
  readonly emptySections: readonly string[];
  readonly lastChange: string | null;
}

export interface CoChair {
  readonly name?: string;
  readonly title?: string;
  readonly country?: string;
  readonly countryName?: string;
  readonly organisation?: string;
}

export interface MeetingSession {
  readonly id: number;
  readonly kind: 'segment' | 'thematic';
  readonly title: string;
  readonly position: number;
}

/** `GET /api/meetings/{id}` (src/services/meetings.ts). */
export interface Meeting {
  readonly id: number;
  readonly cycle: string;
  readonly title: string;
  readonly place: string;
  readonly from: string;
  readonly to: string;
  readonly coChairs: readonly CoChair[];
  readonly published: boolean;
  readonly sessions: readonly MeetingSession[];
  readonly updatedAt: string;
}

export type Verdict = 'supported' | 'partly-supported' | 'not-supported' | 'not-checkable';

/** The part of a claim check (`POST /api/claims/check`) the meeting record shows. */
export interface StatementClaim {
  readonly claim: { readonly span: { readonly start: number; readonly end: number }; readonly text: string };
  readonly verdict: Verdict;
  /** One English sentence from the server. */
  readonly summary: string;
}

export interface Statement {
  readonly id: number;
  readonly meetingId: number;
  readonly sessionId: number | null;
  readonly sessionTitle: string | null;
  readonly speaker: string;
  readonly speakerTitle: string | null;
  readonly country: string | null;
  readonly countryName: string | null;
  readonly organisation: string | null;
  readonly text: string;
  readonly source: string | null;
  readonly claims: readonly StatementClaim[];
  readonly tally: {
    readonly claims: number;
    readonly supported: number;
    readonly partlySupported: number;
    readonly notSupported: number;
    readonly notCheckable: number;
  };
  readonly checkedAt: string;
  readonly version: number;
  readonly updatedAt: string;
}

/** A co-chair as `POST /api/cycles/{code}/meetings` and `PATCH /api/meetings/{id}` take it. */
export interface CoChairBody {
  readonly name?: string;
  readonly title?: string;
  readonly country?: string;
  readonly organisation?: string;
}

/** The body of `POST /api/cycles/{code}/meetings` (NewMeeting) and of `PATCH /api/meetings/{id}`. */
export interface MeetingBody {
  readonly title: string;
  readonly place: string;
  readonly from: string;
  readonly to: string;
  readonly coChairs: readonly CoChairBody[];
  readonly published: boolean;
}

/** The body of `POST /api/meetings/{id}/statements` (NewStatement); `PUT /api/statements/{id}` adds `baseVersion`. */
export interface StatementBody {
  readonly sessionId: number | null;
  readonly speaker: string;
  readonly speakerTitle?: string;
  readonly country?: string;
  readonly organisation?: string;
  readonly text: string;
  readonly source?: string;
}

/** A refused stale edit of `PUT /api/statements/{id}` (409): the stored statement. */
export interface StatementConflictBody {
  readonly error: { readonly status: 409; readonly message: string; readonly current: Statement };
}

export const TAG_CRITERIA = ['good-practice', 'partnerships', 'political-will', 'use-of-data'] as const;
export type TagCriterion = (typeof TAG_CRITERIA)[number];

/** A tagged passage (`GET /api/cycles/{code}/tags`; src/services/report-tags.ts). */
export interface ReportTag {
  readonly id: number;
  readonly reportId: number;
  readonly country: string;
  readonly countryName: string;
  readonly reportState: string;
  readonly version: number;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly bpfa: readonly string[];
  readonly clusters: readonly number[];
  readonly sdgTargets: readonly string[];
  readonly criteria: readonly string[];
  readonly note: string | null;
  readonly taggedBy: { readonly id: string; readonly name: string | null } | null;
  readonly taggedAt: string;
}
