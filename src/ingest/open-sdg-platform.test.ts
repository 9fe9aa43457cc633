import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FatalImportError } from './diagnostic.ts';
import { loadOpenSdgPlatform, openSdgSource } from './open-sdg-platform.ts';

async function withPlatform(json: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'platform-'));
  await writeFile(join(dir, 'platform.json'), typeof json === 'string' ? json : JSON.stringify(json));
  return dir;
}

const VALID = {
  country: 'ARM',
  dataset: 'open-sdg-arm',
  title: 'Armenia SDG data',
  publisher: 'Statistical Committee of the Republic of Armenia',
  edition: '2025-01-01',
  licence: 'CC BY 4.0',
  redistribution: true,
  citation: 'Armstat',
  layout: 'labelled',
};

describe(loadOpenSdgPlatform, () => {
  it.each([
    ['data/open-sdg-kazstat', 'KAZ', 'open-sdg-kaz', 'sdmx-coded', '2024-10-24', true],
    ['data/open-sdg-kazstat/data', 'KAZ', 'open-sdg-kaz', 'sdmx-coded', '2024-10-24', true],
    ['data/open-sdg-ons-uk', 'GBR', 'open-sdg-gbr', 'labelled', '2025-09-24', false],
  ])('reads %s', async (dir, country, dataset, layout, edition, hasLabels) => {
    const p = await loadOpenSdgPlatform(dir);
    expect(p).toMatchObject({ country, dataset, layout, edition, redistribution: true });
    expect(p.dataDir.replace(/\/$/, '')).toMatch(/data\/open-sdg-[a-z-]+\/data$/);
    expect(p.labels !== undefined).toBe(hasLabels);
  });

  it('adds a third platform from data alone', async () => {
    const dir = await withPlatform(VALID);
    const p = await loadOpenSdgPlatform(dir);
    expect(p).toMatchObject({ country: 'ARM', layout: 'labelled', dataDir: join(dir, 'data') });
    expect(p.labels).toBeUndefined();
  });

  it.each([
    [{ ...VALID, country: 'Armenia' }, /country: Invalid string/],
    [{ ...VALID, country: 'XXX' }, /country: expected an ISO 3166-1 alpha-3 code, got "XXX"/],
    [{ ...VALID, layout: 'wide' }, /layout: /],
    [{ ...VALID, redistribution: 'yes' }, /redistribution: /],
    [{ ...VALID, licence: undefined }, /licence: /],
    [{ ...VALID, licnce: 'typo' }, /licnce/],
    [{ ...VALID, layout: 'sdmx-coded' }, /labels: an sdmx-coded platform needs its labels folder/],
    ['{ not json', /not readable as JSON/],
  ])('refuses a wrong platform.json (%j)', async (json, message) => {
    const dir = await withPlatform(json);
    await expect(loadOpenSdgPlatform(dir)).rejects.toThrow(FatalImportError);
    await expect(loadOpenSdgPlatform(dir)).rejects.toThrow(message);
  });
});

describe(openSdgSource, () => {
  it('is the platform facts with the edition, overridable', async () => {
    const p = await loadOpenSdgPlatform('data/open-sdg-ons-uk');
    expect(openSdgSource(p)).toEqual({
      dataset: 'open-sdg-gbr',
      publisher: 'Office for National Statistics (ONS), UK',
      title: 'UK SDG national reporting data (Open SDG data), Goal 5',
      edition: '2025-09-24',
      licence: 'Open Government Licence v3.0',
      licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      redistribution: true,
      url: 'https://sdgdata.gov.uk',
      citation:
        'Contains public sector information licensed under the Open Government Licence v3.0 (Office for National Statistics, UK SDG data, sdgdata.gov.uk, 2025-09-24)',
    });
    expect(openSdgSource(p, 'x').edition).toBe('x');
  });
});
