import { spawn } from 'node:child_process';
import { BIN, startAppAndBrowser, type Running } from './harness.ts';

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
export function startWithUsers(users: readonly FlowUser[]): Promise<Running> {
  return startAppAndBrowser(async (env) => {
    for (const u of users)
      await run(
        ['user', 'create', u.email, '--name', u.name, ...u.roles, '--password-stdin'],
        env,
        `${PASSWORD}\n`,
      );
  });
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
