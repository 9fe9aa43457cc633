/**
 * When a sign-in may be tried: the brute-force rules of issue 5 §1 as a pure function of the
 * recent failures (the services read them from `login_attempt` and pass the clock in).
 *
 * - The first `freeFailures` (5) failures for an email within `windowMs` (15 min) cost nothing.
 * - Each failure beyond them doubles the wait before the next try: 15 s after the 5th, 30 s after
 *   the 6th, … 240 s after the 9th (`baseDelayMs` × 2^(n − 5)).
 * - At `lockAfter` (10) failures the email is locked for `lockMs` (15 min) from the last one,
 *   whether or not an account has it, so the answer says nothing about which emails exist; an
 *   account's own lock (`lockedUntil`, set by the service at its 10th consecutive failure) counts too.
 * - Independently, `ipFailures` (20) failures from one address within the window refuse every
 *   sign-in from it until the oldest of those 20 leaves the window (password spraying).
 */
export interface ThrottleRules {
  readonly windowMs: number;
  readonly freeFailures: number;
  readonly baseDelayMs: number;
  readonly lockAfter: number;
  readonly lockMs: number;
  readonly ipFailures: number;
}

export const THROTTLE_RULES: ThrottleRules = {
  windowMs: 15 * 60_000,
  freeFailures: 5,
  baseDelayMs: 15_000,
  lockAfter: 10,
  lockMs: 15 * 60_000,
  ipFailures: 20,
};

export interface ThrottleInput {
  /** Failed sign-ins for the email within the window since its last success, newest first. */
  readonly emailFailures: readonly Date[];
  /** Failed sign-ins from the address within the window, newest first. */
  readonly ipFailures: readonly Date[];
  /** The account's lock, when it has one. */
  readonly lockedUntil?: Date | null;
  readonly now: Date;
}

export type ThrottleReason = 'slowed' | 'locked' | 'address';

export type ThrottleDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly reason: ThrottleReason;
      /** Whole seconds until a try is allowed again (at least 1): the Retry-After header. */
      readonly retryAfterSeconds: number;
    };

export function throttleLogin(input: ThrottleInput, rules: ThrottleRules = THROTTLE_RULES): ThrottleDecision {
  const now = input.now.getTime();
  const waits: [ThrottleReason, number][] = [];
  if (input.lockedUntil) waits.push(['locked', input.lockedUntil.getTime()]);
  const n = input.emailFailures.length;
  const newest = input.emailFailures[0]?.getTime();
  if (newest !== undefined && n >= rules.lockAfter) waits.push(['locked', newest + rules.lockMs]);
  else if (newest !== undefined && n >= rules.freeFailures)
    waits.push(['slowed', newest + rules.baseDelayMs * 2 ** (n - rules.freeFailures)]);
  const ageingOut = input.ipFailures[rules.ipFailures - 1]?.getTime();
  if (ageingOut !== undefined) waits.push(['address', ageingOut + rules.windowMs]);
  const [reason, until] = waits.reduce<[ThrottleReason, number]>(
    (latest, w) => (w[1] > latest[1] ? w : latest),
    ['slowed', now],
  );
  if (until <= now) return { allowed: true };
  return { allowed: false, reason, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
}
