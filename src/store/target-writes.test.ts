import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotaFact } from '../core/claims/claim.ts';
import type { Store } from './connect.ts';
import { insertMissingAreas } from './reference-writes.ts';
import { idsFromOtherFiles, isTableFileLoaded, readQuotaFacts, readTargetRecords } from './target-reads.ts';
import { replaceQuotasOfFile, replaceTargetsOfFile, type TargetRecord } from './target-writes.ts';
import { openTestStore } from './test-store.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertMissingAreas(store.db, [
    { code: 'KAZ', kind: 'country', names: { en: 'Kazakhstan' } },
    { code: 'KGZ', kind: 'country', names: { en: 'Kyrgyzstan' } },
  ]);
});
afterAll(() => store.close());

const MMR: TargetRecord = {
  id: 'sdg-3.1-maternal-mortality',
  concept: 'maternal-mortality-ratio',
  scope: 'global',
  kind: 'sdg-target',
  value: 70,
  year: 2030,
  source: 'A/RES/70/1',
  sourceUrl: 'https://undocs.org/A/RES/70/1',
  note: 'Target 3.1',
};
const SEATS: TargetRecord = {
  id: 'kaz-seats',
  concept: 'women-parliament-seats',
  scope: 'KAZ',
  kind: 'national-target',
  value: 30,
  source: 'a national plan',
};
const QUOTA: QuotaFact = {
  id: 'kaz-mazhilis-party-lists',
  country: 'KAZ',
  body: 'lower-chamber',
  kind: 'legislated-candidate-quota',
  appliesTo: 'candidate-lists',
  threshold: 30,
  groups: ['women', 'youth', 'women-with-disabilities'],
  source: 'statement',
  sourceKind: 'statement',
};

describe('targets in the store', () => {
  it('writes a file’s rows and reads them back as written, absent fields absent', async () => {
    const counts = await replaceTargetsOfFile(store.db, { name: 'a.csv', sha256: 'h1' }, [MMR, SEATS]);
    expect(counts).toEqual({ removed: 0, inserted: 2 });
    expect(await readTargetRecords(store.db)).toEqual([SEATS, MMR]);
    expect(await isTableFileLoaded(store.db, 'target', 'a.csv', 'h1')).toBe(true);
    expect(await isTableFileLoaded(store.db, 'target', 'a.csv', 'h2')).toBe(false);
  });

  it('replaces only the rows of the same file', async () => {
    await replaceTargetsOfFile(store.db, { name: 'b.csv', sha256: 'hb' }, [{ ...SEATS, id: 'b-row' }]);
    const counts = await replaceTargetsOfFile(store.db, { name: 'a.csv', sha256: 'h2' }, [MMR]);
    expect(counts).toEqual({ removed: 2, inserted: 1 });
    expect((await readTargetRecords(store.db)).map((t) => t.id)).toEqual([
      'b-row',
      'sdg-3.1-maternal-mortality',
    ]);
  });

  it('names the ids another file holds', async () => {
    expect(
      await idsFromOtherFiles(store.db, 'target', ['b-row', 'sdg-3.1-maternal-mortality', 'new'], 'a.csv'),
    ).toEqual([{ id: 'b-row', fileName: 'b.csv' }]);
    expect(await idsFromOtherFiles(store.db, 'target', [], 'a.csv')).toEqual([]);
  });
});

describe('quotas in the store', () => {
  it('writes and reads a quota with its groups in order, filtered by country', async () => {
    await replaceQuotasOfFile(store.db, { name: 'q.csv', sha256: 'hq' }, [
      QUOTA,
      { ...QUOTA, id: 'kgz', country: 'KGZ', adopted: '2011', sourceKind: 'legal-act', note: 'n' },
    ]);
    expect(await readQuotaFacts(store.db, 'KAZ')).toEqual([QUOTA]);
    expect((await readQuotaFacts(store.db)).map((q) => q.id)).toEqual(['kaz-mazhilis-party-lists', 'kgz']);
  });

  it('refuses what the schema forbids: a threshold above 100, a country not in the area table', async () => {
    await expect(
      replaceQuotasOfFile(store.db, { name: 'x.csv', sha256: 'x' }, [{ ...QUOTA, id: 'x', threshold: 120 }]),
    ).rejects.toThrow(/check constraint/);
    await expect(
      replaceQuotasOfFile(store.db, { name: 'y.csv', sha256: 'y' }, [{ ...QUOTA, id: 'y', country: 'UZB' }]),
    ).rejects.toThrow(/foreign key/);
  });
});
