import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyRows, storeOptionsFromEnv, type Store } from './connect.ts';
import { openTestStore } from './test-store.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await sql`CREATE TABLE copy_probe (area text PRIMARY KEY, hdi float8 NOT NULL, note text)`.execute(
    store.db,
  );
});
afterAll(() => store.close());
beforeEach(async () => {
  await sql`TRUNCATE copy_probe`.execute(store.db);
});

async function probe(): Promise<{ area: string; hdi: number; note: string | null }[]> {
  const { rows } = await sql<{ area: string; hdi: number; note: string | null }>`
    SELECT area, hdi, note FROM copy_probe ORDER BY area`.execute(store.db);
  return rows;
}

// HDR25 HDI 2023 and HDI group (data/undp-hdr): Kazakhstan, Kyrgyzstan, Uzbekistan; a tab kept in one note.
const HDI_2023 = ['KAZ\t0.837\t\\N\n', 'KGZ\t0.72\tHigh\\thuman development\n', 'UZB\t0.74\t\\N\n'];
const EXPECTED = [
  { area: 'KAZ', hdi: 0.837, note: null },
  { area: 'KGZ', hdi: 0.72, note: 'High\thuman development' },
  { area: 'UZB', hdi: 0.74, note: null },
];

function* lazily(pieces: readonly string[]): Generator<string> {
  yield* pieces;
}

describe(copyRows, () => {
  it.each([
    ['an array', () => HDI_2023],
    ['a generator', () => lazily(HDI_2023)],
    ['one piece', () => [HDI_2023.join('')]],
  ])('copies COPY text from %s and returns the row count', async (_, data) => {
    expect(await copyRows(store.db, 'copy_probe (area, hdi, note)', data())).toBe(3);
    expect(await probe()).toEqual(EXPECTED);
  });

  it("runs on a transaction's connection: the rows commit and roll back with it", async () => {
    await expect(
      store.db.transaction().execute(async (trx) => {
        await copyRows(trx, 'copy_probe', HDI_2023);
        expect(
          (await sql<{ n: number }>`SELECT count(*)::int AS n FROM copy_probe`.execute(trx)).rows,
        ).toEqual([{ n: 3 }]);
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await probe()).toEqual([]);
    await store.db.transaction().execute((trx) => copyRows(trx, 'copy_probe', HDI_2023));
    expect(await probe()).toEqual(EXPECTED);
  });

  it('copies nothing from no pieces', async () => {
    expect(await copyRows(store.db, 'copy_probe', [])).toBe(0);
    expect(await probe()).toEqual([]);
  });

  it.each([
    [
      'a value of the wrong type',
      ['KAZ\tnot a number\t\\N\n'],
      /invalid input syntax for type double precision/,
    ],
    ['a missing column', ['KAZ\n'], /missing data for column "hdi"/],
    ['a duplicate key', [...HDI_2023, 'KAZ\t0.837\t\\N\n'], /duplicate key value/],
  ])('throws the server error for %s, copies nothing, and the store stays usable', async (_, data, error) => {
    await expect(copyRows(store.db, 'copy_probe', data)).rejects.toThrow(error);
    expect(await probe()).toEqual([]);
    expect(await copyRows(store.db, 'copy_probe', HDI_2023)).toBe(3);
  });
});

describe(storeOptionsFromEnv, () => {
  it.each([
    [{}, {}],
    [{ DATABASE_URL: 'postgres://u@h/db' }, { databaseUrl: 'postgres://u@h/db' }],
    [{ PARITY_DATA_DIR: '/var/parity' }, { dataDir: '/var/parity' }],
  ])('reads %j', (env, options) => {
    expect(storeOptionsFromEnv(env)).toEqual(options);
  });
});
