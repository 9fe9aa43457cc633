/*
 * Response shapes of the review API as the review pages read them (src/server/api/cycles.ts,
 * reports.ts; the services' types: src/services/cycles.ts, reports.ts, report-view.ts,
 * report-evidence.ts, report-versions.ts, report-comments.ts; src/core/reports/diff.ts).
 */

export type ReportState =
  'draft' | 'submitted' | 'under-review' | 'changes-requested' | 'resubmitted' | 'accepted' | 'published';

export const REPORT_STATES: readonly ReportState[] = [
  'draft',
  'submitted',
  'under-review',
  'changes-requested',
  'resubmitted',
  'accepted',
  'published',
];

export type ReportEvent = 'submit' | 'start-review' | 'request-changes' | 'accept' | 'publish';

export interface CycleView {
  readonly code: string;
  readonly title: string;
  readonly regionSet: { readonly code: string; readonly name: string; readonly members: number };
  readonly templateId: string;
  /** `YYYY-MM-DD`. */
  readonly opensOn: string;
  readonly submissionDeadline: string;
  readonly meeting: { readonly from: string; readonly to: string } | null;
  readonly createdAt: string;
}

export interface ReportSummary {
  readonly id: number;
  readonly cycle: string;
  readonly country: string;
  readonly countryName: string;
  readonly state: ReportState;
  readonly currentVersion: number;
  readonly updatedAt: string;
}

export interface SectionView {
  readonly id: string;
  readonly part: number;
  readonly title: string;
  readonly guidance: string;
  /** Sanitised HTML from the server, evidence filled in. */
  readonly html: string;
  /** The Markdown source: only for those who write the report. */
  readonly markdown?: string;
  readonly empty: boolean;
  readonly blocks: readonly string[];
}

export interface VersionMeta {
  readonly version: number;
  readonly submitted: boolean;
  readonly stateAtSave: ReportState;
  readonly savedAt: string;
  readonly savedBy: string | null;
}

export type IndexCode = 'gii' | 'gdi' | 'hdi';

export type EvidenceSpec =
  | {
      readonly kind: 'indicator-chart';
      readonly area: string;
      readonly indicator: string;
      readonly source?: string;
    }
  | {
      readonly kind: 'value';
      readonly area: string;
      readonly indicator: string;
      readonly year?: number;
      readonly source?: string;
    }
  | { readonly kind: 'index'; readonly index: IndexCode; readonly area: string; readonly edition?: string };

export type EvidenceKind = EvidenceSpec['kind'];

export interface EvidenceSourceRef {
  readonly dataset: string;
  readonly edition: string;
  readonly label: string;
}

interface SeriesPart {
  readonly key: string;
  readonly status: 'resolved';
  readonly area: string;
  readonly indicator: string;
  readonly unit: string;
  readonly source: EvidenceSourceRef;
  readonly breakdown: string;
}

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export type ResolvedEvidence =
  | (SeriesPart & { readonly kind: 'value'; readonly year: number; readonly value: number })
  | (SeriesPart & { readonly kind: 'indicator-chart'; readonly points: readonly YearValue[] })
  | {
      readonly key: string;
      readonly status: 'resolved';
      readonly kind: 'index';
      readonly area: string;
      readonly index: IndexCode;
      readonly year: number;
      readonly value: number;
      readonly published: number | null;
      readonly source: EvidenceSourceRef;
    }
  | {
      readonly key: string;
      readonly status: 'unresolved';
      readonly kind: EvidenceKind;
      readonly message: string;
    };

export interface ListedBlock {
  readonly sectionId: string;
  readonly spec: EvidenceSpec;
}

export const MEASURE_KINDS = ['law', 'policy', 'quota', 'programme', 'institution'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export interface Measure {
  readonly title: string;
  readonly kind: MeasureKind;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly criticalAreas: readonly string[];
  readonly clusters: readonly number[];
  readonly beneficiaries?: string;
  readonly source: string;
  readonly url?: string;
  readonly description?: string;
}

export interface Attachment {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly description: string;
  readonly url?: string;
}

export interface ReportView {
  readonly id: number;
  readonly cycle: string;
  readonly country: string;
  readonly countryName: string;
  readonly state: ReportState;
  readonly currentVersion: number;
  readonly version: VersionMeta;
  readonly template: {
    readonly id: string;
    readonly title: string;
    readonly status: 'confirmed' | 'unconfirmed';
    readonly note: string;
  };
  readonly sections: readonly SectionView[];
  readonly evidence: {
    readonly mode: 'live' | 'pinned';
    readonly pinnedAt?: string;
    readonly dataVersion?: string;
    readonly values: readonly ResolvedEvidence[];
  };
  readonly listedEvidence: readonly ListedBlock[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
  readonly canEdit: boolean;
  readonly events: readonly ReportEvent[];
}

/** What `PUT /api/reports/{id}` takes: listed evidence flattened (`{ sectionId, kind, … }`). */
export interface DraftBody {
  readonly baseVersion: number;
  readonly sections: Readonly<Record<string, string>>;
  readonly evidence: readonly ({ readonly sectionId: string } & EvidenceSpec)[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
}

export interface SavedDraft {
  readonly id: number;
  readonly version: VersionMeta;
  readonly state: ReportState;
}

/** The content the user sent, as a 409 returns it (`yours`). */
export interface ReportContent {
  readonly sections: Readonly<Record<string, string>>;
  readonly evidence: readonly ListedBlock[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
}

export interface TransitionDone {
  readonly id: number;
  readonly event: ReportEvent;
  readonly from: ReportState;
  readonly to: ReportState;
  readonly version: number;
  readonly pinned?: { readonly blocks: number; readonly dataVersion: string };
}

export interface CommentView {
  readonly id: number;
  readonly version: number;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly author: string;
  readonly body: string;
  readonly html: string;
  readonly createdAt: string;
}

export interface EventView {
  readonly event: string;
  readonly from: ReportState;
  readonly to: ReportState;
  readonly version: number;
  readonly by: string | null;
  readonly at: string;
  readonly note: string | null;
}

export interface ReportHistory {
  readonly versions: readonly VersionMeta[];
  readonly events: readonly EventView[];
}

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface SectionDiff {
  readonly sectionId: string;
  readonly title: string;
  readonly change: 'unchanged' | 'added' | 'removed' | 'changed';
  readonly parts: readonly DiffPart[];
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

export interface ListDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

export interface VersionDiff {
  readonly id: number;
  readonly from: VersionMeta;
  readonly to: VersionMeta;
  readonly sections: readonly SectionDiff[];
  readonly measures: ListDiff;
  readonly attachments: ListDiff;
  readonly evidence: ListDiff;
}

/** `GET /api/audit` (administrators). */
export interface AuditView {
  readonly id: number;
  readonly at: string;
  readonly actor: { readonly id: string; readonly email: string | null } | null;
  readonly action: string;
  readonly entityKind: string;
  readonly entityId: string;
  readonly detail: Record<string, unknown>;
}
