import type { ResponseBody, Schema } from '../../api/schema.ts';

/*
 * The review API's shapes as the review pages read them (src/server/api/cycles.ts, reports.ts,
 * report-schemas.ts), taken from the generated OpenAPI types: named for the pages, never restated.
 */

export type ReportState = Schema<'ReportState'>;

/** The states in workflow order (the page lists them in this order). */
export const REPORT_STATES = [
  'draft',
  'submitted',
  'under-review',
  'changes-requested',
  'resubmitted',
  'accepted',
  'published',
] as const satisfies readonly ReportState[];

export type ReportEvent = Schema<'ReportEvent'>;

/** `GET /api/cycles/{code}`; dates are `YYYY-MM-DD`. */
export type CycleView = Schema<'ReviewCycle'>;

/** `GET /api/cycles`. */
export type CycleList = Schema<'ReviewCycles'>;

export type ReportSummary = Schema<'ReportSummary'>;
/** `GET /api/cycles/{code}/reports`: the reports the reader may see. */
export type ReportList = Schema<'ReportSummaries'>;

/** `GET /api/reports/{id}`: a section's `html` is sanitised by the server, its `markdown` only for the writers. */
export type ReportView = Schema<'Report'>;
export type SectionView = ReportView['sections'][number];

export type VersionMeta = Schema<'ReportVersionMeta'>;

export type EvidenceSpec = Schema<'EvidenceSpec'>;
export type EvidenceKind = EvidenceSpec['kind'];
export type IndexCode = Extract<EvidenceSpec, { readonly kind: 'index' }>['index'];

export type ResolvedEvidence = Schema<'ResolvedEvidence'>;

export type ListedBlock = ReportView['listedEvidence'][number];

export type Measure = ReportView['measures'][number];
export type MeasureKind = Measure['kind'];
/** The kinds in the order the form offers them. */
export const MEASURE_KINDS = [
  'law',
  'policy',
  'quota',
  'programme',
  'institution',
] as const satisfies readonly MeasureKind[];

export type Attachment = ReportView['attachments'][number];

/** What `PUT /api/reports/{id}` takes: listed evidence flattened (`{ sectionId, kind, … }`). */
export type DraftBody = Schema<'ReportDraft'>;

export type SavedDraft = Schema<'ReportSaved'>;

/** The content the user sent, as a 409 returns it (`yours`). */
export type ReportContent = Schema<'ReportSaveConflict'>['error']['yours'];

export type TransitionDone = Schema<'ReportTransition'>;

export type CommentView = Schema<'ReportComment'>;
/** `GET /api/reports/{id}/comments`. */
export type CommentList = ResponseBody<'/api/reports/{id}/comments'>;

/** `GET /api/templates/{id}`: the template's parts and sections with their guidance. */
export type ReportTemplate = Schema<'ReportTemplate'>;

export type ReportHistory = Schema<'ReportHistory'>;

export type VersionDiff = Schema<'ReportDiff'>;
export type ListDiff = VersionDiff['measures'];

/** `GET /api/audit` (administrators). */
export type AuditView = Schema<'AuditEntry'>;
export type AuditPage = Schema<'AuditPage'>;
