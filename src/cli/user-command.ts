import { Command, Option } from 'commander';
import { describeMembership } from '../core/auth/access-policy.ts';
import type { Membership } from '../core/auth/access.ts';
import {
  createUser,
  getUser,
  listUsers,
  updateUser,
  type UserPatch,
  type UserView,
} from '../services/accounts.ts';
import { parseMembership } from '../services/memberships.ts';
import { passwordProblem } from '../services/passwords.ts';
import type { ServiceResult } from '../services/service-result.ts';
import { CliError, type CliIo } from './io.ts';
import { promptPassword, readStdinText } from './password-input.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

/** Where a new password comes from; tests replace both. */
export interface PasswordSource {
  /** Standard input (`--password-stdin`): its first line, without the line ending, is the password. */
  readonly stdin: () => Promise<string>;
  /** Asks on the terminal without echo, twice; undefined when there is no terminal. */
  readonly prompt: ((question: string) => Promise<string>) | undefined;
}

const processPasswords: PasswordSource = {
  stdin: readStdinText,
  prompt: process.stdin.isTTY ? promptPassword : undefined,
};

/**
 * `parity user create|list|reset-password|grant|revoke|disable|enable`: accounts from the
 * command line. It acts as the system (whoever holds the database), so the first administrator
 * can be made before anyone can sign in; every change is written to the audit log with no user.
 */
export function userCommand(io: CliIo, passwords: PasswordSource = processPasswords): Command {
  const user = new Command('user').description(
    'accounts: create users, reset passwords, grant and revoke roles',
  );
  user.addCommand(createCommand(io, passwords));
  user.addCommand(listCommand(io));
  user.addCommand(resetCommand(io, passwords));
  user.addCommand(membershipCommand(io, 'grant'));
  user.addCommand(membershipCommand(io, 'revoke'));
  user.addCommand(disableCommand(io, true));
  user.addCommand(disableCommand(io, false));
  return user;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function createCommand(io: CliIo, passwords: PasswordSource): Command {
  return new Command('create')
    .description(
      'create a user; the password is read from standard input (--password-stdin) or asked for on the terminal',
    )
    .argument('<email>', 'the email the user signs in with')
    .requiredOption('--name <name>', 'display name')
    .option('--admin', 'make the user an administrator (the first account needs this)')
    .option(
      '--role <role>',
      'a role: regional-reviewer, focal-point or contributor (repeatable, each with --scope)',
      collect,
      [],
    )
    .option(
      '--scope <code>',
      'the scope of the --role at the same position: a region set code (unece) or an ISO3 code (KAZ)',
      collect,
      [],
    )
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(
      async (
        email: string,
        opts: { name: string; admin?: boolean; role: string[]; scope: string[]; passwordStdin?: boolean },
      ) => {
        const memberships = membershipsOf(opts);
        const password = await newPassword(passwords, opts.passwordStdin === true, email);
        const r = await withStore(io, (store) =>
          createUser(store.db, null, { email, displayName: opts.name, password, memberships }),
        );
        const created = orFail(r);
        io.out(`created user ${created.id} ${created.email}${rolesText(created.memberships, ' (', ')')}\n`);
      },
    );
}

function listCommand(io: CliIo): Command {
  return new Command('list')
    .description('every user with their roles and state')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { format: 'table' | 'json' }) => {
      const users = orFail(await withStore(io, (store) => listUsers(store.db, null)));
      if (opts.format === 'json') return io.out(`${JSON.stringify(users, null, 2)}\n`);
      if (users.length === 0)
        return io.out('no users: create the first with `parity user create <email> --name <name> --admin`\n');
      io.out(
        textTable(
          ['id', 'email', 'name', 'state', 'roles'],
          users.map((u) => [u.id, u.email, u.displayName, stateText(u), rolesText(u.memberships) || '-']),
        ),
      );
    });
}

