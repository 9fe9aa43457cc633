/**
 * The server's password rules (src/services/passwords.ts), checked before sending so the form can
 * say at once what is wrong: at least 12 characters (code points), at most 1024, not only spaces,
 * not the email; and the two entries must match.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export type PasswordProblem = 'short' | 'long' | 'spaces' | 'email' | 'mismatch';

export function passwordProblem(password: string, again: string, email: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'short';
  if (length > MAX_PASSWORD_LENGTH) return 'long';
  if (password.trim() === '') return 'spaces';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'email';
  if (password !== again) return 'mismatch';
  return null;
}
