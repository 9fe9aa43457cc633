import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorByCode } from '../catalog/index.ts';
import type { Store } from './connect.ts';
import { insertImportRun, upsertSource } from './import-writes.ts';
import { copyText, upsertObservations, type ObservationRow } from './observation-writes.ts';
import { insertMissingAreas, upsertIndicators } from './reference-writes.ts';
import { openTestStore } from './test-store.ts';

/** One HDR observation for a year; `sex` becomes the one dimension. */
function obs(
  indicatorCode: string,
  areaCode: string,
  year: number,
  value: number | null,
  more: Partial<ObservationRow> & { sex?: 'F' | 'M' } = {},
): ObservationRow {
  const { sex, ...rest } = more;
  return {
    indicatorCode,
    areaCode,
    period: String(year),
    periodStart: year,
    periodEnd: year,
    dimsKey: sex ? `sex=${sex}` : '',
    dims: sex ? { sex } : {},
    value,
    valueText: null,
    status: null,
    footnote: null,
    ...rest,
  };
}

// Published values: data/undp-hdr/HDR25_… and HDR23-24_Composite_indices_complete_time_series.csv.
const HDR25 = [
  obs('hdr.hdi', 'KAZ', 2022, 0.831),
  obs('hdr.hdi', 'KAZ', 2023, 0.837),
  obs('hdr.gii', 'KAZ', 2023, 0.182),
  obs('hdr.mmr', 'KAZ', 2023, 13.38363194),
  obs('hdr.le', 'KAZ', 2023, 78.394, { sex: 'F' }),
  obs('hdr.le', 'KAZ', 2023, 70.112, { sex: 'M' }),
  obs('hdr.hdi', 'UZB', 2023, 0.74),
  obs('hdr.gii', 'UZB', 2023, 0.291),
];
const HDR23_24 = [
  obs('hdr.hdi', 'KAZ', 2022, 0.802),
  obs('hdr.gii', 'KAZ', 2022, 0.177),
  obs('hdr.hdi', 'UZB', 2022, 0.727),
];

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await insertMissingAreas(store.db, [
    { code: 'KAZ', kind: 'country', names: { en: 'Kazakhstan' } },
    { code: 'UZB', kind: 'country', names: { en: 'Uzbekistan' } },
  ]);
  await upsertIndicators(
    store.db,
    ['hdr.hdi', 'hdr.gii', 'hdr.mmr', 'hdr.le'].map((code) => {
      const i = indicatorByCode(code);
      if (!i) throw new Error(`${code} is not in the catalogue`);
      return { ...i, names: i.name, concept: i.concept, conceptNote: i.conceptNote ?? null };
    }),
  );
});
afterAll(() => store.close());

let editions = 0;
/** A new source edition (unique per call, so tests do not see each other's rows) and one import run. */
async function edition(): Promise<{ sourceId: number; runId: number; run: () => Promise<number> }> {
  const sourceId = await upsertSource(store.db, {
    dataset: 'undp-hdr-composite',
    edition: `TEST${++editions}`,
    publisher: 'UNDP Human Development Report Office',
    title: 'Human Development Report: composite indices, complete time series',
    licence: 'CC BY 3.0 IGO',
    redistribution: true,
    citation: 'UNDP',
  });
  const run = () =>
    insertImportRun(store.db, {
      sourceId,
      importer: 'hdr',
      fileName: 'HDR.csv',
      sha256: '',
      bytes: 0,
      startedAt: new Date(),
      finishedAt: new Date(),
      runBy: 'test',
      status: 'succeeded',
      linesRead: 0,
      notes: [],
    });
  return { sourceId, runId: await run(), run };
}

/** The stored rows of an edition, in key order, as ObservationRows plus the run that wrote each. */
async function stored(sourceId: number): Promise<(ObservationRow & { runId: number })[]> {
  const rows = await store.db
    .selectFrom('observation')
    .selectAll()
    .where('source_id', '=', sourceId)
    .orderBy('indicator_code')
    .orderBy('area_code')
    .orderBy('period')
    .orderBy('dims_key')
    .execute();
  return rows.map((r) => ({
    indicatorCode: r.indicator_code,
    areaCode: r.area_code,
    period: r.period,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    dimsKey: r.dims_key,
    dims: r.dims,
    value: r.value,
    valueText: r.value_text,
    status: r.status,
    footnote: r.footnote,
    runId: r.import_run_id,
  }));
}

