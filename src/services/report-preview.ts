import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import { evidenceKey, findEmbeddedBlocks, type EvidenceSpec } from '../core/reports/evidence.ts';
import { isEditable } from '../core/reports/workflow.ts';
import type { Database } from '../store/database.ts';
import type { Operator } from './accounts.ts';
import { denied, loadReport } from './report-access.ts';
import { MAX_SECTION_CHARS } from './report-content.ts';
import { resolveEvidence, type ResolvedEvidence } from './report-evidence.ts';
import { sectionHtml } from './report-render.ts';
import { conflict, invalid, ok, type ServiceResult } from './service-result.ts';

/**
 * A section's unsaved Markdown as the report page would show it once saved: the same sanitiser
 * and the same evidence words as `reportView`, with its blocks resolved against the data now
 * (a report can be previewed only while it is a draft, whose evidence is live). Nothing is
 * written. Who may preview is who may save: the country's focal points and contributors while
 * the report is editable.
 */

export interface PreviewInput {
  /** When given, a section of the report's template (checked, as a save checks it). */
  readonly sectionId?: string;
  readonly markdown: string;
}

/** What a saved section's rendered form holds: its HTML and the values of the blocks in it. */
export interface SectionPreview {
  readonly html: string;
  readonly evidence: readonly ResolvedEvidence[];
}

export async function previewSection(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  input: PreviewInput,
  lang: Lang = 'en',
): Promise<ServiceResult<SectionPreview>> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  const { report, template, target } = ctx.value;
  const refused = denied(by, 'report.edit', target);
  if (refused) return refused;
  const { sectionId, markdown } = input;
  if (sectionId !== undefined && !template.sections.some((s) => s.id === sectionId))
    return invalid(
      `sectionId: not a section of template ${template.id}: "${sectionId}"; expected one of ${template.sections.map((s) => s.id).join(', ')}`,
      'sectionId',
    );
  if (markdown.length > MAX_SECTION_CHARS)
    return invalid(`markdown: at most ${MAX_SECTION_CHARS} characters`, 'markdown');
  if (!isEditable(report.state))
    return conflict(
      `report ${id} is ${report.state}: it can be previewed only while draft or changes-requested`,
    );
  const values = await resolveEvidence(db, embeddedSpecs(markdown));
  const html = sectionHtml(markdown, { lang, values: new Map(values.map((e) => [e.key, e])) });
  return ok({ html, evidence: values });
}

/** The well-formed blocks of the text, each once; malformed ones are shown as errors by the renderer. */
function embeddedSpecs(markdown: string): EvidenceSpec[] {
  const byKey = new Map(findEmbeddedBlocks(markdown).blocks.map((b) => [evidenceKey(b.spec), b.spec]));
  return [...byKey.values()];
}
