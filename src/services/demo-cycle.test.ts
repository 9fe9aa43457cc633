import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateById } from '../catalog/report-templates/index.ts';
import { readCycleByCode } from '../store/report-cycles.ts';
import { readReportOf, readVersion } from '../store/report-reads.ts';
import { createCycle } from './cycles.ts';
import { loadDemoCycle } from './demo-cycle.ts';
import { EXAMPLE_NOTICE, splitSections } from './demo-file.ts';
import { DEMO_FILE, openReviewStore, type ReviewStore } from './review-test-store.ts';

let r: ReviewStore;
beforeAll(async () => {
  r = await openReviewStore();
});
afterAll(() => r.store.close());

/** A copy of the demo folder with the JSON changed by `edit`. */
function demoCopy(edit: (json: string) => string, md?: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parity-demo-'));
  cpSync(dirname(DEMO_FILE), dir, { recursive: true });
  const file = join(dir, 'beijing30-unece.json');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  if (md) {
    const path = join(dir, 'kaz-example-report.md');
    writeFileSync(path, md(readFileSync(path, 'utf8')));
  }
  return file;
}

describe(loadDemoCycle, () => {
  it("loads the cycle, the meeting, Kazakhstan's statement with its claims checked, the example report and a tag", async () => {
    expect(r.demo).toMatchObject({
      status: 'loaded',
      cycle: 'beijing30-unece',
      statements: 1,
      // The GII claim (60 %) against the 54.6 % fall, the quota against the quota table, leadership: no figure.
      verdicts: ['not-supported', 'partly-supported', 'not-checkable'],
      reportCountry: 'KAZ',
      tags: 1,
    });
    const cycle = (await readCycleByCode(r.db, 'beijing30-unece'))!;
    expect(cycle).toMatchObject({ meetingFrom: '2024-10-21', meetingTo: '2024-10-22', createdBy: null });
    const report = (await readReportOf(r.db, cycle.id, 'KAZ'))!;
    expect(report).toMatchObject({ state: 'draft', currentVersion: 1 });
    const v = (await readVersion(r.db, report.id, 1))!;
    expect(v.savedBy).toBeNull();
    // Every section of the template is there and says it is an example.
    const sections = templateById('beijing30-v1')!.sections.map((s) => s.id);
    expect(Object.keys(v.sections).sort()).toEqual([...sections].sort());
    for (const id of sections) expect(v.sections[id]).toContain(EXAMPLE_NOTICE);
  });

  it('is idempotent: a second load changes nothing', async () => {
    const count = async () =>
      (
        await sql<{ n: number }>`SELECT (SELECT count(*) FROM meeting) + (SELECT count(*) FROM statement)
          + (SELECT count(*) FROM report) + (SELECT count(*) FROM report_tag) AS n`.execute(r.db)
      ).rows[0]!.n;
    const before = Number(await count());
    expect(await loadDemoCycle(r.db, DEMO_FILE)).toMatchObject({
      status: 'unchanged',
      cycle: 'beijing30-unece',
    });
    expect(Number(await count())).toBe(before);
  });

  it('leaves alone a cycle of the same code that it did not create', async () => {
    const made = await createCycle(r.db, null, {
      code: 'demo-copy',
      title: 'A real cycle',
      regionSet: 'unece',
      opensOn: '2024-01-01',
      submissionDeadline: '2024-02-01',
    });
    expect(made.ok).toBe(true);
    const file = demoCopy((j) => j.replace('"code": "beijing30-unece"', '"code": "demo-copy"'));
    expect(await loadDemoCycle(r.db, file)).toMatchObject({
      status: 'skipped',
      reason: 'a cycle demo-copy exists that the demonstration did not create',
    });
  });

  it.each([
    [
      'a section without the example notice',
      (j: string) => j,
      (m: string) => m.replace(/(<!-- section: institutions -->\n)\*\*EXAMPLE\.[^\n]*\n/, '$1'),
      /kaz-example-report\.md:\d+: section institutions: expected the notice/,
    ],
    [
      'a tag quoting text that is not in the section',
      (j: string) => j.replace('on the party lists for the Mazhilis"', 'on the lists"'),
      undefined,
      /beijing30-unece\.json: tags\.0: quote: not found in the section/,
    ],
    [
      'a statement in a session the meeting does not have',
      (j: string) => j.replace('"session": "General segment"', '"session": "Closing"'),
      undefined,
      /statements\.0\.session: no session "Closing"/,
    ],
    [
      'a bad date',
      (j: string) => j.replace('"from": "2024-10-21"', '"from": "2024-13-21"'),
      undefined,
      /meeting\.from: expected a real calendar date/,
    ],
  ])('refuses %s, naming where, and loads nothing', async (_what, edit, md, message) => {
    const file = demoCopy((j) => edit(j).replace('"code": "beijing30-unece"', '"code": "demo-bad"'), md);
    const outcome = await loadDemoCycle(r.db, file);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.errors.join('\n')).toMatch(message);
    expect(await readCycleByCode(r.db, 'demo-bad')).toBeUndefined();
  });
});

describe(splitSections, () => {
  it('names a section missing from the file and an unknown one', () => {
    const t = templateById('beijing30-v1')!;
    const out = splitSections(
      'x.md',
      `<!-- section: priorities -->\n${EXAMPLE_NOTICE}\n<!-- section: nope -->\n`,
      t,
    );
    expect(out.ok).toBe(false);
    const errors = out.ok ? [] : out.errors;
    expect(errors).toContain('x.md:3: section: no section nope in template beijing30-v1');
    expect(errors).toContain('x.md: section achievements: missing');
  });
});
