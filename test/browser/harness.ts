import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { testCliEnv } from '../../src/store/test-store.ts';

export const BIN = fileURLToPath(new URL('../../bin/parity.js', import.meta.url));
/** Screenshots of each page, kept as test artefacts. */
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';

export interface Running {
  readonly url: string;
  readonly browser: Browser;
  stop(): Promise<void>;
}

/**
 * Starts the real server on a fresh database (seeded from the bundled data as on a first start;
 * PGlite, or PostgreSQL when DATABASE_URL is set) and Debian's Chromium. `.ci/run` installs
 * Chromium; without it these tests fail, they do not skip. `beforeServe` runs first with the
 * server's environment (e.g. `parity user create`: the embedded database has one process at a time).
 */
export async function startAppAndBrowser(
  beforeServe?: (env: NodeJS.ProcessEnv) => Promise<void>,
): Promise<Running> {
  const { env, cleanup } = await testCliEnv();
  const serverEnv = { ...process.env, DATABASE_URL: '', ...env, PARITY_LOG_LEVEL: 'warn' };
  await beforeServe?.(serverEnv);
  const server = await startServer(serverEnv);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: server.url,
    browser,
    async stop() {
      await browser.close();
      await stopServer(server.child);
      await cleanup();
    },
  };
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving on (http:\/\/localhost:\d+)/.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`parity serve exited with ${code}:\n${err}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const require = createRequire(import.meta.url);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations (each with where). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
}

/** Goes to a path of the running app and waits until the page has loaded what it asks for. */
export async function openPath(app: Running, page: Page, path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.waitForLoadState('networkidle');
}

/** A page in a browser context of its own (its own cookies: one person). */
export async function newPersonPage(app: Running): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** A screenshot of the page (test-results/screenshots/<name>.png), then axe: no serious or critical violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousAxeViolations(page), `axe on ${name}`).toEqual([]);
}

/** A full-page screenshot under test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}
