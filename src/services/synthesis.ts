import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import type { CycleRecord } from '../store/report-cycles.ts';
import {
  insertSynthesis,
  lockCycle,
  readLatestSynthesis,
  readSynthesisVersion,
  readSynthesisVersions,
  type SynthesisRecord,
} from '../store/syntheses.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { htmlToPdf, type PdfOptions } from './html-to-pdf.ts';
import { renderMarkdown } from './report-markdown.ts';
import { denied, userIdOf } from './report-access.ts';
import { cycleTarget, loadCycle } from './review-access.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type ServiceFailure,
  type ServiceResult,
} from './service-result.ts';
import { gatherSynthesisInputs, synthesisMarkdown } from './synthesis-draft.ts';
import {
  markEnglish,
  synthesisFileBase,
  synthesisHtml,
  synthesisMarkdownFile,
  type SynthesisDoc,
} from './synthesis-export.ts';

/**
 * The regional synthesis of a cycle: generated as a Markdown draft (synthesis-draft.ts), edited by
 * the cycle's reviewers and administrators (`synthesis.edit`), exported as HTML, Markdown or PDF.
 * Every generation and save appends a version; a save names the version it was based on and is
 * refused (409, both texts returned) when another save came first.
 *
 * Published: a version saved with `published: true`. The public (`synthesis.read` of published
 * content) reads the newest published version; later versions stay with the reviewers until one
 * of them is published in turn. A generated version is never published by itself.
 */

export const MAX_SYNTHESIS_CHARS = 200_000;

export interface SynthesisView {
  readonly cycle: string;
  readonly cycleTitle: string;
  readonly version: number;
  readonly origin: SynthesisRecord['origin'];
  readonly markdown: string;
  /** The Markdown as sanitised HTML (the reports' renderer). */
  readonly html: string;
  readonly published: boolean;
  /** The language the version is written in: generated in it, or that of the version an edit was based on. */
  readonly lang: Lang;
  /** ISO 8601: when the draft this version descends from was generated, and when this version was saved. */
  readonly generatedAt: string;
  readonly editedAt: string;
  /** Who saved (or generated) this version; null: the system. */
  readonly editedBy: { readonly id: string; readonly name: string | null } | null;
  /** For editors: the newest version and the newest published one (null: none is published). */
  readonly latestVersion?: number;
  readonly publishedVersion?: number | null;
}

export interface SynthesisConflict extends ServiceFailure {
  readonly kind: 'conflict';
  readonly baseVersion: number | null;
  readonly current: SynthesisView;
  readonly yours: { readonly markdown: string | null };
}

type Clock = { readonly now?: Date; readonly lang?: Lang };

/**
 * The synthesis as the operator may read it: editors the newest version (or `version`), the
 * public the newest published one.
 */
export async function getSynthesis(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  opts: { readonly version?: number } = {},
): Promise<ServiceResult<SynthesisView>> {
  const found = await readable(db, by, code, opts.version);
  if (!found.ok) return found;
  return ok(await view(db, found.value.cycle, found.value.record, found.value.editor));
}

/**
 * Generates a new draft version from the current data (`synthesis.edit`), written in `clock.lang`
 * (default English); `baseVersion` is required once one exists.
 */
export async function generateSynthesis(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  req: { readonly baseVersion?: number } = {},
  clock: Clock = {},
): Promise<ServiceResult<SynthesisView> | SynthesisConflict> {
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const refused = denied(by, 'synthesis.edit', cycleTarget(cycle.value));
  if (refused) return refused;
  const now = clock.now ?? new Date();
  const lang = clock.lang ?? 'en';
  const markdown = synthesisMarkdown(await gatherSynthesisInputs(db, cycle.value, lang), now, lang);
  return append(
    db,
    by,
    cycle.value,
    req.baseVersion ?? null,
    { markdown, origin: 'generated', published: false, lang },
    now,
  );
}

