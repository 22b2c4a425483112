import { describe, expect, it } from 'vitest';
import { CLIENT_THROTTLE, NAME_THROTTLE, throttleWait } from './sign-in-throttle';

describe('throttleWait', () => {
  it.each([
    [null, 0, 0],
    [{ failures: 1, lastFailedAt: 0 }, 0, 0],
    [{ failures: 4, lastFailedAt: 0 }, 0, 0],
    [{ failures: 5, lastFailedAt: 0 }, 0, 30],
    [{ failures: 5, lastFailedAt: 0 }, 10_000, 20],
    [{ failures: 5, lastFailedAt: 0 }, 30_000, 0],
    [{ failures: 6, lastFailedAt: 0 }, 30_000, 30],
    [{ failures: 7, lastFailedAt: 0 }, 0, 120],
  ])('%j at %d ms waits %d s (per name)', (count, now, seconds) => {
    expect(throttleWait(NAME_THROTTLE, count, now)).toBe(seconds);
  });

  describe('edge cases', () => {
    it('never waits longer than the maximum', () => {
      expect(throttleWait(NAME_THROTTLE, { failures: 60, lastFailedAt: 0 }, 0)).toBe(15 * 60);
    });
    it('lets a client fail 20 times before slowing it', () => {
      expect(throttleWait(CLIENT_THROTTLE, { failures: 19, lastFailedAt: 0 }, 0)).toBe(0);
      expect(throttleWait(CLIENT_THROTTLE, { failures: 20, lastFailedAt: 0 }, 0)).toBe(30);
    });
  });
});
