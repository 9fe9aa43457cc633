import { z } from 'zod';
import { BPFA_LETTERS, countryByIso3, indicatorByCode, type BpfaArea } from '../catalog/index.ts';
import type { ReportTemplate } from '../catalog/report-templates/index.ts';
import {
  evidenceKey,
  findEmbeddedBlocks,
  parseEvidenceSpec,
  type EvidenceSpec,
} from '../core/reports/evidence.ts';
import { invalid, ok, type ServiceResult } from './service-result.ts';

/**
 * The content of a report version and its validation: sections (Markdown per template section),
 * evidence blocks listed beside the text, measures and attachments (metadata only: Parity stores
 * no files, only what a file is and where it lives). The same zod schemas validate the API's
 * bodies and what the CLI or a test hands the services.
 */

export const MAX_SECTION_CHARS = 50_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `at most ${max} characters` });
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && URL.canParse(u), {
    error: 'expected an http or https URL',
  });
const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
  error: 'expected YYYY, YYYY-MM or YYYY-MM-DD',
});

export const MEASURE_KINDS = ['law', 'policy', 'quota', 'programme', 'institution'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** A law, policy, quota, programme or institution a country reports (e.g. the Spotlight initiative, a programme). */
export const MeasureSchema = z
  .object({
    title: text(300).min(1, { error: 'a title is required' }),
    kind: z.enum(MEASURE_KINDS, { error: `expected one of ${MEASURE_KINDS.join(', ')}` }),
    date: isoDate.describe('When it was adopted or started: YYYY, YYYY-MM or YYYY-MM-DD'),
    criticalAreas: z
      .array(z.enum(BPFA_LETTERS as [BpfaArea, ...BpfaArea[]], { error: 'expected a BPfA letter A–L' }))
      .max(12)
      .default([]),
    clusters: z
      .array(z.number().int().min(1).max(6, { error: 'expected a review cluster 1–6' }))
      .max(6)
      .default([]),
    beneficiaries: text(500).optional(),
    source: text(500).min(1, { error: 'a source is required (the act, decision or programme document)' }),
    url: httpUrl.optional(),
    description: text(5000).optional(),
  })
  .strict();

/** Metadata of an attached file: Parity keeps no file, only what it is and where it can be found. */
export const AttachmentSchema = z
  .object({
    name: text(255).min(1, { error: 'a file name is required' }),
    type: z
      .string()
      .regex(/^[a-z]+\/[a-z0-9.+-]+$/i, { error: 'expected a media type such as application/pdf' }),
    size: z
      .number()
      .int()
      .min(0)
      .max(2 ** 40),
    description: text(2000).default(''),
    url: httpUrl.optional(),
  })
  .strict();

const area = z
  .string()
  .regex(/^[A-Z]{3}$|^ZZ[A-Z0-9.]{1,12}$/, { error: 'expected an ISO3 code such as KAZ' });
const indicator = z.string().regex(/^[a-z]+\.[A-Za-z0-9._]+$/, { error: 'expected an indicator code' });
const edition = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,39}$/, { error: 'expected an edition' });

/** A block listed beside the text (shown with its section, e.g. a chart under the text). */
export const EvidenceBlockSchema = z.discriminatedUnion('kind', [
  z
    .object({
      sectionId: z.string(),
      kind: z.literal('indicator-chart'),
      area,
      indicator,
      source: edition.optional(),
    })
    .strict(),
  z
    .object({
      sectionId: z.string(),
      kind: z.literal('value'),
      area,
      indicator,
      year: z.number().int().min(1900).max(2100).optional(),
      source: edition.optional(),
    })
    .strict(),
  z
    .object({
      sectionId: z.string(),
      kind: z.literal('index'),
      index: z.enum(['gii', 'gdi', 'hdi']),
      area,
      edition: edition.optional(),
    })
    .strict(),
]);

