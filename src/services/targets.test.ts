import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { loadParityTable } from './load-parity-tables.ts';
import { BUNDLED_DATA_DIR } from './seed.ts';
import { listTargets, parityTargets, targetsFor } from './targets.ts';

let store: Store;
let dir: string;
beforeAll(async () => {
  store = await openTestStore();
  dir = mkdtempSync(join(tmpdir(), 'parity-targets-'));
  // Made-up national and regional rows, to see the order of specificity; the SDG rows are the bundled ones.
  const extra = join(dir, 'extra.csv');
  writeFileSync(
    extra,
    'id,concept,scope,kind,value,year,source,source_url,note\n' +
      'kaz-seats-2030,women-parliament-seats,KAZ,national-target,30,2030,test,,\n' +
      'gbr-seats,women-parliament-seats,GBR,national-target,45,,test,,\n' +
      'ca-seats,women-parliament-seats,region:central-asia,sdg-target,35,2030,test,,\n',
  );
  for (const [table, path] of [
    ['targets', join(BUNDLED_DATA_DIR, 'parity/targets.csv')],
    ['targets', extra],
  ] as const) {
    const r = await loadParityTable(store.db, table, path);
    if (r.status !== 'loaded') throw new Error(JSON.stringify(r));
  }
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe(parityTargets, () => {
  it('derives one target per parity indicator with a parity value: 50 for shares, 1 for the GDI', () => {
    expect(parityTargets().map((t) => [t.indicator, t.value])).toEqual([
      ['hdr.gdi', 1],
      ['hdr.pr', 50],
      ['wdi.SG.GEN.PARL.ZS', 50],
      ['unsd.ministers', 50],
      ['unsd.parl_seats', 50],
      ['unsd.local_seats', 50],
      ['unsd.managers', 50],
      ['sdg.5.5.1', 50],
      ['sdg.5.5.2', 50],
    ]);
    expect(parityTargets()[0]).toMatchObject({
      id: 'parity.hdr.gdi',
      concept: 'gdi',
      scope: 'global',
      kind: 'parity',
      label: 'parity 1',
      note: 'Equality of women and men: a female-to-male ratio of 1.',
    });
    expect(parityTargets().some((t) => t.year !== undefined)).toBe(false);
  });
});

describe(listTargets, () => {
  it('lists the file targets and the derived parity targets', async () => {
    const all = value(await listTargets(store.db));
    expect(all).toHaveLength(8 + 3 + 9);
    expect(all.find((t) => t.id === 'sdg-3.1-maternal-mortality')).toMatchObject({
      value: 70,
      year: 2030,
      label: 'SDG target 70 by 2030',
    });
  });

  it.each<[string, Parameters<typeof listTargets>[1], string[]]>([
    [
      'a concept, every scope',
      { concept: 'women-managers' },
      ['sdg-5.5-managers', 'parity.sdg.5.5.2', 'parity.unsd.managers'],
    ],
    [
      'an indicator: its concept and its own parity',
      { indicator: 'hdr.mmr' },
      ['sdg-3.1-maternal-mortality'],
    ],
    [
      'Kazakhstan: national, Central Asia, SDG, parity',
      { indicator: 'hdr.pr', area: 'kaz' },
      ['kaz-seats-2030', 'ca-seats', 'sdg-5.5-parliament-seats', 'parity.hdr.pr'],
    ],
    [
      'the UK: no Central Asian target',
      { indicator: 'hdr.pr', area: 'GBR' },
      ['gbr-seats', 'sdg-5.5-parliament-seats', 'parity.hdr.pr'],
    ],
    ['a concept without targets', { concept: 'hdi' }, []],
  ])('%s', async (_what, filter, expected) => {
    expect(value(await listTargets(store.db, filter)).map((t) => t.id)).toEqual(expected);
  });

  it('labels national and regional targets with their scope', async () => {
    const list = value(await listTargets(store.db, { indicator: 'hdr.pr', area: 'KAZ' }));
    expect(list.map((t) => t.label)).toEqual([
      'national target (KAZ) 30 by 2030',
      'SDG target (region:central-asia) 35 by 2030',
      'SDG target 50 by 2030',
      'parity 50',
    ]);
  });

  it.each<[Parameters<typeof listTargets>[1], string, string]>([
    [
      { concept: 'seats' },
      'concept',
      'unknown concept "seats": expected a concept key of the indicator catalogue such as women-parliament-seats',
    ],
    [
      { indicator: 'hdr.PR' },
      'indicator',
      'unknown indicator "hdr.PR": expected a catalogue code such as hdr.pr',
    ],
    [{ area: 'XYZ' }, 'area', 'unknown country "XYZ": expected an ISO 3166-1 alpha-3 code such as KAZ'],
  ])('%j is not found, naming the parameter', async (filter, param, message) => {
    expect(await listTargets(store.db, filter)).toEqual({ ok: false, kind: 'not-found', param, message });
  });
});

describe(targetsFor, () => {
  it('gives the applicable targets of one indicator in one country, most specific first', async () => {
    const list = value(await targetsFor(store.db, 'unsd.parl_seats', 'KAZ'));
    expect(list.map((t) => [t.kind, t.scope, t.value, t.year])).toEqual([
      ['national-target', 'KAZ', 30, 2030],
      ['sdg-target', 'region:central-asia', 35, 2030],
      ['sdg-target', 'global', 50, 2030],
      ['parity', 'global', 50, undefined],
    ]);
  });
});
