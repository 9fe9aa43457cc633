/**
 * `npm run api:types`: writes the web app's API types (src/web/api/openapi-types.ts) from the
 * OpenAPI document the server serves at `/api/openapi.json`, so the web never restates a response
 * shape by hand. The document is built in-process from the app's routes; building it needs no
 * database, and `api-types-gen.test.ts` fails when the committed file is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { pino } from 'pino';
import * as prettier from 'prettier';
import type { Database } from '../../store/database.ts';
import { createApp } from '../app.ts';
import { API_INFO } from './openapi.ts';

/** The generated file, from the repository root. */
export const API_TYPES_FILE = 'src/web/api/openapi-types.ts';
export const API_TYPES_COMMAND = 'npm run api:types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const API_TYPES_PATH = `${ROOT}${API_TYPES_FILE}`;

const HEADER = `/* eslint-disable max-lines -- generated: the whole API in one file */
/*
 * GENERATED FILE: do not edit. \`${API_TYPES_COMMAND}\` (src/server/api/api-types-gen.ts) writes it
 * with openapi-typescript from the OpenAPI document the server serves at /api/openapi.json, which is
 * built from the zod schemas in src/server/api. Change a schema there and rerun the command.
 */
`;

/**
 * A store that is never reached: the routes only close over it, and the document is built from
 * their schemas. Touching it means a route started to need data at build time, which should fail.
 */
const NO_DATABASE = new Proxy(
  {},
  {
    get(_target, key) {
      throw new Error(`the OpenAPI document must not need the database (it read ${String(key)})`);
    },
  },
) as unknown as Kysely<Database>;

/** The document exactly as `GET /api/openapi.json` answers it. */
export function apiDocument(): OpenAPI3 {
  const app = createApp({ db: NO_DATABASE, storeKind: 'pglite', logger: pino({ level: 'silent' }) });
  return app.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO }) as unknown as OpenAPI3;
}

/** The text of src/web/api/openapi-types.ts for the current schemas, formatted as the repository is. */
export async function renderApiTypes(): Promise<string> {
  // Responses are never changed by the web: readonly properties and arrays, as its types always were.
  const ast = await openapiTS(apiDocument(), { immutable: true, silent: true });
  const text = HEADER + '\n' + astToString(ast);
  const config = await prettier.resolveConfig(API_TYPES_PATH);
  return prettier.format(text, { ...config, filepath: API_TYPES_PATH });
}

/**
 * Why the committed file is not what the schemas generate now (its first differing line and the
 * command that fixes it), or null when it is.
 */
export function staleness(expected: string, actual: string | null): string | null {
  const fix = `run \`${API_TYPES_COMMAND}\` and commit ${API_TYPES_FILE}`;
  if (actual === null) return `${API_TYPES_FILE} is missing: ${fix}`;
  if (expected === actual) return null;
  const want = expected.split('\n');
  const have = actual.split('\n');
  let line = 0;
  while (line < want.length && want[line] === have[line]) line += 1;
  const shown = (text: string | undefined): string => (text === undefined ? '(end of file)' : text.trim());
  return (
    `${API_TYPES_FILE} is out of date with the server's schemas: ${fix}. ` +
    `First difference at line ${line + 1}: expected ${shown(want[line])}, found ${shown(have[line])}`
  );
}

/** The committed file's text, or null when there is none. */
export async function committedApiTypes(): Promise<string | null> {
  return readFile(API_TYPES_PATH, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return null;
    throw err;
  });
}

async function main(): Promise<void> {
  const text = await renderApiTypes();
  await writeFile(API_TYPES_PATH, text);
  process.stdout.write(`wrote ${API_TYPES_FILE} (${text.split('\n').length} lines)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`api:types: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
