import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { testCliEnv } from '../../src/store/test-store.ts';
import { CHROMIUM, SCREENSHOTS, type Running } from './harness.ts';

const BIN = fileURLToPath(new URL('../../bin/parity.js', import.meta.url));

/** The password of every user of the review flow. */
export const PASSWORD = 'correct horse battery staple';

export interface FlowUser {
  readonly email: string;
  readonly name: string;
  /** `parity user create` role options: `['--admin']`, `['--role', 'focal-point', '--scope', 'KAZ']`. */
  readonly roles: readonly string[];
}

/**
 * The harness's server and browser, with users created first through the CLI (`parity user
 * create`, as an administrator would), since the embedded database has one process at a time.
 */
export async function startWithUsers(users: readonly FlowUser[]): Promise<Running> {
  const { env, cleanup } = await testCliEnv();
  const childEnv = { ...process.env, DATABASE_URL: '', ...env, PARITY_LOG_LEVEL: 'warn' };
  for (const u of users)
    await run(
      ['user', 'create', u.email, '--name', u.name, ...u.roles, '--password-stdin'],
      childEnv,
      `${PASSWORD}\n`,
    );
  const server = await serve(childEnv);
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
      await stop(server.child);
      await cleanup();
    },
  };
}

function run(args: readonly string[], env: NodeJS.ProcessEnv, stdin: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`parity ${args.join(' ')} exited with ${code}:\n${err}`)),
    );
    child.stdin!.end(stdin);
  });
}

function serve(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
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

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
