import type { Kysely } from 'kysely';
import { z } from 'zod';
import { BPFA_LETTERS, countryByIso3, sdg5Target, type BpfaArea, type Lang } from '../catalog/index.ts';
import { templateById, templateSection } from '../catalog/report-templates/index.ts';
import type { Database } from '../store/database.ts';
import { readReportOf, readVersion } from '../store/report-reads.ts';
import {
  deleteTag as deleteTagRow,
  insertTag,
  readTag,
  readTagsOfCycle,
  type TagFilter,
  type TagRecord,
} from '../store/report-tags.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { contextOf, denied, reportTarget, userIdOf } from './report-access.ts';
import { loadCycle, tagsAnyReport } from './review-access.ts';
import { forbidden, invalid, notFound, ok, type ServiceResult } from './service-result.ts';

/**
 * Qualitative coding of national reports: a reviewer marks a passage of one version of a section
 * and codes it by BPfA critical area, review cluster, SDG target and criterion (good practice,
 * partnerships, political will, use of data). A tag points at an immutable version, so its quote
 * and offsets stay true when the report moves on. Tags are the review's working material: they
 * are shown to whoever may tag the report (its reviewers and administrators), and quoted in the
 * synthesis. Offsets are [start, end) in UTF-16 code units of the section's Markdown, as
 * JavaScript strings count them.
 */

export const TAG_CRITERIA = ['good-practice', 'partnerships', 'political-will', 'use-of-data'] as const;
export type TagCriterion = (typeof TAG_CRITERIA)[number];

/** An SDG target id: goal 1–17, a dot, a number or a letter (`5.5`, `5.a`, `8.5`). */
const SDG_TARGET = /^(1[0-7]|[1-9])\.(\d{1,2}|[a-z])$/;

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

export const NewTagSchema = z
  .object({
    country: z.string().regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO3 country code such as KAZ' }),
    version: z.number().int().min(1, { error: 'expected a version number ≥ 1' }).optional(),
    sectionId: z.string().min(1, { error: 'expected a section id of the report template' }).max(100),
    start: z.number().int().min(0, { error: 'expected an offset ≥ 0' }).optional(),
    end: z.number().int().min(1, { error: 'expected an offset ≥ 1' }).optional(),
    quote: z.string().max(5000, { error: 'at most 5000 characters' }).optional(),
    bpfa: z
      .array(z.enum(BPFA_LETTERS as [BpfaArea, ...BpfaArea[]], { error: 'expected a BPfA letter A–L' }))
      .max(12)
      .default([])
      .transform(unique),
    clusters: z
      .array(z.number().int().min(1).max(6, { error: 'expected a review cluster 1–6' }))
      .max(6)
      .default([])
      .transform(unique),
    sdgTargets: z
      .array(
        z
          .string()
          .regex(SDG_TARGET, { error: 'expected an SDG target such as 5.5 or 5.a' })
          .refine((t) => !t.startsWith('5.') || sdg5Target(t) !== undefined, {
            error: 'no such SDG 5 target (5.1–5.6, 5.a–5.c)',
          }),
      )
      .max(20)
      .default([])
      .transform(unique),
    criteria: z
      .array(z.enum(TAG_CRITERIA, { error: `expected one of ${TAG_CRITERIA.join(', ')}` }))
      .max(4)
      .default([])
      .transform(unique),
    note: z.string().trim().max(2000, { error: 'at most 2000 characters' }).optional(),
  })
  .strict();

/** What a caller sends (the API's body, the CLI's options); checked against NewTagSchema. */
export interface NewTagInput {
  readonly country: string;
  readonly version?: number;
  readonly sectionId: string;
  readonly start?: number;
  readonly end?: number;
  readonly quote?: string;
  readonly bpfa?: readonly string[];
  readonly clusters?: readonly number[];
  readonly sdgTargets?: readonly string[];
  readonly criteria?: readonly string[];
  readonly note?: string;
}

export interface TagView {
  readonly id: number;
  readonly reportId: number;
  readonly country: string;
  readonly countryName: string;
  readonly reportState: TagRecord['reportState'];
  readonly version: number;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly bpfa: string[];
  readonly clusters: number[];
  readonly sdgTargets: string[];
  readonly criteria: string[];
  readonly note: string | null;
  /** null: the system (the demonstration seed). */
  readonly taggedBy: { readonly id: string; readonly name: string | null } | null;
  /** ISO 8601. */
  readonly taggedAt: string;
}

