import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { indicatorByCode } from '../catalog/index.ts';
import type { Actor, Membership } from '../core/auth/access.ts';
import type { Database } from '../store/database.ts';
import { actorOf, createUser } from './accounts.ts';
import { importFile } from './import-file.ts';
import { importJobs } from './importers.ts';
import { ensureReferenceData } from './reference-data.ts';
import { BUNDLED_DATA_DIR } from './seed.ts';

/**
 * For the report tests (not shipped): a small real store and the cast of a review. The HDR rows
 * of Kazakhstan and Uzbekistan, one edition at a time, so that a test can pin evidence against
 * HDR23-24 and then import HDR25 ("newer data").
 */
export async function seedReportData(
  db: Kysely<Database>,
  edition: 'HDR23-24' | 'HDR25' = 'HDR23-24',
): Promise<void> {
  await ensureReferenceData(db);
  await importHdr(db, edition);
}

export async function importHdr(db: Kysely<Database>, edition: 'HDR23-24' | 'HDR25'): Promise<void> {
  for (const job of await importJobs('hdr', hdrRows(edition, ['KAZ', 'UZB']))) {
    const o = await importFile({ db, rules: indicatorByCode, runBy: 'test' }, job);
    if (o.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(o)}`);
  }
}

function hdrRows(edition: string, iso3: readonly string[]): string {
  const text = readFileSync(
    join(BUNDLED_DATA_DIR, `undp-hdr/${edition}_Composite_indices_complete_time_series.csv`),
    'latin1',
  );
  const lines = text.split('\r\n');
  const path = join(mkdtempSync(join(tmpdir(), 'parity-reports-')), `${edition}_subset.csv`);
  const keep = lines.filter((l) => iso3.includes(l.slice(0, 3)));
  writeFileSync(path, [lines[0], ...keep, ''].join('\r\n'), 'latin1');
  return path;
}

export const KAZ_FOCAL: Membership = { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } };

/** The people of a review: each a user in the store with one membership, as an Actor. */
export interface Cast {
  readonly admin: Actor;
  readonly reviewer: Actor;
  readonly centralAsiaReviewer: Actor;
  readonly otherReviewer: Actor;
  readonly kazFocal: Actor;
  readonly kazContributor: Actor;
  readonly uzbFocal: Actor;
  readonly public: Actor;
}

export async function createCast(db: Kysely<Database>): Promise<Cast> {
  const user = async (email: string, membership: Membership): Promise<Actor> => {
    const u = await createUser(db, null, {
      email,
      displayName: email.split('@')[0]!,
      password: 'correct horse battery staple',
      memberships: [membership],
    });
    if (!u.ok) throw new Error(u.message);
    return actorOf(db, Number(u.value.id));
  };
  return {
    admin: await user('admin@example.org', { role: 'administrator', scope: { kind: 'instance' } }),
    reviewer: await user('reviewer@example.org', {
      role: 'regional-reviewer',
      scope: { kind: 'region-set', code: 'unece' },
    }),
    centralAsiaReviewer: await user('ca@example.org', {
      role: 'regional-reviewer',
      scope: { kind: 'region-set', code: 'central-asia' },
    }),
    otherReviewer: await user('lac@example.org', {
      role: 'regional-reviewer',
      scope: { kind: 'region-set', code: 'hdr-region-lac' },
    }),
    kazFocal: await user('kaz@example.org', KAZ_FOCAL),
    kazContributor: await user('kaz-stat@example.org', {
      role: 'contributor',
      scope: { kind: 'country', iso3: 'KAZ' },
    }),
    uzbFocal: await user('uzb@example.org', { role: 'focal-point', scope: { kind: 'country', iso3: 'UZB' } }),
    public: { kind: 'public' },
  };
}

export const BEIJING30_UNECE = {
  code: 'beijing30-unece',
  title: 'Beijing+30 regional review, UNECE',
  regionSet: 'unece',
  opensOn: '2024-01-15',
  submissionDeadline: '2024-06-30',
  meetingFrom: '2024-10-21',
  meetingTo: '2024-10-22',
} as const;
