import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

/** Where `npm run build:web` writes the web app (what the server serves). */
export const WEB_DIST = fileURLToPath(new URL('../dist/web/', import.meta.url));
const WEB_SRC = fileURLToPath(new URL('../src/web/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface Chunk {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** A route's chunk loaded on demand (`import()` from the entry), with what it pulls in statically. */
export interface LazyPage {
  readonly page: string;
  /** The page chunk and its static imports not already in the initial load. */
  readonly chunks: readonly Chunk[];
  readonly gzip: number;
  readonly largest: Chunk;
}

export interface WebSize {
  /** Whether this run built the app (dist/web was missing or older than src/web). */
  readonly built: boolean;
  /** Every script and modulepreload index.html names: what the browser loads before any route. */
  readonly initial: readonly Chunk[];
  readonly initialGzip: number;
  readonly pages: readonly LazyPage[];
}

/**
 * The web app's JavaScript sizes, gzipped with node:zlib at its default level (6, what servers
 * typically use). Builds first with `npm run build:web` when dist/web/index.html is missing or older
 * than any file under src/web. The initial load is what index.html references; each page is a
 * chunk the initial code imports dynamically, with its static imports.
 */
export async function measureWebSize(dist = WEB_DIST): Promise<WebSize> {
  const built = await buildIfStale(dist);
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const chunk = chunkReader(dist);
  const initial = await Promise.all(initialScripts(html).map(chunk));
  const have = new Set(initial.map((c) => c.file));
  const pageFiles = new Set<string>();
  for (const c of initial) for (const f of dynamicImports(await source(dist, c.file))) pageFiles.add(f);
  const pages: LazyPage[] = [];
  for (const file of [...pageFiles].sort()) {
    const chunks = await Promise.all((await staticClosure(dist, file, have)).map(chunk));
    const largest = chunks.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    pages.push({ page: basename(file).replace(/-[\w-]{8}\.js$/, ''), chunks, gzip: sum(chunks), largest });
  }
  return { built, initial, initialGzip: sum(initial), pages };
}

/** Paths (relative to the web root, no leading slash) of `<script src>` and `<link rel="modulepreload">`. */
export function initialScripts(html: string): string[] {
  const files: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const ref = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (ref && !/^[a-z]+:/i.test(ref)) files.push(ref.replace(/^\.?\//, ''));
  }
  return files;
}

// Vite's output is `import{…}from"./x.js"` / `import"./x.js"` for static imports and
// `import("./x.js")` for lazy ones; the paths are relative to the importing chunk.
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
}

function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["']\.\/([^"']+\.js)["']\s*\)/g)].map((m) => `assets/${m[1]!}`);
}

async function staticClosure(dist: string, file: string, exclude: ReadonlySet<string>): Promise<string[]> {
  const seen = new Set<string>([file]);
  const queue = [file];
  for (let f = queue.shift(); f; f = queue.shift()) {
    for (const dep of staticImports(await source(dist, f)).map((d) => `assets/${d}`)) {
      if (exclude.has(dep) || seen.has(dep)) continue;
      seen.add(dep);
      queue.push(dep);
    }
  }
  return [...seen];
}

function chunkReader(dist: string): (file: string) => Promise<Chunk> {
  return async (file) => {
    const bytes = await readFile(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
}

function source(dist: string, file: string): Promise<string> {
  return readFile(join(dist, file), 'utf8');
}

function sum(chunks: readonly Chunk[]): number {
  return chunks.reduce((n, c) => n + c.gzip, 0);
}

async function buildIfStale(dist: string): Promise<boolean> {
  const built = await stat(join(dist, 'index.html')).then(
    (s) => s.mtimeMs,
    () => -1,
  );
  if (built >= 0 && built >= (await newestMtime(WEB_SRC))) return false;
  await promisify(execFile)('npm', ['run', 'build:web'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return true;
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}