const byKey = (a: ObservationRow, b: ObservationRow) =>
  `${a.indicatorCode}|${a.areaCode}|${a.period}|${a.dimsKey}` <
  `${b.indicatorCode}|${b.areaCode}|${b.period}|${b.dimsKey}`
    ? -1
    : 1;
const withRun = (rows: readonly ObservationRow[], runId: number) =>
  [...rows].sort(byKey).map((r) => ({ ...r, runId }));

describe(upsertObservations, () => {
  it('inserts a new edition and reads every row back as written', async () => {
    const { sourceId, runId } = await edition();
    const progress: number[] = [];
    const counts = await upsertObservations(store.db, sourceId, runId, HDR25, (n) => progress.push(n));
    expect(counts).toEqual({ inserted: 8, updated: 0, unchanged: 0 });
    expect(progress).toEqual([8]);
    expect(await stored(sourceId)).toEqual(withRun(HDR25, runId));
  });

  it('counts a re-import of the same rows as unchanged and leaves them as they were', async () => {
    const { sourceId, runId, run } = await edition();
    await upsertObservations(store.db, sourceId, runId, HDR25);
    const again = await upsertObservations(store.db, sourceId, await run(), HDR25);
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 8 });
    expect(await stored(sourceId)).toEqual(withRun(HDR25, runId));
  });

  it('updates a changed value, adds a new row, and leaves the rest unchanged', async () => {
    const { sourceId, runId, run } = await edition();
    await upsertObservations(store.db, sourceId, runId, HDR23_24);
    // A corrected file of the same edition: KAZ 2022 HDI as HDR25 revised it, and UZB's GII added.
    const revised = [obs('hdr.hdi', 'KAZ', 2022, 0.831), HDR23_24[1]!, HDR23_24[2]!];
    const added = obs('hdr.gii', 'UZB', 2022, 0.242);
    const second = await run();
    const counts = await upsertObservations(store.db, sourceId, second, [...revised, added]);
    expect(counts).toEqual({ inserted: 1, updated: 1, unchanged: 2 });
    expect(await stored(sourceId)).toEqual(
      [
        { ...revised[0]!, runId: second },
        { ...revised[1]!, runId },
        { ...revised[2]!, runId },
        { ...added, runId: second },
      ].sort(byKey),
    );
  });

  it.each<[string, Partial<ObservationRow>]>([
    ['footnote', { footnote: 'Refers to 2021.' }],
    ['status', { status: 'estimated' }],
    ['value text', { value: null, valueText: '..' }],
  ])('counts a changed %s as updated', async (_, change) => {
    const { sourceId, runId, run } = await edition();
    await upsertObservations(store.db, sourceId, runId, HDR23_24);
    const counts = await upsertObservations(store.db, sourceId, await run(), [
      { ...HDR23_24[0]!, ...change },
      ...HDR23_24.slice(1),
    ]);
    expect(counts).toEqual({ inserted: 0, updated: 1, unchanged: 2 });
  });

  it('leaves another edition untouched', async () => {
    const older = await edition();
    await upsertObservations(store.db, older.sourceId, older.runId, HDR23_24);
    const newer = await edition();
    const counts = await upsertObservations(store.db, newer.sourceId, newer.runId, HDR25);
    // Same keys (KAZ 2022 HDI) in both editions: a new row beside the old one, not an update.
    expect(counts).toEqual({ inserted: 8, updated: 0, unchanged: 0 });
    expect(await stored(older.sourceId)).toEqual(withRun(HDR23_24, older.runId));
    expect(await stored(newer.sourceId)).toEqual(withRun(HDR25, newer.runId));
  });

  it('keeps text with tabs, newlines, backslashes, quotes and non-Latin letters, and exact numbers', async () => {
    const { sourceId, runId } = await edition();
    const rows = [
      obs('hdr.mmr', 'KAZ', 2020, 13.38363194, {
        footnote: 'a\tb\nc\\d\r"e" — Қазақстан',
        status: 'back\\slash',
      }),
      obs('hdr.le', 'UZB', 2023, 1e-7, { sex: 'F', valueText: 'tab\there' }),
      obs('hdr.gii', 'UZB', 2022, 0.1 + 0.2, {
        period: '2015-2019',
        periodStart: 2015,
        periodEnd: 2019,
        dims: { sex: 'F', note: 'say "\\n"' },
        dimsKey: 'note=say "\\n";sex=F',
      }),
    ];
    await upsertObservations(store.db, sourceId, runId, rows);
    expect(await stored(sourceId)).toEqual(withRun(rows, runId));
  });

  it('writes nothing and counts nothing for no rows', async () => {
    const { sourceId, runId } = await edition();
    expect(await upsertObservations(store.db, sourceId, runId, [])).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 0,
    });
  });

  it.each<[string, (e: { sourceId: number; runId: number }) => [number, number, ObservationRow[]], RegExp]>([
    [
      'an indicator',
      (e) => [e.sourceId, e.runId, [...HDR25, obs('hdr.nope', 'KAZ', 2023, 1)]],
      /indicator hdr\.nope/,
    ],
    ['an area', (e) => [e.sourceId, e.runId, [...HDR25, obs('hdr.hdi', 'XKX', 2023, 0.8)]], /area XKX/],
    ['the import run', (e) => [e.sourceId, 999_999, HDR25], /import run 999999/],
    ['the source', (e) => [999_998, e.runId, HDR25], /source 999998/],
  ])('throws naming %s the store lacks, and nothing remains', async (_, args, message) => {
    const e = await edition();
    const [sourceId, runId, rows] = args(e);
    await expect(
      store.db.transaction().execute((trx) => upsertObservations(trx, sourceId, runId, rows)),
    ).rejects.toThrow(message);
    expect(await stored(sourceId)).toEqual([]);
    expect(await stored(e.sourceId)).toEqual([]);
  });

  it.each([
    ['a new edition', false],
    ['an edition already there', true],
  ])(
    'is atomic on its own for %s: a failure after a write leaves the edition as it was',
    async (_, existing) => {
      const { sourceId, runId, run } = await edition();
      if (existing) await upsertObservations(store.db, sourceId, runId, HDR23_24);
      const before = await stored(sourceId);
      const changed = [obs('hdr.hdi', 'KAZ', 2022, 0.831), obs('hdr.hdi', 'KAZ', 2023, 0.837)];
      const fail = () => {
        throw new Error('progress display crashed');
      };
      await expect(upsertObservations(store.db, sourceId, await run(), changed, fail)).rejects.toThrow(
        'progress display crashed',
      );
      expect(await stored(sourceId)).toEqual(before);
    },
  );
});