/** Saves an edited text as a new version (`synthesis.edit`), published or not. */
export async function saveSynthesis(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  req: { readonly baseVersion: number; readonly markdown: string; readonly published?: boolean },
  clock: Clock = {},
): Promise<ServiceResult<SynthesisView> | SynthesisConflict> {
  if (!Number.isInteger(req.baseVersion) || req.baseVersion < 1)
    return invalid('baseVersion: expected the version you edited (an integer ≥ 1)', 'baseVersion');
  if (typeof req.markdown !== 'string' || req.markdown.length > MAX_SYNTHESIS_CHARS)
    return invalid(
      `markdown: expected a text of at most ${MAX_SYNTHESIS_CHARS.toLocaleString('en')} characters`,
      'markdown',
    );
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const refused = denied(by, 'synthesis.edit', cycleTarget(cycle.value));
  if (refused) return refused;
  const now = clock.now ?? new Date();
  return append(
    db,
    by,
    cycle.value,
    req.baseVersion,
    { markdown: req.markdown, origin: 'edited', published: req.published ?? false },
    now,
  );
}

async function append(
  db: Kysely<Database>,
  by: Operator,
  cycle: CycleRecord,
  baseVersion: number | null,
  next: { markdown: string; origin: SynthesisRecord['origin']; published: boolean; lang?: Lang },
  now: Date,
): Promise<ServiceResult<SynthesisView> | SynthesisConflict> {
  type Outcome = { stale: SynthesisRecord } | { missing: true } | { version: number };
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    await lockCycle(trx, cycle.id);
    const latest = await readLatestSynthesis(trx, cycle.id);
    if (!latest && next.origin === 'edited') return { missing: true };
    if (latest && latest.version !== baseVersion) return { stale: latest };
    const version = (latest?.version ?? 0) + 1;
    await insertSynthesis(trx, {
      cycleId: cycle.id,
      version,
      markdown: next.markdown,
      origin: next.origin,
      generatedAt: next.origin === 'generated' || !latest ? now : latest.generatedAt,
      editedBy: userIdOf(by),
      editedAt: now,
      published: next.published,
      // An edit is in its base version's language (generation always names one).
      lang: next.lang ?? latest?.lang ?? 'en',
    });
    await recordAudit(trx, {
      actor: by,
      action:
        next.origin === 'generated'
          ? 'synthesis.generate'
          : next.published
            ? 'synthesis.publish'
            : 'synthesis.save',
      entityKind: 'synthesis',
      entityId: `${cycle.code}@${version}`,
      at: now,
      detail: {
        cycle: cycle.code,
        version,
        baseVersion,
        chars: next.markdown.length,
        published: next.published,
      },
    });
    return { version };
  });
  if ('missing' in outcome)
    return notFound(`cycle ${cycle.code} has no synthesis yet: generate one first`, 'code');
  if ('version' in outcome)
    return ok(await view(db, cycle, (await readLatestSynthesis(db, cycle.id))!, true));
  const current = await view(db, cycle, outcome.stale, true);
  return {
    ...conflict(
      `the synthesis of ${cycle.code} is at version ${outcome.stale.version}` +
        `${outcome.stale.editedByName ? `, saved by ${outcome.stale.editedByName}` : ''} at ${outcome.stale.editedAt.toISOString()}; ` +
        `${baseVersion === null ? 'no baseVersion was sent' : `yours was based on version ${baseVersion}`}. Nothing was saved: ` +
        `merge with version ${outcome.stale.version} (both are in this answer) and send baseVersion ${outcome.stale.version}.`,
      'baseVersion',
    ),
    kind: 'conflict',
    baseVersion,
    current,
    yours: { markdown: next.origin === 'edited' ? next.markdown : null },
  };
}

export type SynthesisFormat = 'html' | 'md' | 'pdf';

export interface SynthesisFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string | Uint8Array;
}