/** Tags a passage of a report of the cycle (`report.tag`: the report's reviewers, administrators). */
export async function createTag(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  input: NewTagInput,
  clock: { readonly now?: Date; readonly lang?: Lang } = {},
): Promise<ServiceResult<TagView>> {
  const parsed = NewTagSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = issue.path.map(String).join('.') || 'body';
    return invalid(`${param}: ${issue.message}`, param);
  }
  const t = parsed.data;
  if (t.bpfa.length + t.clusters.length + t.sdgTargets.length + t.criteria.length === 0)
    return invalid('give at least one code: bpfa, clusters, sdgTargets or criteria', 'criteria');
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const country = t.country.toUpperCase();
  const report = await readReportOf(db, cycle.value.id, country);
  if (!report) return notFound(`${country} has no report in cycle ${code}`, 'country');
  const refused = denied(by, 'report.tag', reportTarget(cycle.value, country, report.state));
  if (refused) return refused;
  const ctx = await contextOf(db, report);
  if (!ctx.ok) return ctx;
  const section = templateSection(ctx.value.template, t.sectionId);
  if (!section)
    return invalid(
      `sectionId: no section ${t.sectionId} in template ${ctx.value.template.id}; expected ${ctx.value.template.sections.map((s) => s.id).join(', ')}`,
      'sectionId',
    );
  const version = t.version ?? report.currentVersion;
  const stored = await readVersion(db, report.id, version);
  if (!stored) return notFound(`report ${report.id} has no version ${version}`, 'version');
  const passage = locate(stored.sections[t.sectionId] ?? '', t);
  if (!passage.ok) return passage;
  const now = clock.now ?? new Date();
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertTag(trx, {
      reportId: report.id,
      version,
      sectionId: t.sectionId,
      ...passage.value,
      bpfa: t.bpfa,
      clusters: t.clusters,
      sdgTargets: t.sdgTargets,
      criteria: t.criteria,
      note: t.note || null,
      taggedBy: userIdOf(by),
      taggedAt: now,
    });
    await recordAudit(trx, {
      actor: by,
      action: 'report.tag',
      entityKind: 'report-tag',
      entityId: id,
      at: now,
      detail: {
        cycle: code,
        report: report.id,
        country,
        version,
        sectionId: t.sectionId,
        start: passage.value.startOffset,
        end: passage.value.endOffset,
        bpfa: t.bpfa,
        clusters: t.clusters,
        sdgTargets: t.sdgTargets,
        criteria: t.criteria,
      },
    });
    return id;
  });
  return ok(tagView((await readTag(db, id))!, clock.lang ?? 'en', ctx.value.template.id));
}

type Passage = { quote: string; startOffset: number; endOffset: number };

/**
 * The passage of a section a tag marks: by offsets (and then `quote`, when given, must be the text
 * there: it guards against tagging a version the reviewer was not reading), or by `quote` alone
 * when it occurs exactly once in the section.
 */
export function locate(
  text: string,
  t: { readonly start?: number; readonly end?: number; readonly quote?: string },
): ServiceResult<Passage> {
  if (t.start !== undefined || t.end !== undefined) {
    if (t.start === undefined || t.end === undefined)
      return invalid('give both start and end (or a quote alone)', t.start === undefined ? 'start' : 'end');
    if (t.end <= t.start || t.end > text.length)
      return invalid(
        `end: expected start < end ≤ ${text.length} (the section's length), got start ${t.start}, end ${t.end}`,
        'end',
      );
    const quote = text.slice(t.start, t.end);
    if (t.quote !== undefined && t.quote !== quote)
      return invalid(
        'quote: the text at start–end of this version differs from the quote sent; reload the report and tag again',
        'quote',
      );
    if (quote.trim() === '') return invalid('the passage at start–end is blank', 'start');
    return ok({ quote, startOffset: t.start, endOffset: t.end });
  }
  if (!t.quote || t.quote.trim() === '') return invalid('give start and end, or a quote', 'quote');
  const first = text.indexOf(t.quote);
  if (first < 0) return invalid('quote: not found in the section of this version', 'quote');
  if (text.indexOf(t.quote, first + 1) >= 0)
    return invalid('quote: occurs more than once in the section; give start and end', 'quote');
  return ok({ quote: t.quote, startOffset: first, endOffset: first + t.quote.length });
}

