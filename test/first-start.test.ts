import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCliEnv } from '../src/store/test-store.ts';

const BIN = fileURLToPath(new URL('../bin/parity.js', import.meta.url));

/** Starts `parity serve` as `npm start` does, and resolves once it says where it serves. */
function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, DATABASE_URL: '', ...env, PORT: '0', PARITY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /serving on (http:\/\/localhost:\d+)/.exec(err);
      if (m) resolve({ child, url: m[1]!, stderr: () => err });
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

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
});
afterAll(() => cleanup());

describe('first start', () => {
  it('migrates, seeds with progress and serves; a later start skips seeding', async () => {
    const first = await start(env);
    try {
      expect(first.stderr()).toMatch(
        /\[1\/50\] undp-hdr\/HDR25_Composite_indices_complete_time_series\.csv: 200004 observations/,
      );
      expect(first.stderr()).toMatch(/bundled data: 50 of 50 files imported/);
      const health = (await (await fetch(`${first.url}/api/health`)).json()) as { observations: number };
      expect(health).toMatchObject({ status: 'ok', sources: 6 });
      expect(health.observations).toBeGreaterThan(440_000);
    } finally {
      await stop(first.child);
    }
    const second = await start(env);
    try {
      expect(second.stderr()).toMatch(/bundled data: all 50 files already loaded/);
      expect(second.stderr()).not.toMatch(/\[1\/50\]/);
    } finally {
      await stop(second.child);
    }
  }, 240_000);
});
