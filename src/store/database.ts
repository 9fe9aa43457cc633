import type { Lang } from '../catalog/countries.ts';
import type { ColumnType, Generated } from 'kysely';

/**
 * The one `Database` interface: a row type per table, written to match the migrations in
 * ./migrations (a test compares both against the live schema). `Generated` marks columns the
 * database fills in; `ColumnType<S, I, U>` where reading and writing differ.
 */
export interface Database {
  area: AreaTable;
  region_set: RegionSetTable;
  region_set_member: RegionSetMemberTable;
  indicator: IndicatorTable;
  source: SourceTable;
  source_file: SourceFileTable;
  import_run: ImportRunTable;
  import_rejection: ImportRejectionTable;
  observation: ObservationTable;
  target: TargetTable;
  quota: QuotaTable;
  user_account: UserAccountTable;
  membership: MembershipTable;
  session: SessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  review_cycle: ReviewCycleTable;
  report: ReportTable;
  report_version: ReportVersionTable;
  report_comment: ReportCommentTable;
  report_event: ReportEventTable;
  report_tag: ReportTagTable;
  synthesis: SynthesisTable;
  meeting: MeetingTable;
  meeting_session: MeetingSessionTable;
  statement: StatementTable;
}

export type AreaKind = 'country' | 'aggregate';

export interface AreaTable {
  code: string;
  kind: AreaKind;
  iso2: string | null;
  m49: string | null;
  name_en: string;
  name_fr: string | null;
  name_ru: string | null;
  /** Who defines an aggregate (UNDP, World Bank, UNSD); null for countries. */
  defined_by: string | null;
}

export interface RegionSetTable {
  id: Generated<number>;
  code: string;
  version: string;
  kind: string;
  name_en: string;
  name_fr: string;
  name_ru: string;
  source_note: string;
  source_url: string | null;
}

export interface RegionSetMemberTable {
  region_set_id: number;
  area_code: string;
}

export interface IndicatorTable {
  code: string;
  name_en: string;
  name_fr: string;
  name_ru: string;
  unit: string;
  direction: string;
  definition: string;
  publisher: string;
  concept: string | null;
  concept_note: string | null;
  bpfa: string[];
  clusters: number[];
  sdg_targets: string[];
  dimensions: string[];
  synonyms: string[];
}

export interface SourceTable {
  id: Generated<number>;
  dataset: string;
  edition: string;
  publisher: string;
  title: string;
  licence: string;
  licence_url: string | null;
  redistribution: boolean;
  url: string | null;
  citation: string;
  created_at: ColumnType<Date, never, never>;
}

export interface SourceFileTable {
  source_id: number;
  /** Base name of the file (the import run keeps the path as given). */
  file_name: string;
  sha256: string;
  bytes: number;
  retrieved_at: ColumnType<Date, Date | string, never>;
}

export type ImportStatus = 'succeeded' | 'succeeded-with-rejections';

export interface ImportRunTable {
  id: Generated<number>;
  source_id: number;
  importer: string;
  file_name: string;
  sha256: string;
  bytes: number;
  started_at: ColumnType<Date, Date | string, never>;
  finished_at: ColumnType<Date, Date | string, never>;
  run_by: string;
  status: ImportStatus;
  lines_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  notes: ColumnType<string[], string, never>;
}

export interface ImportRejectionTable {
  import_run_id: number;
  line: number;
  column_no: number | null;
  field: string | null;
  message: string;
}

export interface ObservationTable {
  source_id: number;
  indicator_code: string;
  area_code: string;
  period: string;
  period_start: number;
  period_end: number;
  /** Canonical `k=v;k=v` with sorted keys, '' for the total; part of the key. */
  dims_key: string;
  dims: ColumnType<Record<string, string>, string, string>;
  value: number | null;
  value_text: string | null;
  status: string | null;
  footnote: string | null;
  import_run_id: number;
}

/** A numeric target of a concept (migration 0002); `file_name`/`file_sha256`: the file it was loaded from. */
export interface TargetTable {
  id: string;
  concept: string;
  /** `global`, an ISO3 code (national target) or `region:<region set code>`. */
  scope: string;
  kind: 'sdg-target' | 'national-target';
  value: number;
  year: number | null;
  source: string;
  source_url: string | null;
  note: string | null;
  file_name: string;
  file_sha256: string;
}

/** A quota (migration 0002); the values of the text columns are those of `QuotaFact` (core/claims). */
export interface QuotaTable {
  id: string;
  country: string;
  body: string;
  kind: string;
  applies_to: string;
  threshold: number;
  groups: string[];
  adopted: string | null;
  source: string;
  source_kind: string;
  source_url: string | null;
  note: string | null;
  file_name: string;
  file_sha256: string;
}

/** A user (migration 0003). `email` is stored lower-case; `password_hash` is an argon2id PHC string. */
export interface UserAccountTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: ColumnType<Date, Date, never>;
  disabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  /** Wrong passwords since the last successful sign-in (reset when the account locks). */
  failed_logins: Generated<number>;
  locked_until: Date | null;
}