/** One tag, for those who may tag its report. */
export async function getTag(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  lang: Lang = 'en',
): Promise<ServiceResult<TagView>> {
  const tag = await readTag(db, id);
  if (!tag) return notFound(`no tag ${id}`, 'id');
  const report = await readReportOf(db, tag.cycleId, tag.country);
  const ctx = report ? await contextOf(db, report) : undefined;
  if (!ctx?.ok) return notFound(`no tag ${id}`, 'id');
  const refused = denied(by, 'report.tag', ctx.value.target);
  if (refused) return refused;
  return ok(tagView(tag, lang, ctx.value.template.id));
}

/** Removes a tag (`report.tag` on its report). */
export async function removeTag(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  clock: { readonly now?: Date } = {},
): Promise<ServiceResult<{ id: number }>> {
  const tag = await readTag(db, id);
  if (!tag) return notFound(`no tag ${id}`, 'id');
  const report = await readReportOf(db, tag.cycleId, tag.country);
  const ctx = report ? await contextOf(db, report) : undefined;
  if (!ctx?.ok) return notFound(`no tag ${id}`, 'id');
  const refused = denied(by, 'report.tag', ctx.value.target);
  if (refused) return refused;
  const now = clock.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    await deleteTagRow(trx, id);
    await recordAudit(trx, {
      actor: by,
      action: 'report.untag',
      entityKind: 'report-tag',
      entityId: id,
      at: now,
      detail: { cycle: ctx.value.cycle.code, report: tag.reportId, country: tag.country, quote: tag.quote },
    });
  });
  return ok({ id });
}

export type TagSearch = TagFilter;

/**
 * The tags of a cycle matching the filter, on the reports the operator may tag. Refused to the
 * public and to whoever may tag no report of the cycle (a country's focal point, a reviewer of
 * another region).
 */
export async function searchTags(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  filter: TagSearch = {},
  lang: Lang = 'en',
): Promise<ServiceResult<TagView[]>> {
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  if (!tagsAnyReport(by, cycle.value))
    return forbidden(
      `the tags of cycle ${code} are shown to its reviewers and administrators (report.tag); ` +
        (by?.kind === 'user' ? 'you may tag none of its reports' : 'sign in'),
    );
  const tags = await readTagsOfCycle(db, cycle.value.id, {
    ...filter,
    ...(filter.bpfa ? { bpfa: filter.bpfa.toUpperCase() } : {}),
    ...(filter.country ? { country: filter.country.toUpperCase() } : {}),
  });
  return ok(
    tags
      .filter((t) => !denied(by, 'report.tag', reportTarget(cycle.value, t.country, t.reportState)))
      .map((t) => tagView(t, lang, cycle.value.templateId)),
  );
}

export function tagView(t: TagRecord, lang: Lang, templateId?: string): TagView {
  return {
    id: t.id,
    reportId: t.reportId,
    country: t.country,
    countryName: countryByIso3(t.country)?.names[lang] ?? t.country,
    reportState: t.reportState,
    version: t.version,
    sectionId: t.sectionId,
    sectionTitle: sectionTitle(templateId, t.sectionId, lang),
    quote: t.quote,
    start: t.startOffset,
    end: t.endOffset,
    bpfa: t.bpfa,
    clusters: t.clusters,
    sdgTargets: t.sdgTargets,
    criteria: t.criteria,
    note: t.note,
    taggedBy: t.taggedBy === null ? null : { id: String(t.taggedBy), name: t.taggedByName },
    taggedAt: t.taggedAt.toISOString(),
  };
}

function sectionTitle(templateId: string | undefined, sectionId: string, lang: Lang): string {
  const template = templateId ? templateById(templateId) : undefined;
  return template ? (templateSection(template, sectionId)?.title[lang] ?? sectionId) : sectionId;
}