/** The synthesis as a file, for whoever may read it; PDF needs Chromium (a failure says so). */
export async function exportSynthesis(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  format: SynthesisFormat,
  opts: { readonly version?: number; readonly lang?: Lang; readonly pdf?: PdfOptions } = {},
): Promise<ServiceResult<SynthesisFile> | PdfUnavailable> {
  const found = await readable(db, by, code, opts.version);
  if (!found.ok) return found;
  const { cycle, record } = found.value;
  const doc: SynthesisDoc = {
    cycle: cycle.code,
    cycleTitle: cycle.title,
    version: record.version,
    published: record.published,
    lang: record.lang,
    markdown: record.markdown,
    editedAt: record.editedAt.toISOString(),
  };
  const base = synthesisFileBase(doc);
  if (format === 'md')
    return ok({
      fileName: `${base}.md`,
      contentType: 'text/markdown; charset=utf-8',
      body: synthesisMarkdownFile(doc, opts.lang ?? doc.lang),
    });
  const html = synthesisHtml(doc, opts.lang ?? doc.lang);
  if (format === 'html')
    return ok({ fileName: `${base}.html`, contentType: 'text/html; charset=utf-8', body: html });
  const pdf = await htmlToPdf(html, opts.pdf);
  if (!pdf.ok) return { ok: false, kind: 'unavailable', reason: pdf.reason, message: pdf.message };
  return ok({ fileName: `${base}.pdf`, contentType: 'application/pdf', body: pdf.pdf });
}

/** The PDF cannot be made on this machine (no Chromium, no playwright-core) or Chromium failed. */
export interface PdfUnavailable {
  readonly ok: false;
  readonly kind: 'unavailable';
  readonly reason: 'chromium-missing' | 'playwright-missing' | 'render-failed';
  readonly message: string;
}

async function readable(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  version: number | undefined,
): Promise<ServiceResult<{ cycle: CycleRecord; record: SynthesisRecord; editor: boolean }>> {
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const editor = !denied(by, 'synthesis.read', cycleTarget(cycle.value));
  if (editor) {
    const record =
      version === undefined
        ? await readLatestSynthesis(db, cycle.value.id)
        : await readSynthesisVersion(db, cycle.value.id, version);
    if (!record)
      return version === undefined
        ? notFound(
            `cycle ${code} has no synthesis yet: generate one (POST /api/cycles/${code}/synthesis/generate)`,
            'code',
          )
        : notFound(`the synthesis of ${code} has no version ${version}`, 'version');
    return ok({ cycle: cycle.value, record, editor });
  }
  const published = await readLatestSynthesis(db, cycle.value.id, 'published');
  const refused = denied(by, 'synthesis.read', cycleTarget(cycle.value, published !== undefined));
  if (refused) return refused;
  if (version !== undefined && version !== published!.version)
    return notFound(
      `version ${version} of the synthesis of ${code} is not the published one (${published!.version})`,
      'version',
    );
  return ok({ cycle: cycle.value, record: published!, editor });
}

async function view(
  db: Kysely<Database>,
  cycle: CycleRecord,
  r: SynthesisRecord,
  editor: boolean,
): Promise<SynthesisView> {
  const base: SynthesisView = {
    cycle: cycle.code,
    cycleTitle: cycle.title,
    version: r.version,
    origin: r.origin,
    markdown: r.markdown,
    html: markEnglish(renderMarkdown(r.markdown)),
    published: r.published,
    lang: r.lang,
    generatedAt: r.generatedAt.toISOString(),
    editedAt: r.editedAt.toISOString(),
    editedBy: r.editedBy === null ? null : { id: String(r.editedBy), name: r.editedByName },
  };
  if (!editor) return base;
  const versions = await readSynthesisVersions(db, cycle.id);
  return {
    ...base,
    latestVersion: versions[0]?.version ?? r.version,
    publishedVersion: versions.find((v) => v.published)?.version ?? null,
  };
}
