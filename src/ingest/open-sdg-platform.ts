import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { countryByIso3 } from '../catalog/countries.ts';
import { FatalImportError } from './diagnostic.ts';
import { loadOpenSdgLabels, type OpenSdgLabels } from './open-sdg-labels.ts';
import type { SourceInfo } from './types.ts';

/**
 * A national Open SDG platform, described by data so that a third platform is added by writing a
 * `platform.json`, not code. `sdmx-coded` platforms (Kazakhstan) write SDMX codes in the cells and
 * keep English labels in translation files; `labelled` platforms (UK) write readable labels.
 */
export interface OpenSdgPlatform extends Omit<SourceInfo, 'edition'> {
  /** ISO3 of the platform's country: the area of every observation. */
  readonly country: string;
  /** Default edition (the data commit's date); `ParseInput.edition` overrides it. */
  readonly edition: string;
  readonly layout: 'sdmx-coded' | 'labelled';
  /** Folder of the indicator CSVs. */
  readonly dataDir: string;
  /** Code → English label, by dimension key (sdmx-coded platforms). */
  readonly labels?: OpenSdgLabels;
}

const platformFile = z
  .object({
    country: z.string().regex(/^[A-Z]{3}$/),
    dataset: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    edition: z.string().min(1),
    licence: z.string().min(1),
    licenceUrl: z.url().optional(),
    redistribution: z.boolean(),
    url: z.url().optional(),
    /** Where the files were copied from (`owner/repo@commit`); documentation only. */
    repository: z.string().optional(),
    citation: z.string().min(1),
    layout: z.enum(['sdmx-coded', 'labelled']),
    /** Folder of the CSVs, relative to platform.json. */
    data: z.string().default('data'),
    /** Folder of the `<CONCEPT>.yml` label files, relative to platform.json. */
    labels: z.string().optional(),
  })
  .strict();

export const PLATFORM_FILE = 'platform.json';

/**
 * Reads `<dir>/platform.json` (see data/open-sdg-kazstat/platform.json) and the labels it points
 * to. `dir` may also be the platform's `data` folder itself: platform.json is then looked for one
 * level up. Throws FatalImportError when there is no platform.json, when it does not match the
 * expected shape (each problem named), or when its country is not an ISO3 code.
 */
export async function loadOpenSdgPlatform(dir: string): Promise<OpenSdgPlatform> {
  const root = await platformRoot(dir);
  const path = join(root, PLATFORM_FILE);
  const fail = (message: string): never => {
    throw new FatalImportError({ file: path, line: 0, message });
  };
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    fail(`not readable as JSON: ${(e as Error).message}`);
  }
  const parsed = platformFile.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    return fail(`not a valid platform description: ${problems.join('; ')}`);
  }
  const p = parsed.data;
  if (!countryByIso3(p.country)) fail(`country: expected an ISO 3166-1 alpha-3 code, got "${p.country}"`);
  if (p.layout === 'sdmx-coded' && !p.labels) fail('labels: an sdmx-coded platform needs its labels folder');
  const { data, labels, ...facts } = p;
  delete facts.repository; // documentation only, not a source field
  return {
    ...facts,
    dataDir: join(root, data),
    ...(labels ? { labels: await loadOpenSdgLabels(join(root, labels)) } : {}),
  };
}

async function platformRoot(dir: string): Promise<string> {
  if (await exists(join(dir, PLATFORM_FILE))) return dir;
  const parent = dirname(dir);
  if (basename(dir) === 'data' && (await exists(join(parent, PLATFORM_FILE)))) return parent;
  throw new FatalImportError({
    file: dir,
    line: 0,
    message: `no ${PLATFORM_FILE} here: expected an Open SDG platform folder with a ${PLATFORM_FILE} describing the platform (country, publisher, licence, layout) and a data/ folder of indicator_*.csv files`,
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The source row of a platform's file; `edition` overrides the platform's default edition. */
export function openSdgSource(platform: OpenSdgPlatform, edition?: string): SourceInfo {
  return {
    dataset: platform.dataset,
    publisher: platform.publisher,
    title: platform.title,
    edition: edition ?? platform.edition,
    licence: platform.licence,
    ...(platform.licenceUrl ? { licenceUrl: platform.licenceUrl } : {}),
    redistribution: platform.redistribution,
    ...(platform.url ? { url: platform.url } : {}),
    citation: platform.citation,
  };
}
