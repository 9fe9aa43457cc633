import type { Kysely } from 'kysely';
import { countryByIso3, type Lang } from '../catalog/index.ts';
import { can } from '../core/auth/access-policy.ts';
import type { ReportState } from '../core/auth/access.ts';
import { evidenceKey } from '../core/reports/evidence.ts';
import { allowedEvents, EVENT_ACTION, isEditable, type ReportEvent } from '../core/reports/workflow.ts';
import type { Database } from '../store/database.ts';
import type { VersionRecord } from '../store/report-reads.ts';
import type { Operator } from './accounts.ts';
import { isAuthor, type ReportContext } from './report-access.ts';
import { blocksOf, type Attachment, type ListedBlock, type Measure } from './report-content.ts';
import { resolveEvidence, type ResolvedEvidence } from './report-evidence.ts';
import { sectionHtml, type EvidenceContext } from './report-render.ts';
import { contentOf } from './report-version-content.ts';

/** One section of a report as a page shows it. */
export interface SectionView {
  readonly id: string;
  readonly part: number;
  readonly title: string;
  readonly guidance: string;
  /** Sanitised HTML, evidence filled in. */
  readonly html: string;
  /** The Markdown source, for those who write the report; absent for everyone else. */
  readonly markdown?: string;
  readonly empty: boolean;
  /** Blocks listed beside the text of this section. */
  readonly blocks: readonly string[];
}

export interface VersionMeta {
  readonly version: number;
  readonly submitted: boolean;
  readonly stateAtSave: ReportState;
  /** ISO 8601. */
  readonly savedAt: string;
  readonly savedBy: string | null;
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
  /** `live`: drafts read the latest data; `pinned`: values stored when the version was submitted. */
  readonly evidence: {
    readonly mode: 'live' | 'pinned';
    readonly pinnedAt?: string;
    readonly dataVersion?: string;
    readonly values: readonly ResolvedEvidence[];
  };
  /** The blocks listed beside the text (with their section), as the editor sends them back. */
  readonly listedEvidence: readonly ListedBlock[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
  /** What the operator may do now: save (`canEdit`) and which workflow events. */
  readonly canEdit: boolean;
  readonly events: readonly ReportEvent[];
}

/** A version of a report as the operator may see it, its evidence live (draft) or pinned (submitted). */
export async function reportView(
  db: Kysely<Database>,
  ctx: ReportContext,
  v: VersionRecord,
  by: Operator,
  lang: Lang,
): Promise<ReportView> {
  const content = contentOf(v);
  const values = content.pinned ? content.pinned.values : await resolveEvidence(db, blocksOf(content));
  const evidence: EvidenceContext = {
    lang,
    values: new Map(values.map((e) => [e.key, e])),
    ...(content.pinned ? { pinned: { at: content.pinned.at, dataVersion: content.pinned.dataVersion } } : {}),
  };
  const author = isAuthor(by, ctx.target);
  const t = ctx.template;
  return {
    id: ctx.report.id,
    cycle: ctx.cycle.code,
    country: ctx.report.country,
    countryName: countryByIso3(ctx.report.country)?.names[lang] ?? ctx.report.country,
    state: ctx.report.state,
    currentVersion: ctx.report.currentVersion,
    version: versionMeta(v),
    template: { id: t.id, title: t.title[lang], status: t.status, note: t.note },
    sections: t.sections.map((s) => {
      const markdown = content.sections[s.id] ?? '';
      return {
        id: s.id,
        part: s.part,
        title: s.title[lang],
        guidance: s.guidance[lang] ?? s.guidance.en,
        html: sectionHtml(markdown, evidence),
        ...(author ? { markdown } : {}),
        empty: markdown.trim() === '',
        blocks: content.evidence.filter((b) => b.sectionId === s.id).map((b) => evidenceKey(b.spec)),
      };
    }),
    evidence: {
      mode: content.pinned ? 'pinned' : 'live',
      ...(content.pinned ? { pinnedAt: content.pinned.at, dataVersion: content.pinned.dataVersion } : {}),
      values,
    },
    listedEvidence: content.evidence,
    measures: content.measures,
    attachments: content.attachments,
    canEdit: v.version === ctx.report.currentVersion && mayEdit(by, ctx),
    events:
      by === null
        ? allowedEvents(ctx.report.state)
        : allowedEvents(ctx.report.state).filter((e) => can(by, EVENT_ACTION[e], ctx.target).allowed),
  };
}

function mayEdit(by: Operator, ctx: ReportContext): boolean {
  return isEditable(ctx.report.state) && (by === null || can(by, 'report.edit', ctx.target).allowed);
}

export function versionMeta(
  v: Omit<VersionRecord, 'sections' | 'evidence' | 'measures' | 'attachments'>,
): VersionMeta {
  return {
    version: v.version,
    submitted: v.submitted,
    stateAtSave: v.stateAtSave,
    savedAt: v.savedAt.toISOString(),
    savedBy: v.savedByName,
  };
}
