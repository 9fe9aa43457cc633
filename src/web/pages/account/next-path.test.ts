import { describe, expect, it } from 'vitest';
import { nextPath } from './next-path.ts';

describe('nextPath: only paths of this site', () => {
  it.each([
    {
      next: '/cycles/beijing30-unece/reports/KAZ?lang=fr',
      expected: '/cycles/beijing30-unece/reports/KAZ?lang=fr',
    },
    { next: '/account', expected: '/account' },
    { next: null, expected: '/cycles' },
    { next: '', expected: '/cycles' },
    { next: 'https://evil.example/', expected: '/cycles' },
    { next: '//evil.example/x', expected: '/cycles' },
    { next: '/\\evil.example', expected: '/cycles' },
    { next: 'javascript:alert(1)', expected: '/cycles' },
    { next: '/sign-in?next=/x', expected: '/cycles' },
  ])('$next → $expected', ({ next, expected }) => {
    expect(nextPath(next)).toBe(expected);
  });
});
