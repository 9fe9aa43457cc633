import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules.ts';

describe('passwordProblem mirrors the server rules', () => {
  const email = 'focal.point@example.org';
  it.each([
    { password: 'correct horse battery staple', again: 'correct horse battery staple', expected: null },
    { password: 'short-one', again: 'short-one', expected: 'short' },
    // 12 code points, though 24 UTF-16 units: Cyrillic and emoji count once each.
    { password: 'пароль-длинн', again: 'пароль-длинн', expected: null },
    { password: '😀'.repeat(11), again: '😀'.repeat(11), expected: 'short' },
    { password: 'x'.repeat(1025), again: 'x'.repeat(1025), expected: 'long' },
    { password: ' '.repeat(12), again: ' '.repeat(12), expected: 'spaces' },
    { password: 'Focal.Point@example.org', again: 'Focal.Point@example.org', expected: 'email' },
    { password: 'correct horse battery staple', again: 'correct horse battery stapl', expected: 'mismatch' },
  ])('$expected for "$password"', ({ password, again, expected }) => {
    expect(passwordProblem(password, again, email)).toBe(expected);
  });
});
