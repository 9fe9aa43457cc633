import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import { diffByKey, diffSections, type ListDiff, type SectionDiff } from '../core/reports/diff.ts';
import { evidenceKey } from '../core/reports/evidence.ts';
import type { ReportState } from '../core/auth/access.ts';
import type { Database } from '../store/database.ts';
import { readEvents, readVersion, readVersionSummaries } from '../store/report-reads.ts';
import type { Operator } from './accounts.ts';
import { isParticipant, loadReport, type ReportContext } from './report-access.ts';
import { forbidden, notFound, ok, type ServiceResult } from './service-result.ts';
import { contentOf } from './report-version-content.ts';
import { reportView, versionMeta, type ReportView, type VersionMeta } from './report-view.ts';

/** A workflow transition as the history shows it. */
export interface EventView {
  readonly event: string;
  readonly from: ReportState;
  readonly to: ReportState;
  readonly version: number;
  readonly by: string | null;
  /** ISO 8601. */
  readonly at: string;
  readonly note: string | null;
}

export interface ReportHistory {
  readonly versions: readonly VersionMeta[];
  readonly events: readonly EventView[];
}

async function participantContext(
  db: Kysely<Database>,
  by: Operator,
  id: number,
): Promise<ServiceResult<ReportContext>> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  if (!isParticipant(by, ctx.value.target))
    return forbidden(
      `the history of report ${id} is for its country’s focal points and contributors, its reviewers and administrators`,
    );
  return ctx;
}

/** Every version (oldest first) and every workflow event of a report. */
export async function listVersions(
  db: Kysely<Database>,
  by: Operator,
  id: number,
): Promise<ServiceResult<ReportHistory>> {
  const ctx = await participantContext(db, by, id);
  if (!ctx.ok) return ctx;
  const [versions, events] = await Promise.all([readVersionSummaries(db, id), readEvents(db, id)]);
  return ok({
    versions: versions.map(versionMeta),
    events: events.map((e) => ({
      event: e.event,
      from: e.from,
      to: e.to,
      version: e.version,
      by: e.byName,
      at: e.at.toISOString(),
      note: e.note,
    })),
  });
}

/** One version as it was: a submitted one with its pinned evidence, a draft with today's data. */
export async function getVersion(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  version: number,
  lang: Lang = 'en',
): Promise<ServiceResult<ReportView>> {
  const ctx = await participantContext(db, by, id);
  if (!ctx.ok) return ctx;
  const v = await readVersion(db, id, version);
  if (!v)
    return notFound(
      `report ${id} has no version ${version}; it has 1–${ctx.value.report.currentVersion}`,
      'v',
    );
  return ok(await reportView(db, ctx.value, v, by, lang));
}

export interface VersionDiff {
  readonly id: number;
  readonly from: VersionMeta;
  readonly to: VersionMeta;
  readonly sections: readonly (SectionDiff & { readonly title: string })[];
  /** Measures matched by title, attachments by name, evidence blocks by their canonical key. */
  readonly measures: ListDiff;
  readonly attachments: ListDiff;
  readonly evidence: ListDiff;
}

/** What changed from one version to another (any two, either order), section by section. */
export async function diffVersions(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  req: { readonly from: number; readonly to: number; readonly lang?: Lang },
): Promise<ServiceResult<VersionDiff>> {
  const ctx = await participantContext(db, by, id);
  if (!ctx.ok) return ctx;
  const [a, b] = await Promise.all([readVersion(db, id, req.from), readVersion(db, id, req.to)]);
  const last = ctx.value.report.currentVersion;
  if (!a) return notFound(`report ${id} has no version ${req.from}; it has 1–${last}`, 'from');
  if (!b) return notFound(`report ${id} has no version ${req.to}; it has 1–${last}`, 'to');
  const before = contentOf(a);
  const after = contentOf(b);
  const t = ctx.value.template;
  const titles = new Map(t.sections.map((s) => [s.id, s.title[req.lang ?? 'en']]));
  return ok({
    id,
    from: versionMeta(a),
    to: versionMeta(b),
    sections: diffSections(
      before.sections,
      after.sections,
      t.sections.map((s) => s.id),
    ).map((d) => ({
      ...d,
      title: titles.get(d.sectionId) ?? d.sectionId,
    })),
    measures: diffByKey(before.measures, after.measures, (m) => m.title),
    attachments: diffByKey(before.attachments, after.attachments, (x) => x.name),
    evidence: diffByKey(before.evidence, after.evidence, (e) => `${e.sectionId}:${evidenceKey(e.spec)}`),
  });
}
