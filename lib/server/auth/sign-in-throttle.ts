/**
 * When failed sign-ins are slowed down. After `freeFailures` consecutive failures under one key
 * (a user name, or a client address with a higher allowance), each further attempt must wait
 * `baseSeconds × 2^(failures − freeFailures)` seconds after the last failure (at most
 * `maxSeconds`); an attempt within the wait is refused with 429 before the password is checked.
 * A success clears the user name's count.
 */
export interface ThrottleRule {
  readonly freeFailures: number;
  readonly baseSeconds: number;
  readonly maxSeconds: number;
}

/** Per user name: the sixth failure in a row waits 30 s, then 60 s, 120 s … up to 15 minutes. */
export const NAME_THROTTLE: ThrottleRule = { freeFailures: 5, baseSeconds: 30, maxSeconds: 15 * 60 };
/** Per client address: guessing many names from one computer is slowed after 20 failures. */
export const CLIENT_THROTTLE: ThrottleRule = { freeFailures: 20, baseSeconds: 30, maxSeconds: 15 * 60 };

/**
 * Seconds still to wait before the next attempt, or 0 when it may go ahead.
 *
 * @example
 * throttleWait(NAME_THROTTLE, { failures: 5, lastFailedAt: 0 }, 1_000) // 29
 * throttleWait(NAME_THROTTLE, { failures: 4, lastFailedAt: 0 }, 1_000) // 0
 */
export function throttleWait(rule: ThrottleRule, count: { readonly failures: number; readonly lastFailedAt: number } | null, now: number): number {
  if (!count || count.failures < rule.freeFailures) return 0;
  const seconds = Math.min(rule.maxSeconds, rule.baseSeconds * 2 ** (count.failures - rule.freeFailures));
  const endsAt = count.lastFailedAt + seconds * 1000;
  return endsAt > now ? Math.ceil((endsAt - now) / 1000) : 0;
}
