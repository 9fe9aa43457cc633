import { CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/connect.ts';
import { storeOptionsFromEnv } from '../store/connect.ts';
import { testCliEnv } from '../store/test-store.ts';
import { CliError, memoryIo } from './io.ts';
import { runCli } from './program.ts';
import { userCommand, type PasswordSource } from './user-command.ts';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
});
afterAll(() => cleanup());

/** Runs `parity user …` with passwords from `source` (standard input and the terminal replaced). */
async function user(source: Partial<PasswordSource>, ...argv: string[]) {
  const io = memoryIo(env);
  const command = userCommand(io, { stdin: async () => '', prompt: undefined, ...source });
  for (const c of [command, ...command.commands])
    c.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  let code = 0;
  try {
    await command.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`parity: ${e.message}\n`);
      code = e.exitCode;
    } else if (e instanceof CommanderError) code = e.exitCode;
    else throw e;
  }
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

const stdin = (text: string) => ({ stdin: async () => text });

describe('parity user', () => {
  it('says how to create the first account when there is none', async () => {
    expect(await cli('user', 'list')).toEqual({
      code: 0,
      stdout: 'no users: create the first with `parity user create <email> --name <name> --admin`\n',
      stderr: '',
    });
  });

  it('creates the first administrator from a password on standard input', async () => {
    const r = await user(
      stdin(`${PASSWORD}\n`),
      'create',
      'You@Example.org',
      '--name',
      'You',
      '--admin',
      '--password-stdin',
    );
    expect(r).toEqual({ code: 0, stdout: 'created user 1 you@example.org (administrator)\n', stderr: '' });
    const store = await openStore(storeOptionsFromEnv(env));
    try {
      const row = await store.db.selectFrom('user_account').select('password_hash').executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      const audit = await store.db.selectFrom('audit_log').select(['action', 'actor_user_id']).execute();
      expect(audit).toEqual([{ action: 'user.create', actor_user_id: null }]);
    } finally {
      await store.close();
    }
  });

  it('asks twice on a terminal, and creates a user with roles', async () => {
    const answers = [PASSWORD, PASSWORD];
    const questions: string[] = [];
    const prompt = async (q: string) => {
      questions.push(q);
      return answers.shift()!;
    };
    const r = await user(
      { prompt },
      'create',
      'kaz@example.org',
      '--name',
      'KAZ focal point',
      '--role',
      'focal-point',
      '--scope',
      'kaz',
      '--role',
      'regional-reviewer',
      '--scope',
      'central-asia',
    );
    expect(questions).toEqual(['Password: ', 'Password again: ']);
    expect(r.stdout).toBe(
      'created user 2 kaz@example.org (focal point of KAZ, regional reviewer of central-asia)\n',
    );
  });

  it.each<[string, Partial<PasswordSource>, string[], number, string]>([
    [
      'a weak password',
      stdin('too short\n'),
      ['--password-stdin'],
      2,
      'parity: the password is too short: at least 12 characters, got 9\n',
    ],
    [
      'no terminal and no --password-stdin',
      {},
      [],
      2,
      'parity: no terminal to ask for the password: pass --password-stdin and pipe it in\n',
    ],
    [
      'two different answers',
      {
        prompt: (() => {
          const a = [PASSWORD, 'something else!'];
          return async () => a.shift()!;
        })(),
      },
      [],
      1,
      'parity: the passwords differ\n',
    ],
    [
      'a role without a scope',
      stdin(PASSWORD),
      ['--password-stdin', '--role', 'focal-point'],
      2,
      'parity: each --role needs a --scope at the same position: got 1 --role and 0 --scope\n',
    ],
    [
      'an unknown country',
      stdin(PASSWORD),
      ['--password-stdin', '--role', 'contributor', '--scope', 'XXX'],
      2,
      'parity: --role contributor --scope XXX: unknown country "XXX": expected an ISO3 code such as KAZ\n',
    ],
  ])('refuses %s', async (_name, source, extra, code, stderr) => {
    const r = await user(source, 'create', 'refused@example.org', '--name', 'Refused', ...extra);
    expect(r).toEqual({ code, stdout: '', stderr });
  });

  it('refuses an email that exists', async () => {
    const r = await user(stdin(PASSWORD), 'create', 'YOU@example.org', '--name', 'Again', '--password-stdin');
    expect(r).toMatchObject({
      code: 2,
      stderr: 'parity: email: a user with email you@example.org already exists\n',
    });
  });

  it('grants and revokes roles', async () => {
    expect(await cli('user', 'grant', 'kaz@example.org', 'contributor', 'UZB')).toMatchObject({
      code: 0,
      stdout: 'kaz@example.org: contributor of UZB, focal point of KAZ, regional reviewer of central-asia\n',
    });
    expect(await cli('user', 'revoke', 'kaz@example.org', 'regional-reviewer', 'central-asia')).toMatchObject(
      {
        code: 0,
        stdout: 'kaz@example.org: contributor of UZB, focal point of KAZ\n',
      },
    );
    expect(await cli('user', 'revoke', 'kaz@example.org', 'regional-reviewer', 'central-asia')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parity: revoke: kaz@example.org is not regional reviewer of central-asia\n',
    });
    expect(await cli('user', 'grant', 'kaz@example.org', 'mayor', 'KAZ')).toMatchObject({
      code: 2,
      stderr:
        'parity: unknown role "mayor": expected one of administrator, regional-reviewer, focal-point, contributor\n',
    });
    expect(await cli('user', 'grant', 'nobody@example.org', 'administrator')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'parity: email: no user with email nobody@example.org\n',
    });
  });

  it('resets a password: the user must change it', async () => {
    const r = await user(
      stdin('a new temporary password\n'),
      'reset-password',
      'kaz@example.org',
      '--password-stdin',
    );
    expect(r.stdout).toBe('password of kaz@example.org reset; they must change it at the next sign-in\n');
    expect((await cli('user', 'list')).stdout).toMatch(
      /^2 +kaz@example\.org +KAZ focal point +active, must change password +contributor of UZB, focal point of KAZ$/m,
    );
  });

  it('disables and enables, but never the last administrator', async () => {
    expect(await cli('user', 'disable', 'kaz@example.org')).toMatchObject({
      code: 0,
      stdout: 'kaz@example.org disabled\n',
    });
    expect(await cli('user', 'enable', 'kaz@example.org')).toMatchObject({
      code: 0,
      stdout: 'kaz@example.org enabled\n',
    });
    expect(await cli('user', 'disable', 'you@example.org')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'parity: disabled: you@example.org is the last enabled administrator: grant the role to another user first\n',
    });
  });

  it('lists users as a table or JSON', async () => {
    const table = (await cli('user', 'list')).stdout.split('\n');
    expect(table[0]).toMatch(/^id +email +name +state +roles$/);
    expect(table[2]).toMatch(/^1 +you@example\.org +You +active +administrator$/);
    const json = JSON.parse((await cli('user', 'list', '--format', 'json')).stdout);
    expect(json.map((u: { email: string }) => u.email)).toEqual(['kaz@example.org', 'you@example.org']);
    expect(JSON.stringify(json)).not.toContain('argon2');
  });
});
