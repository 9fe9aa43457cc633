import type { Kysely } from 'kysely';
import { countryByIso3, indicatorByCode, type Lang } from '../catalog/index.ts';
import { templateById } from '../catalog/report-templates/index.ts';
import type { ReportState } from '../core/auth/access.ts';
import type { Database } from '../store/database.ts';
import type { CycleRecord } from '../store/report-cycles.ts';
import { readTrackedReports } from '../store/tracker-reads.ts';
import type { Operator } from './accounts.ts';
import { availability } from './availability.ts';
import { PROGRESS_CONCEPTS } from './progress-indicators.ts';
import { denied } from './report-access.ts';
import { cycleMembers, cycleTarget, loadCycle } from './review-access.ts';
import { ok, type ServiceResult } from './service-result.ts';

/**
 * The submission tracker of a cycle: for every member of the cycle's region set, where its
 * report stands (or that it has none), when it was first and last submitted, which template
 * sections of its current version are empty and when it last changed; and the data availability
 * matrix of the region for the progress indicators (the international series a regional
 * aggregate reads: progress-indicators.ts), latest year per member.
 */

export type TrackerState = ReportState | 'not-started';

export interface TrackerRow {
  readonly iso3: string;
  readonly name: string;
  readonly state: TrackerState;
  readonly reportId: number | null;
  readonly currentVersion: number | null;
  /** ISO 8601: the first submission, and the latest (a resubmission); null if never submitted. */
  readonly submittedAt: string | null;
  readonly lastSubmittedAt: string | null;
  /** True when the first submission came after the deadline's day (UTC); null when not submitted. */
  readonly late: boolean | null;
  /** Template section ids whose current text is empty (every section when there is no report). */
  readonly emptySections: string[];
  /** ISO 8601: the report's last change (a save or a transition); null without a report. */
  readonly lastChange: string | null;
}

export interface TrackerAvailability {
  readonly indicators: { code: string; name: string; concept: string }[];
  /** Per member: the latest year with a value of each indicator (any edition); null when none. */
  readonly rows: { iso3: string; name: string; latest: Record<string, number | null> }[];
}

export interface Tracker {
  readonly cycle: {
    readonly code: string;
    readonly title: string;
    readonly regionSet: string;
    readonly submissionDeadline: string;
  };
  readonly sections: { id: string; title: string }[];
  readonly summary: {
    readonly members: number;
    /** Members with a report (in any state). */
    readonly started: number;
    /** Members whose report has been submitted at least once. */
    readonly submitted: number;
    readonly late: number;
    readonly byState: Record<TrackerState, number>;
  };
  readonly rows: TrackerRow[];
  readonly availability: TrackerAvailability;
}

const STATES: readonly TrackerState[] = [
  'not-started',
  'draft',
  'submitted',
  'under-review',
  'changes-requested',
  'resubmitted',
  'accepted',
  'published',
];

/** The tracker of a cycle, for those who may read it (`tracker.read`: the cycle's reviewers, administrators). */
export async function getTracker(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  lang: Lang = 'en',
): Promise<ServiceResult<Tracker>> {
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const refused = denied(by, 'tracker.read', cycleTarget(cycle.value));
  if (refused) return refused;
  return ok(await trackCycle(db, cycle.value, lang));
}

/** The tracker without an access check (the synthesis draft reads it too). */
export async function trackCycle(db: Kysely<Database>, cycle: CycleRecord, lang: Lang): Promise<Tracker> {
  const template = templateById(cycle.templateId);
  const sections = (template?.sections ?? []).map((s) => ({ id: s.id, title: s.title[lang] }));
  const reports = new Map((await readTrackedReports(db, cycle.id)).map((r) => [r.country, r]));
  const deadlineEnd = Date.parse(`${cycle.submissionDeadline}T23:59:59.999Z`);
  const rows: TrackerRow[] = cycleMembers(cycle).map((iso3) => {
    const r = reports.get(iso3);
    const name = countryByIso3(iso3)?.names[lang] ?? iso3;
    if (!r)
      return {
        iso3,
        name,
        state: 'not-started',
        reportId: null,
        currentVersion: null,
        submittedAt: null,
        lastSubmittedAt: null,
        late: null,
        emptySections: sections.map((s) => s.id),
        lastChange: null,
      };
    return {
      iso3,
      name,
      state: r.state,
      reportId: r.id,
      currentVersion: r.currentVersion,
      submittedAt: r.firstSubmittedAt?.toISOString() ?? null,
      lastSubmittedAt: r.lastSubmittedAt?.toISOString() ?? null,
      late: r.firstSubmittedAt ? r.firstSubmittedAt.getTime() > deadlineEnd : null,
      emptySections: sections.filter((s) => (r.sections[s.id] ?? '').trim() === '').map((s) => s.id),
      lastChange: r.updatedAt.toISOString(),
    };
  });
  const byState = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<TrackerState, number>;
  for (const r of rows) byState[r.state] += 1;
  return {
    cycle: {
      code: cycle.code,
      title: cycle.title,
      regionSet: cycle.regionSetCode,
      submissionDeadline: cycle.submissionDeadline,
    },
    sections,
    summary: {
      members: rows.length,
      started: rows.filter((r) => r.state !== 'not-started').length,
      submitted: rows.filter((r) => r.submittedAt !== null).length,
      late: rows.filter((r) => r.late === true).length,
      byState,
    },
    rows,
    availability: await progressAvailability(db, cycle.regionSetCode, lang),
  };
}

/** The availability matrix restricted to the progress indicators' international series. */
export async function progressAvailability(
  db: Kysely<Database>,
  regionSet: string,
  lang: Lang,
): Promise<TrackerAvailability> {
  const all = await availability(db, { regionSet, lang });
  if (!all.ok) return { indicators: [], rows: [] };
  const concepts = new Map(PROGRESS_CONCEPTS.flatMap((c) => c.regional.map((code) => [code, c.concept])));
  const codes = all.value.indicators.filter((i) => concepts.has(i.code)).map((i) => i.code);
  return {
    indicators: codes.map((code) => ({
      code,
      name: indicatorByCode(code)?.name[lang] ?? code,
      concept: concepts.get(code)!,
    })),
    rows: all.value.rows.map((r) => ({
      iso3: r.iso3,
      name: r.name,
      latest: Object.fromEntries(codes.map((c) => [c, r.latest[c] ?? null])),
    })),
  };
}