export const ContentSchema = z
  .object({
    sections: z.record(
      z.string(),
      z.string().max(MAX_SECTION_CHARS, { error: `at most ${MAX_SECTION_CHARS} characters` }),
    ),
    evidence: z.array(EvidenceBlockSchema).max(200).default([]),
    measures: z.array(MeasureSchema).max(500).default([]),
    attachments: z.array(AttachmentSchema).max(200).default([]),
  })
  .strict();

export type Measure = z.output<typeof MeasureSchema>;
export type Attachment = z.output<typeof AttachmentSchema>;
export type ContentInput = z.input<typeof ContentSchema>;

/** A block listed beside the sections. */
export interface ListedBlock {
  readonly sectionId: string;
  readonly spec: EvidenceSpec;
}

/** The content of one version, valid against its template. */
export interface ReportContent {
  readonly sections: Readonly<Record<string, string>>;
  readonly evidence: readonly ListedBlock[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
}

export const EMPTY_CONTENT: ReportContent = { sections: {}, evidence: [], measures: [], attachments: [] };

/**
 * Content checked against the template: known section ids only, well-formed evidence tokens naming
 * catalogue indicators and known countries, valid measures and attachments. A failure names the
 * field (`sections.cluster-3`, `measures.0.url`) and, in a section, the line and column.
 */
export function parseContent(template: ReportTemplate, raw: unknown): ServiceResult<ReportContent> {
  const parsed = ContentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.') || 'body';
    return invalid(`${where}: ${issue.message}`, where);
  }
  const ids = new Set(template.sections.map((s) => s.id));
  const c = parsed.data;
  for (const id of Object.keys(c.sections))
    if (!ids.has(id))
      return invalid(
        `sections.${id}: not a section of template ${template.id}; expected one of ${[...ids].join(', ')}`,
        `sections.${id}`,
      );
  for (const [id, markdown] of Object.entries(c.sections)) {
    const { blocks, errors } = findEmbeddedBlocks(markdown);
    const first = errors[0];
    if (first)
      return invalid(
        `sections.${id}: line ${first.line}, column ${first.column}: ${first.message}`,
        `sections.${id}`,
      );
    for (const b of blocks) {
      const problem = specProblem(b.spec);
      if (problem)
        return invalid(`sections.${id}: line ${b.line}, column ${b.column}: ${problem}`, `sections.${id}`);
    }
  }
  const evidence: ListedBlock[] = [];
  for (const [i, block] of c.evidence.entries()) {
    const { sectionId, ...rest } = block;
    if (!ids.has(sectionId))
      return invalid(
        `evidence.${i}.sectionId: not a section of template ${template.id}: "${sectionId}"`,
        `evidence.${i}`,
      );
    const spec = parseEvidenceSpec(evidenceKey(rest as EvidenceSpec));
    if (!spec.ok) return invalid(`evidence.${i}: ${spec.message}`, `evidence.${i}`);
    const problem = specProblem(spec.spec);
    if (problem) return invalid(`evidence.${i}: ${problem}`, `evidence.${i}`);
    evidence.push({ sectionId, spec: spec.spec });
  }
  const sections = Object.fromEntries(Object.entries(c.sections).filter(([, v]) => v.trim() !== ''));
  return ok({ sections, evidence, measures: c.measures, attachments: c.attachments });
}

/** What is wrong with a well-formed spec in terms of the catalogue: an unknown indicator or country. */
function specProblem(spec: EvidenceSpec): string | undefined {
  if (spec.kind !== 'index' && !indicatorByCode(spec.indicator))
    return `${spec.kind}: unknown indicator "${spec.indicator}" (see /api/indicators)`;
  if (!spec.area.startsWith('ZZ') && !countryByIso3(spec.area))
    return `${spec.kind}: unknown country "${spec.area}"`;
  return undefined;
}

/** Every block of a version: those embedded in its sections, then those listed, each key once. */
export function blocksOf(content: ReportContent): EvidenceSpec[] {
  const all = [
    ...Object.values(content.sections).flatMap((md) => findEmbeddedBlocks(md).blocks.map((b) => b.spec)),
    ...content.evidence.map((b) => b.spec),
  ];
  const byKey = new Map(all.map((s) => [evidenceKey(s), s]));
  return [...byKey.values()];
}
