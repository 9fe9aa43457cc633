import type { Kysely } from 'kysely';
import type { Verdict } from '../core/claims/claim.ts';
import { readAuditRows } from '../store/audit-reads.ts';
import type { Database } from '../store/database.ts';
import { insertMeeting, insertSession, insertStatement } from '../store/meetings.ts';
import { insertCycle, readCycleByCode } from '../store/report-cycles.ts';
import { insertReport, insertVersion } from '../store/report-writes.ts';
import { insertTag } from '../store/report-tags.ts';
import { recordAudit } from './audit.ts';
import { checkClaims, type ClaimsCheck } from './check-claims.ts';
import { readDemoFile, type DemoFile } from './demo-file.ts';
import { parseContent } from './report-content.ts';
import { locate } from './report-tags.ts';
import { storedEvidence } from './report-version-content.ts';

/**
 * Seeds the demonstration cycle (Beijing+30 for UNECE) from data/parity/demo/ after the bundled
 * data: the cycle, its meeting with its session, the statements with their claims checked against
 * the data just loaded, an example draft report (every section marked as an example; saved by no
 * user) and the demonstration tags. One transaction: all of it or nothing. Idempotent: a cycle
 * the demo loaded (an audit row `demo.load` on it says so) is left as it is; a cycle of the same
 * code that someone else created is never touched (`skipped`).
 */

export type DemoOutcome =
  | {
      readonly status: 'loaded';
      readonly file: string;
      readonly cycle: string;
      readonly statements: number;
      readonly verdicts: readonly Verdict[];
      readonly reportCountry: string;
      readonly tags: number;
    }
  | { readonly status: 'unchanged'; readonly file: string; readonly cycle: string }
  | { readonly status: 'skipped'; readonly file: string; readonly cycle: string; readonly reason: string }
  | { readonly status: 'failed'; readonly file: string; readonly errors: readonly string[] };

export async function loadDemoCycle(
  db: Kysely<Database>,
  path: string,
  clock: { now?: Date } = {},
): Promise<DemoOutcome> {
  const read = await readDemoFile(path);
  if (!read.ok) return { status: 'failed', file: path, errors: read.errors };
  const demo = read.file;
  const code = demo.data.cycle.code;
  const existing = await readCycleByCode(db, code);
  if (existing) {
    const marks = await readAuditRows(db, {
      entityKind: 'cycle',
      entityId: String(existing.id),
      limit: 1000,
      offset: 0,
    });
    return marks.rows.some((r) => r.action === 'demo.load')
      ? { status: 'unchanged', file: path, cycle: code }
      : {
          status: 'skipped',
          file: path,
          cycle: code,
          reason: `a cycle ${code} exists that the demonstration did not create`,
        };
  }
  const prepared = await prepare(db, demo);
  if (!prepared.ok) return { status: 'failed', file: path, errors: prepared.errors };
  await write(db, demo, prepared, clock.now ?? new Date());
  return {
    status: 'loaded',
    file: path,
    cycle: code,
    statements: prepared.checks.length,
    verdicts: prepared.checks.flatMap((c) => c.claims.map((x) => x.verdict)),
    reportCountry: demo.data.report.country,
    tags: demo.data.tags.length,
  };
}

interface Prepared {
  readonly ok: true;
  readonly checks: ClaimsCheck[];
  readonly content: Extract<ReturnType<typeof parseContent>, { ok: true }>['value'];
}

async function prepare(
  db: Kysely<Database>,
  demo: DemoFile,
): Promise<Prepared | { ok: false; errors: string[] }> {
  const errors: string[] = [];
  const checks: ClaimsCheck[] = [];
  const sessions = demo.data.meeting.sessions.map((s) => s.title);
  for (const [i, s] of demo.data.statements.entries()) {
    if (s.session !== undefined && !sessions.includes(s.session))
      errors.push(`statements.${i}.session: no session "${s.session}" in the meeting`);
    if ((s.country === undefined) === (s.organisation === undefined))
      errors.push(`statements.${i}: give the country or the organisation (one of them)`);
    const check = await checkClaims(db, { text: s.text, ...(s.country ? { country: s.country } : {}) });
    if (!check.ok) errors.push(`statements.${i}: ${check.message}`);
    else checks.push(check.value);
  }
  const content = parseContent(demo.template, { sections: demo.sections });
  if (!content.ok) errors.push(`report: ${content.message}`);
  for (const [i, t] of demo.data.tags.entries()) {
    const found = locate(demo.sections[t.sectionId] ?? '', { quote: t.quote ?? '' });
    if (!found.ok) errors.push(`tags.${i}: ${found.message}`);
  }
  if (errors.length > 0 || !content.ok) return { ok: false, errors: errors.map((e) => `${demo.path}: ${e}`) };
  return { ok: true, checks, content: content.value };
}