function resetCommand(io: CliIo, passwords: PasswordSource): Command {
  return new Command('reset-password')
    .description(
      'set a new password (the user must change it at the next sign-in); ends their sessions and clears a lock',
    )
    .argument('<email>')
    .option('--password-stdin', 'read the new password from the first line of standard input')
    .action(async (email: string, opts: { passwordStdin?: boolean }) => {
      const password = await newPassword(passwords, opts.passwordStdin === true, email);
      const u = orFail(await change(io, email, { password }));
      io.out(`password of ${u.email} reset; they must change it at the next sign-in\n`);
    });
}

function membershipCommand(io: CliIo, verb: 'grant' | 'revoke'): Command {
  return new Command(verb)
    .description(
      `${verb} a role: administrator (no scope), regional-reviewer <region set>, focal-point <ISO3>, contributor <ISO3>`,
    )
    .argument('<email>')
    .argument('<role>', 'administrator, regional-reviewer, focal-point or contributor')
    .argument('[scope]', 'a region set code (unece) or an ISO3 code (KAZ); none for administrator')
    .action(async (email: string, role: string, scope: string | undefined) => {
      const m = parseMembership(role, scope);
      if (typeof m === 'string') throw new CliError(m, 2);
      const u = orFail(await change(io, email, verb === 'grant' ? { grant: [m] } : { revoke: [m] }));
      io.out(`${u.email}: ${rolesText(u.memberships) || 'no roles'}\n`);
    });
}

function disableCommand(io: CliIo, disabled: boolean): Command {
  return new Command(disabled ? 'disable' : 'enable')
    .description(disabled ? 'disable a user (ends their sessions)' : 'enable a disabled user')
    .argument('<email>')
    .action(async (email: string) => {
      const u = orFail(await change(io, email, { disabled }));
      io.out(`${u.email} ${u.disabled ? 'disabled' : 'enabled'}\n`);
    });
}

function change(io: CliIo, email: string, patch: UserPatch): Promise<ServiceResult<UserView>> {
  return withStore(io, async (store) => {
    const found = await getUser(store.db, null, { email });
    return found.ok ? updateUser(store.db, null, { id: found.value.id }, patch) : found;
  });
}

function membershipsOf(opts: { admin?: boolean; role: string[]; scope: string[] }): Membership[] {
  if (opts.role.length !== opts.scope.length)
    throw new CliError(
      `each --role needs a --scope at the same position: got ${opts.role.length} --role and ${opts.scope.length} --scope`,
      2,
    );
  const out: Membership[] = opts.admin ? [{ role: 'administrator', scope: { kind: 'instance' } }] : [];
  opts.role.forEach((role, i) => {
    const m = parseMembership(role, opts.scope[i]);
    if (typeof m === 'string') throw new CliError(`--role ${role} --scope ${opts.scope[i]}: ${m}`, 2);
    out.push(m);
  });
  return out;
}

async function newPassword(source: PasswordSource, fromStdin: boolean, email: string): Promise<string> {
  let password: string;
  if (fromStdin) password = (await source.stdin()).split(/\r?\n/)[0] ?? '';
  else if (source.prompt) {
    password = await source.prompt('Password: ');
    if ((await source.prompt('Password again: ')) !== password) throw new CliError('the passwords differ');
  } else throw new CliError('no terminal to ask for the password: pass --password-stdin and pipe it in', 2);
  const problem = passwordProblem(password, email);
  if (problem) throw new CliError(problem, 2);
  return password;
}

function orFail<T>(r: ServiceResult<T>): T {
  if (r.ok) return r.value;
  throw new CliError(r.param ? `${r.param}: ${r.message}` : r.message, r.kind === 'invalid' ? 2 : 1);
}

function rolesText(memberships: readonly Membership[], before = '', after = ''): string {
  return memberships.length === 0 ? '' : `${before}${memberships.map(describeMembership).join(', ')}${after}`;
}

function stateText(u: UserView): string {
  const states = [
    u.disabled ? 'disabled' : 'active',
    ...(u.mustChangePassword ? ['must change password'] : []),
    ...(u.lockedUntil && new Date(u.lockedUntil) > new Date() ? [`locked until ${u.lockedUntil}`] : []),
  ];
  return states.join(', ');
}
