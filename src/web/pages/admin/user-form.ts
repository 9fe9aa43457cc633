import type { Schema } from '../../api/schema.ts';
import type { Membership, Role } from '../../session/session-types.ts';
import { passwordProblem } from '../account/password-rules.ts';
import { holds, membershipOf } from './membership-form.ts';

/**
 * The administration forms' fields as typed, checked by the server's rules before sending
 * (src/services/accounts.ts, passwords.ts, memberships.ts) so each field can say at once what is
 * wrong in the reader's language; the server checks again and its answer wins.
 */

/** Why a field is wrong: a key under `problems.` in admin.json. */
export type Problem =
  | 'emailInvalid'
  | 'nameMissing'
  | 'nameLong'
  | 'passwordShort'
  | 'passwordLong'
  | 'passwordSpaces'
  | 'passwordEmail'
  | 'scopeMissing'
  | 'alreadyHeld';

export type Checked<B, F extends string> =
  | { readonly ok: true; readonly body: B }
  | { readonly ok: false; readonly problems: Partial<Record<F, Problem>> };

export interface NewUserFields {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  /** '' for no role yet. */
  readonly role: Role | '';
  /** An ISO3 code or a region set code, as the role needs. */
  readonly scope: string;
}

export type NewUserField = 'email' | 'displayName' | 'password' | 'scope';

/** `POST /api/users`: the password to be changed at the first sign-in (the server's default). */
export type NewUserBody = Omit<Schema<'NewUser'>, 'mustChangePassword'>;

export const EMPTY_NEW_USER: NewUserFields = {
  email: '',
  displayName: '',
  password: '',
  role: 'focal-point',
  scope: '',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function newUserRequest(f: NewUserFields): Checked<NewUserBody, NewUserField> {
  const email = f.email.trim().toLowerCase();
  const membership = f.role === '' ? null : membershipOf(f.role, f.scope);
  const problems: Partial<Record<NewUserField, Problem>> = {};
  if (!EMAIL.test(email) || email.length > 254) problems.email = 'emailInvalid';
  const name = nameProblem(f.displayName);
  if (name) problems.displayName = name;
  const pw = newPasswordProblem(f.password, email);
  if (pw) problems.password = pw;
  if (f.role !== '' && membership === null) problems.scope = 'scopeMissing';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      email,
      displayName: f.displayName.trim(),
      password: f.password,
      memberships: membership ? [membership] : [],
    },
  };
}

export function renameRequest(name: string): Checked<{ displayName: string }, 'displayName'> {
  const problem = nameProblem(name);
  return problem
    ? { ok: false, problems: { displayName: problem } }
    : { ok: true, body: { displayName: name.trim() } };
}

/** A password the administrator sets for the user (`PATCH { password }`). */
export function resetRequest(password: string, email: string): Checked<{ password: string }, 'password'> {
  const problem = newPasswordProblem(password, email);
  return problem ? { ok: false, problems: { password: problem } } : { ok: true, body: { password } };
}

export function grantRequest(
  role: Role,
  scope: string,
  held: readonly Membership[],
): Checked<{ grant: Membership[] }, 'scope'> {
  const m = membershipOf(role, scope);
  if (m === null) return { ok: false, problems: { scope: 'scopeMissing' } };
  if (holds(held, m)) return { ok: false, problems: { scope: 'alreadyHeld' } };
  return { ok: true, body: { grant: [m] } };
}

function nameProblem(name: string): Problem | undefined {
  if (name.trim() === '') return 'nameMissing';
  if (name.length > 200) return 'nameLong';
  return undefined;
}

const PASSWORD_PROBLEMS = {
  short: 'passwordShort',
  long: 'passwordLong',
  spaces: 'passwordSpaces',
  email: 'passwordEmail',
} as const;

function newPasswordProblem(password: string, email: string): Problem | undefined {
  const p = passwordProblem(password, password, email);
  return p === null || p === 'mismatch' ? undefined : PASSWORD_PROBLEMS[p];
}
