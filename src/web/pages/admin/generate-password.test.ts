import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../account/password-rules.ts';
import { generatePassword } from './generate-password.ts';

describe('a generated temporary password', () => {
  it('maps each byte to one symbol, in groups of four', () => {
    const counting = (b: Uint8Array) => b.map((_, i) => i * 17);
    expect(generatePassword(counting)).toBe('aucw-eyg2-j4m6-p8rA');
  });

  it('uses no look-alike characters and passes the server rules', () => {
    for (let i = 0; i < 50; i++) {
      const p = generatePassword((b) => crypto.getRandomValues(b));
      expect(p).toMatch(/^[a-z2-9A]{4}(-[a-z2-9A]{4}){3}$/);
      expect(p).not.toMatch(/[01ilo]/);
      expect(passwordProblem(p, p, 'someone@example.org')).toBeNull();
    }
  });
});