describe(copyText, () => {
  it.each<[string, ObservationRow, string]>([
    [
      'a total',
      obs('hdr.hdi', 'KAZ', 2022, 0.831),
      '7\thdr.hdi\tKAZ\t2022\t2022\t2022\t\t{}\t0.831\t\\N\t\\N\t\\N\t9\n',
    ],
    [
      'a sex dimension',
      obs('hdr.le', 'KAZ', 2023, 78.394, { sex: 'F' }),
      '7\thdr.le\tKAZ\t2023\t2023\t2023\tsex=F\t{"sex":"F"}\t78.394\t\\N\t\\N\t\\N\t9\n',
    ],
    [
      'text with escapes',
      obs('hdr.mmr', 'KAZ', 2023, null, { valueText: '..', footnote: 'a\tb\nc\\d\re' }),
      '7\thdr.mmr\tKAZ\t2023\t2023\t2023\t\t{}\t\\N\t..\t\\N\ta\\tb\\nc\\\\d\\re\t9\n',
    ],
    [
      'a JSON backslash',
      obs('hdr.gii', 'UZB', 2023, 0.291, { dims: { note: 'a"b' }, dimsKey: 'note=a"b' }),
      '7\thdr.gii\tUZB\t2023\t2023\t2023\tnote=a"b\t{"note":"a\\\\"b"}\t0.291\t\\N\t\\N\t\\N\t9\n',
    ],
  ])('writes %s as one COPY text line', (_, row, line) => {
    expect([...copyText([row], 0, 1, '7\t', '\t9')]).toEqual([line]);
  });

  it('yields the window from..to in pieces of 250 rows', () => {
    const rows = Array.from({ length: 700 }, (_, i) => obs('hdr.hdi', 'KAZ', 1990 + (i % 34), i / 1000));
    const pieces = [...copyText(rows, 50, 650, '', '')];
    expect(pieces.map((p) => p.split('\n').length - 1)).toEqual([250, 250, 100]);
    expect(pieces[0]!.startsWith('hdr.hdi\tKAZ\t2006\t2006\t2006\t\t{}\t0.05\t')).toBe(true);
    expect([...copyText(rows, 690, 800, '', '')].join('').split('\n')).toHaveLength(11);
  });
});
