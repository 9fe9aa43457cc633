import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import { templateSection } from '../catalog/report-templates/index.ts';
import type { Database } from '../store/database.ts';
import { readComments, readVersion } from '../store/report-reads.ts';
import { insertComment } from '../store/report-writes.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { denied, isParticipant, loadReport, userIdOf, type ReportContext } from './report-access.ts';
import { renderMarkdown } from './report-markdown.ts';
import { forbidden, invalid, notFound, ok, type ServiceResult } from './service-result.ts';

export const MAX_COMMENT_CHARS = 10_000;
/** The section id of a comment on the report as a whole. */
export const GENERAL_SECTION = 'general';

export interface CommentView {
  readonly id: number;
  readonly version: number;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly author: string;
  /** Markdown as written, and as sanitised HTML. */
  readonly body: string;
  readonly html: string;
  /** ISO 8601. */
  readonly createdAt: string;
}

/** The comments on a report (those who take part in its review only: comments are working notes). */
export async function listComments(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  lang: Lang = 'en',
): Promise<ServiceResult<CommentView[]>> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  if (!isParticipant(by, ctx.value.target))
    return forbidden(
      `comments on report ${id} are for its country’s focal points and contributors, its reviewers and administrators`,
    );
  return ok(
    (await readComments(db, id)).map((c) => ({
      id: c.id,
      version: c.version,
      sectionId: c.sectionId,
      sectionTitle: sectionTitle(ctx.value, c.sectionId, lang),
      author: c.authorName,
      body: c.body,
      html: renderMarkdown(c.body),
      createdAt: c.createdAt.toISOString(),
    })),
  );
}

export interface NewComment {
  readonly sectionId: string;
  readonly body: string;
  /** The version commented on; default the current one. */
  readonly version?: number;
}

/** Adds a comment on a section of a version (reviewers; the focal point replies). */
export async function addComment(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  input: NewComment,
  clock: { readonly now?: Date; readonly lang?: Lang } = {},
): Promise<ServiceResult<CommentView>> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  const refused = denied(by, 'report.comment', ctx.value.target);
  if (refused) return refused;
  const author = userIdOf(by);
  if (author === null) return invalid('a comment needs a signed-in author', 'author');
  const { template, report } = ctx.value;
  if (input.sectionId !== GENERAL_SECTION && !templateSection(template, input.sectionId))
    return invalid(
      `sectionId: not a section of template ${template.id}: "${input.sectionId}"; expected ${GENERAL_SECTION} or ${template.sections.map((s) => s.id).join(', ')}`,
      'sectionId',
    );
  const body = input.body.trim();
  if (body === '') return invalid('body: a comment cannot be empty', 'body');
  if (body.length > MAX_COMMENT_CHARS)
    return invalid(`body: at most ${MAX_COMMENT_CHARS} characters`, 'body');
  const version = input.version ?? report.currentVersion;
  if (!(await readVersion(db, id, version)))
    return notFound(`report ${id} has no version ${version}`, 'version');
  const now = clock.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const commentId = await insertComment(trx, {
      reportId: id,
      version,
      sectionId: input.sectionId,
      author,
      body,
      now,
    });
    await recordAudit(trx, {
      actor: by,
      action: 'report.comment',
      entityKind: 'report',
      entityId: id,
      at: now,
      detail: { comment: commentId, version, sectionId: input.sectionId },
    });
    const saved = (await readComments(trx, id)).find((c) => c.id === commentId)!;
    return ok({
      id: commentId,
      version,
      sectionId: input.sectionId,
      sectionTitle: sectionTitle(ctx.value, input.sectionId, clock.lang ?? 'en'),
      author: saved.authorName,
      body,
      html: renderMarkdown(body),
      createdAt: now.toISOString(),
    });
  });
}

function sectionTitle(ctx: ReportContext, sectionId: string, lang: Lang): string {
  if (sectionId === GENERAL_SECTION)
    return { en: 'The report as a whole', fr: 'Le rapport dans son ensemble', ru: 'Доклад в целом' }[lang];
  return templateSection(ctx.template, sectionId)?.title[lang] ?? sectionId;
}