/** A role of a user in a scope; `scope_code` is '' for the instance, a region set code or an ISO3 code. */
export interface MembershipTable {
  user_id: ColumnType<number, number | string, never>;
  role: 'administrator' | 'regional-reviewer' | 'focal-point' | 'contributor';
  scope_kind: 'instance' | 'region-set' | 'country';
  scope_code: string;
}

/** A signed-in session; `id` is the SHA-256 (hex) of the cookie's token. */
export interface SessionTable {
  id: string;
  user_id: ColumnType<number, number | string, never>;
  csrf_token: string;
  created_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
  last_seen_at: Date;
}

export interface LoginAttemptTable {
  email: string;
  ip: string;
  at: Date;
  ok: boolean;
}

/** One write, append-only; `actor_user_id` null for the system (the CLI). */
export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, Date, never>;
  actor_user_id: ColumnType<number | null, number | string | null, never>;
  action: string;
  entity_kind: string;
  entity_id: string;
  detail: ColumnType<Record<string, unknown>, string, never>;
}

/** A review cycle (migration 0004). Dates are `YYYY-MM-DD`; reads cast them to text. `created_by` null: the CLI. */
export interface ReviewCycleTable {
  id: Generated<number>;
  code: string;
  title: string;
  region_set_code: string;
  template_id: string;
  opens_on: string;
  submission_deadline: string;
  meeting_from: string | null;
  meeting_to: string | null;
  created_by: number | null;
  created_at: ColumnType<Date, Date, never>;
}

/** One national report per cycle and country: its workflow state and current version (migration 0004). */
export interface ReportTable {
  id: Generated<number>;
  cycle_id: number;
  country: string;
  state:
    'draft' | 'submitted' | 'under-review' | 'changes-requested' | 'resubmitted' | 'accepted' | 'published';
  current_version: number;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

/** The content of a report at one version; append-only (a trigger refuses UPDATE and DELETE). */
export interface ReportVersionTable {
  report_id: number;
  version: number;
  state_at_save: ReportTable['state'];
  /** `{ sectionId: markdown }`. */
  sections: ColumnType<Record<string, string>, string, never>;
  /** Evidence blocks, and their pinned values once submitted (services/report-content.ts). */
  evidence: ColumnType<unknown, string, never>;
  measures: ColumnType<unknown[], string, never>;
  attachments: ColumnType<unknown[], string, never>;
  saved_by: number | null;
  saved_at: ColumnType<Date, Date, never>;
  submitted: ColumnType<boolean, boolean, never>;
}

export interface ReportCommentTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  section_id: string;
  author: number;
  body: string;
  created_at: ColumnType<Date, Date, never>;
}

/** A workflow transition of a report. */
export interface ReportEventTable {
  id: Generated<number>;
  report_id: number;
  event: string;
  from_state: ReportTable['state'];
  to_state: ReportTable['state'];
  version: number;
  by_user: number | null;
  at: ColumnType<Date, Date, never>;
  note: string | null;
}

/** A reviewer's coding of a passage of one report version (migration 0005). `tagged_by` null: the system. */
export interface ReportTagTable {
  id: Generated<number>;
  report_id: number;
  version: number;
  section_id: string;
  quote: string;
  start_offset: number;
  end_offset: number;
  bpfa: string[];
  clusters: number[];
  sdg_targets: string[];
  criteria: string[];
  note: string | null;
  tagged_by: number | null;
  tagged_at: ColumnType<Date, Date, never>;
}

/** A version of the regional synthesis of a cycle; append-only (a trigger refuses UPDATE and DELETE). */
export interface SynthesisTable {
  cycle_id: number;
  version: number;
  markdown: string;
  origin: 'generated' | 'edited';
  generated_at: ColumnType<Date, Date, never>;
  edited_by: number | null;
  edited_at: ColumnType<Date, Date, never>;
  published: ColumnType<boolean, boolean, never>;
  lang: ColumnType<Lang, Lang, never>;
}

/** A meeting of a review cycle. Dates are `YYYY-MM-DD`; reads cast them to text. */
export interface MeetingTable {
  id: Generated<number>;
  cycle_id: number;
  title: string;
  place: string;
  from_date: string;
  to_date: string;
  /** `[{ name?, title?, country?, organisation? }]` (services/meetings.ts). */
  co_chairs: ColumnType<unknown[], string, string>;
  published: boolean;
  created_by: number | null;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface MeetingSessionTable {
  id: Generated<number>;
  meeting_id: number;
  kind: 'segment' | 'thematic';
  title: string;
  position: number;
}

/** A statement at a meeting with its claim check (the checker's JSON answer, as of `checked_at`). */
export interface StatementTable {
  id: Generated<number>;
  meeting_id: number;
  session_id: number | null;
  speaker: string;
  speaker_title: string | null;
  country: string | null;
  organisation: string | null;
  text: string;
  source: string | null;
  claims: ColumnType<unknown, string, string>;
  checked_at: Date;
  version: number;
  created_by: number | null;
  created_at: ColumnType<Date, Date, never>;
  updated_by: number | null;
  updated_at: Date;
}
