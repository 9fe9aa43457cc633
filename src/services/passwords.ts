import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** The shortest password accepted: length beats composition rules (NIST SP 800-63B §5.1.1). */
export const MIN_PASSWORD_LENGTH = 12;
/** The longest: bounds the work a request can ask of the hash. */
export const MAX_PASSWORD_LENGTH = 1024;

// `Algorithm` is an ambient const enum, which isolated modules cannot read: its Argon2id member is 2.
const ARGON2ID = 2 as Algorithm;

/**
 * What is wrong with a new password, or undefined when it is acceptable: at least 12 characters
 * (counted as Unicode code points), at most 1024, not only spaces, not the account's email.
 */
export function passwordProblem(password: string, email?: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return `the password is too short: at least ${MIN_PASSWORD_LENGTH} characters, got ${length}`;
  if (length > MAX_PASSWORD_LENGTH)
    return `the password is too long: at most ${MAX_PASSWORD_LENGTH} characters, got ${length}`;
  if (password.trim() === '') return 'the password is only spaces';
  if (email !== undefined && password.trim().toLowerCase() === email.trim().toLowerCase())
    return 'the password must not be the email address';
  return undefined;
}

/** An argon2id hash (PHC string `$argon2id$v=19$m=19456,t=2,p=1$…`: OWASP's minimum parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** Whether the password matches the hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of one verification without an account, so that a sign-in with an unknown
 * email takes as long as one with a wrong password (no user enumeration by timing).
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummy, password);
  return false;
}
