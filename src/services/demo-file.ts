import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { templateById, type ReportTemplate } from '../catalog/report-templates/index.ts';
import { NewCycleSchema } from './cycles.ts';
import { NewMeetingSchema } from './meetings.ts';
import { NewTagSchema } from './report-tags.ts';

/**
 * The demonstration cycle as a reviewed file (data/parity/demo/): a JSON file with the cycle, its
 * meeting, statements and tags, and a Markdown file with the example report's sections, each
 * starting at a line `<!-- section: <id> -->`. Every section of the example must carry
 * EXAMPLE_NOTICE, so that it can never be read as the country's report. Problems are reported as
 * `file:line: field: what was expected` (JSON problems name the field path).
 */

export const EXAMPLE_NOTICE = "Example text written for the Parity demonstration, not Kazakhstan's report";

const StatementEntry = z
  .object({
    session: z.string().min(1).optional(),
    speaker: z.string().min(1),
    speakerTitle: z.string().min(1).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    organisation: z.string().min(1).optional(),
    text: z.string().min(1),
    source: z.string().min(1),
  })
  .strict();

export const DemoFileSchema = z
  .object({
    format: z.literal('parity-demo-cycle/1', { error: 'expected "parity-demo-cycle/1"' }),
    cycle: NewCycleSchema,
    meeting: NewMeetingSchema,
    statements: z.array(StatementEntry).max(100),
    report: z.object({ country: z.string().regex(/^[A-Z]{3}$/), sectionsFile: z.string().min(1) }).strict(),
    tags: z.array(NewTagSchema.omit({ country: true, version: true, start: true, end: true })).max(100),
  })
  .strict();

export type DemoData = z.output<typeof DemoFileSchema>;

export interface DemoFile {
  readonly path: string;
  readonly sha256: string;
  readonly data: DemoData;
  readonly template: ReportTemplate;
  /** The example report's sections `{ id: markdown }`. */
  readonly sections: Record<string, string>;
}

export type DemoRead =
  { readonly ok: true; readonly file: DemoFile } | { readonly ok: false; readonly errors: string[] };

export async function readDemoFile(path: string): Promise<DemoRead> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, errors: [`${name}: cannot read: ${(e as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return { ok: false, errors: [`${name}: not JSON: ${(e as Error).message}`] };
  }
  const parsed = DemoFileSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (i) => `${name}: ${i.path.map(String).join('.') || '(file)'}: ${i.message}`,
      ),
    };
  const data = parsed.data;
  const template = templateById(data.cycle.templateId);
  if (!template)
    return { ok: false, errors: [`${name}: cycle.templateId: no template ${data.cycle.templateId}`] };
  const sectionsPath = join(dirname(path), data.report.sectionsFile);
  let markdown: string;
  try {
    markdown = await readFile(sectionsPath, 'utf8');
  } catch (e) {
    return {
      ok: false,
      errors: [`${name}: report.sectionsFile: cannot read ${sectionsPath}: ${(e as Error).message}`],
    };
  }
  const sections = splitSections(basename(sectionsPath), markdown, template);
  if (!sections.ok) return sections;
  const sha256 = createHash('sha256').update(bytes).update(markdown).digest('hex');
  return { ok: true, file: { path, sha256, data, template, sections: sections.sections } };
}

const MARKER = /^<!-- section: ([a-z0-9-]+) -->$/;

/** The sections of the example report; every template section present once, each with the notice. */
export function splitSections(
  name: string,
  markdown: string,
  template: ReportTemplate,
): { ok: true; sections: Record<string, string> } | { ok: false; errors: string[] } {
  const lines = markdown.split('\n');
  const sections: Record<string, string> = {};
  const starts: { id: string; line: number }[] = [];
  const errors: string[] = [];
  const ids = new Set(template.sections.map((s) => s.id));
  lines.forEach((l, i) => {
    const m = MARKER.exec(l.trim());
    if (!m) return;
    if (!ids.has(m[1]!))
      errors.push(`${name}:${i + 1}: section: no section ${m[1]} in template ${template.id}`);
    else if (starts.some((s) => s.id === m[1])) errors.push(`${name}:${i + 1}: section: ${m[1]} given twice`);
    starts.push({ id: m[1]!, line: i });
  });
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.line ?? lines.length;
    const text = lines
      .slice(s.line + 1, end)
      .join('\n')
      .trim();
    if (!text.includes(EXAMPLE_NOTICE))
      errors.push(`${name}:${s.line + 1}: section ${s.id}: expected the notice "${EXAMPLE_NOTICE}"`);
    sections[s.id] = text;
  });
  for (const id of ids) if (!(id in sections)) errors.push(`${name}: section ${id}: missing`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, sections };
}
