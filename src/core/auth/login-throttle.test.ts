import { describe, expect, it } from 'vitest';
import { throttleLogin, type ThrottleDecision } from './login-throttle.ts';

const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);
/** `n` failures one second apart, the newest at `newest` seconds; newest first. */
const failures = (n: number, newest = 0) => Array.from({ length: n }, (_, i) => at(newest - i));

describe(throttleLogin, () => {
  it.each<[string, number, number, ThrottleDecision]>([
    ['no failure', 0, 1, { allowed: true }],
    ['4 failures', 4, 1, { allowed: true }],
    ['5 failures, right after', 5, 1, { allowed: false, reason: 'slowed', retryAfterSeconds: 14 }],
    ['5 failures, 15 s later', 5, 15, { allowed: true }],
    ['6 failures, 15 s later', 6, 15, { allowed: false, reason: 'slowed', retryAfterSeconds: 15 }],
    ['6 failures, 30 s later', 6, 30, { allowed: true }],
    ['9 failures, 200 s later', 9, 200, { allowed: false, reason: 'slowed', retryAfterSeconds: 40 }],
    ['9 failures, 240 s later', 9, 240, { allowed: true }],
    ['10 failures: locked 15 min', 10, 1, { allowed: false, reason: 'locked', retryAfterSeconds: 899 }],
    ['10 failures, 14 min later', 10, 840, { allowed: false, reason: 'locked', retryAfterSeconds: 60 }],
    ['10 failures, 15 min later', 10, 900, { allowed: true }],
  ])('%s', (_name, n, secondsAfter, expected) => {
    expect(throttleLogin({ emailFailures: failures(n), ipFailures: [], now: at(secondsAfter) })).toEqual(
      expected,
    );
  });

  it('honours the account’s own lock', () => {
    expect(throttleLogin({ emailFailures: [], ipFailures: [], lockedUntil: at(600), now: at(0) })).toEqual({
      allowed: false,
      reason: 'locked',
      retryAfterSeconds: 600,
    });
    expect(throttleLogin({ emailFailures: [], ipFailures: [], lockedUntil: at(600), now: at(600) })).toEqual({
      allowed: true,
    });
  });

  it.each<[number, ThrottleDecision]>([
    [19, { allowed: true }],
    // The 20th newest failure was at −19 s: it leaves the 15-min window at 881 s.
    [20, { allowed: false, reason: 'address', retryAfterSeconds: 880 }],
    [25, { allowed: false, reason: 'address', retryAfterSeconds: 880 }],
  ])('refuses an address after 20 failures within the window: %i failures', (n, expected) => {
    expect(throttleLogin({ emailFailures: [], ipFailures: failures(n), now: at(1) })).toEqual(expected);
  });

  it('answers with the longest wait when several rules apply', () => {
    expect(throttleLogin({ emailFailures: failures(5), ipFailures: failures(20), now: at(1) })).toMatchObject(
      {
        reason: 'address',
      },
    );
  });

  it('rounds a wait up to whole seconds, at least 1', () => {
    const now = new Date(T0 + 14_999);
    expect(throttleLogin({ emailFailures: failures(5), ipFailures: [], now })).toEqual({
      allowed: false,
      reason: 'slowed',
      retryAfterSeconds: 1,
    });
  });
});
