import type { Schema } from '../../api/schema.ts';

/**
 * The "new review cycle" form (src/web/pages/review/CycleForm.tsx): its fields as typed, checked
 * by the server's rules (src/services/cycles.ts NewCycleSchema) before sending; the server checks again.
 */

export interface CycleFields {
  readonly code: string;
  readonly title: string;
  readonly regionSet: string;
  /** `YYYY-MM-DD` as a date input gives it, or ''. */
  readonly opensOn: string;
  readonly submissionDeadline: string;
  readonly meetingFrom: string;
  readonly meetingTo: string;
}

export type CycleField = keyof CycleFields;

export type CycleProblem =
  | 'codeInvalid'
  | 'titleMissing'
  | 'titleLong'
  | 'regionSetMissing'
  | 'dateMissing'
  | 'dateInvalid'
  | 'deadlineBeforeOpening'
  | 'meetingBoth'
  | 'meetingToBeforeFrom';

/** `POST /api/cycles` (the template left to the server's default). */
export type NewCycleBody = Omit<Schema<'NewReviewCycle'>, 'templateId'>;

export const EMPTY_CYCLE: CycleFields = {
  code: '',
  title: '',
  regionSet: 'unece',
  opensOn: '',
  submissionDeadline: '',
  meetingFrom: '',
  meetingTo: '',
};

const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function cycleRequest(
  f: CycleFields,
):
  | { readonly ok: true; readonly body: NewCycleBody }
  | { readonly ok: false; readonly problems: Partial<Record<CycleField, CycleProblem>> } {
  const problems: Partial<Record<CycleField, CycleProblem>> = {};
  const code = f.code.trim();
  const title = f.title.trim();
  if (!CODE.test(code)) problems.code = 'codeInvalid';
  if (title === '') problems.title = 'titleMissing';
  else if (title.length > 200) problems.title = 'titleLong';
  if (f.regionSet === '') problems.regionSet = 'regionSetMissing';
  for (const field of ['opensOn', 'submissionDeadline'] as const) {
    const p = dateProblem(f[field], true);
    if (p) problems[field] = p;
  }
  for (const field of ['meetingFrom', 'meetingTo'] as const) {
    const p = dateProblem(f[field], false);
    if (p) problems[field] = p;
  }
  if (!problems.opensOn && !problems.submissionDeadline && f.submissionDeadline < f.opensOn)
    problems.submissionDeadline = 'deadlineBeforeOpening';
  if (!problems.meetingFrom && !problems.meetingTo) {
    if ((f.meetingFrom === '') !== (f.meetingTo === ''))
      problems[f.meetingFrom === '' ? 'meetingFrom' : 'meetingTo'] = 'meetingBoth';
    else if (f.meetingTo < f.meetingFrom) problems.meetingTo = 'meetingToBeforeFrom';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      code,
      title,
      regionSet: f.regionSet,
      opensOn: f.opensOn,
      submissionDeadline: f.submissionDeadline,
      ...(f.meetingFrom ? { meetingFrom: f.meetingFrom, meetingTo: f.meetingTo } : {}),
    },
  };
}

/** '' is missing when required; otherwise a real calendar day `YYYY-MM-DD` is expected. */
function dateProblem(value: string, required: boolean): CycleProblem | undefined {
  if (value === '') return required ? 'dateMissing' : undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'dateInvalid';
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || !d.toISOString().startsWith(value) ? 'dateInvalid' : undefined;
}
