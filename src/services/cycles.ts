import type { Kysely } from 'kysely';
import { z } from 'zod';
import { regionSetByCode, type Lang } from '../catalog/index.ts';
import { reportTemplates, templateById } from '../catalog/report-templates/index.ts';
import type { Database } from '../store/database.ts';
import { insertCycle, readCycleByCode, readCycles, type CycleRecord } from '../store/report-cycles.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { denied, userIdOf } from './report-access.ts';
import { invalid, notFound, ok, type ServiceResult } from './service-result.ts';

/** A review cycle as the API and CLI show it. */
export interface CycleView {
  readonly code: string;
  readonly title: string;
  readonly regionSet: { readonly code: string; readonly name: string; readonly members: number };
  readonly templateId: string;
  /** `YYYY-MM-DD`. */
  readonly opensOn: string;
  readonly submissionDeadline: string;
  readonly meeting: { readonly from: string; readonly to: string } | null;
  /** ISO 8601. */
  readonly createdAt: string;
}

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD', abort: true })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      error: 'expected a real calendar date YYYY-MM-DD',
    },
  );

export const NewCycleSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, {
      error: 'expected lower-case letters, digits and hyphens, e.g. beijing30-unece',
    }),
    title: z.string().trim().min(1, { error: 'a title is required' }).max(200),
    regionSet: z.string().min(1),
    templateId: z.string().default('beijing30-v1'),
    opensOn: date,
    submissionDeadline: date,
    meetingFrom: date.optional(),
    meetingTo: date.optional(),
  })
  .strict();

export type NewCycleInput = z.input<typeof NewCycleSchema>;

/** Creates a review cycle (administrators; the system from the CLI). */
export async function createCycle(
  db: Kysely<Database>,
  by: Operator,
  input: NewCycleInput,
  clock: { now?: Date } = {},
): Promise<ServiceResult<CycleView>> {
  const parsed = NewCycleSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = issue.path.map(String).join('.') || 'body';
    return invalid(`${param}: ${issue.message}`, param);
  }
  const c = parsed.data;
  const refused = denied(by, 'cycle.manage', { regionSets: [c.regionSet] });
  if (refused) return refused;
  const problem = cycleProblem(c);
  if (problem) return problem;
  const now = clock.now ?? new Date();
  return db
    .transaction()
    .execute(async (trx) => {
      if (await readCycleByCode(trx, c.code))
        return invalid(`a cycle with code ${c.code} already exists`, 'code');
      const id = await insertCycle(trx, {
        code: c.code,
        title: c.title,
        regionSetCode: c.regionSet,
        templateId: c.templateId,
        opensOn: c.opensOn,
        submissionDeadline: c.submissionDeadline,
        meetingFrom: c.meetingFrom ?? null,
        meetingTo: c.meetingTo ?? null,
        createdBy: userIdOf(by),
        createdAt: now,
      });
      await recordAudit(trx, {
        actor: by,
        action: 'cycle.create',
        entityKind: 'cycle',
        entityId: id,
        at: now,
        detail: { ...c },
      });
      return ok(cycleView((await readCycleByCode(trx, c.code))!, 'en'));
    })
    .catch((e: unknown) => {
      if ((e as { code?: string }).code === '23505')
        return invalid(`a cycle with code ${c.code} already exists`, 'code');
      throw e;
    });
}

function cycleProblem(c: z.output<typeof NewCycleSchema>) {
  if (!regionSetByCode(c.regionSet))
    return notFound(`no region set ${c.regionSet} (see /api/region-sets)`, 'regionSet');
  if (!templateById(c.templateId))
    return invalid(
      `templateId: no template ${c.templateId}; expected ${reportTemplates.map((t) => t.id).join(', ')}`,
      'templateId',
    );
  if (c.submissionDeadline < c.opensOn)
    return invalid(
      `submissionDeadline ${c.submissionDeadline} is before opensOn ${c.opensOn}`,
      'submissionDeadline',
    );
  if ((c.meetingFrom === undefined) !== (c.meetingTo === undefined))
    return invalid(
      'meetingFrom and meetingTo: give both meeting dates or neither',
      c.meetingFrom ? 'meetingTo' : 'meetingFrom',
    );
  if (c.meetingFrom && c.meetingTo && c.meetingTo < c.meetingFrom)
    return invalid(`meetingTo ${c.meetingTo} is before meetingFrom ${c.meetingFrom}`, 'meetingTo');
  return undefined;
}

/** Every cycle (cycles are public: their dates and region set are what a country reports to). */
export async function listCycles(db: Kysely<Database>, lang: Lang = 'en'): Promise<CycleView[]> {
  return (await readCycles(db)).map((c) => cycleView(c, lang));
}

export async function getCycle(
  db: Kysely<Database>,
  code: string,
  lang: Lang = 'en',
): Promise<ServiceResult<CycleView>> {
  const c = await readCycleByCode(db, code);
  return c ? ok(cycleView(c, lang)) : notFound(`no review cycle ${code}`, 'code');
}

export function cycleView(c: CycleRecord, lang: Lang): CycleView {
  const set = regionSetByCode(c.regionSetCode);
  return {
    code: c.code,
    title: c.title,
    regionSet: {
      code: c.regionSetCode,
      name: set?.name[lang] ?? c.regionSetCode,
      members: set?.members.length ?? 0,
    },
    templateId: c.templateId,
    opensOn: c.opensOn,
    submissionDeadline: c.submissionDeadline,
    meeting: c.meetingFrom && c.meetingTo ? { from: c.meetingFrom, to: c.meetingTo } : null,
    createdAt: c.createdAt.toISOString(),
  };
}