async function write(db: Kysely<Database>, demo: DemoFile, p: Prepared, now: Date): Promise<void> {
  const { cycle, meeting, statements, report, tags } = demo.data;
  await db.transaction().execute(async (trx) => {
    const audit = (action: string, entityKind: string, entityId: number, detail: Record<string, unknown>) =>
      recordAudit(trx, {
        actor: null,
        action,
        entityKind,
        entityId,
        at: now,
        detail: { demo: true, ...detail },
      });
    const cycleId = await insertCycle(trx, {
      code: cycle.code,
      title: cycle.title,
      regionSetCode: cycle.regionSet,
      templateId: cycle.templateId,
      opensOn: cycle.opensOn,
      submissionDeadline: cycle.submissionDeadline,
      meetingFrom: cycle.meetingFrom ?? null,
      meetingTo: cycle.meetingTo ?? null,
      createdBy: null,
      createdAt: now,
    });
    await audit('cycle.create', 'cycle', cycleId, { ...cycle });
    const meetingId = await insertMeeting(trx, { ...meeting, cycleId, createdBy: null, now });
    await audit('meeting.create', 'meeting', meetingId, { cycle: cycle.code, title: meeting.title });
    const sessionIds = new Map<string, number>();
    for (const [i, s] of meeting.sessions.entries())
      sessionIds.set(
        s.title,
        await insertSession(trx, { meetingId, kind: s.kind, title: s.title, position: s.position ?? i + 1 }),
      );
    for (const [i, s] of statements.entries()) {
      const id = await insertStatement(trx, {
        meetingId,
        sessionId: s.session ? sessionIds.get(s.session)! : null,
        speaker: s.speaker,
        speakerTitle: s.speakerTitle ?? null,
        country: s.country ?? null,
        organisation: s.organisation ?? null,
        text: s.text,
        source: s.source,
        claims: p.checks[i]!,
        checkedAt: now,
        by: null,
        now,
      });
      await audit('statement.create', 'statement', id, { meeting: meetingId, speaker: s.speaker });
    }
    const reportId = await insertReport(trx, { cycleId, country: report.country, state: 'draft', now });
    await insertVersion(trx, {
      reportId,
      version: 1,
      stateAtSave: 'draft',
      sections: p.content.sections,
      evidence: storedEvidence(p.content),
      measures: p.content.measures,
      attachments: p.content.attachments,
      savedBy: null,
      savedAt: now,
      submitted: false,
    });
    await audit('report.create', 'report', reportId, {
      cycle: cycle.code,
      country: report.country,
      example: true,
    });
    for (const t of tags) {
      const at = locate(p.content.sections[t.sectionId] ?? '', { quote: t.quote ?? '' });
      if (!at.ok) throw new Error(`demo tag: ${at.message}`);
      const id = await insertTag(trx, {
        reportId,
        version: 1,
        sectionId: t.sectionId,
        ...at.value,
        bpfa: t.bpfa,
        clusters: t.clusters,
        sdgTargets: t.sdgTargets,
        criteria: t.criteria,
        note: t.note ?? null,
        taggedBy: null,
        taggedAt: now,
      });
      await audit('report.tag', 'report-tag', id, { report: reportId, sectionId: t.sectionId });
    }
    // The mark that this cycle is the demonstration's: a later seed leaves it alone.
    await audit('demo.load', 'cycle', cycleId, { file: demo.path, sha256: demo.sha256 });
  });
}
