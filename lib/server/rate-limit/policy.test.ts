import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, readRateLimit, readRateLimits } from './policy';

const FALLBACK = { limit: 30, windowSeconds: 60 };

describe('readRateLimit', () => {
  it.each([
    ['200/60', { limit: 200, windowSeconds: 60 }],
    [' 5 / 300 ', { limit: 5, windowSeconds: 300 }],
    ['1/1', { limit: 1, windowSeconds: 1 }],
  ])('reads %j', (raw, expected) => {
    expect(readRateLimit(raw, FALLBACK)).toEqual(expected);
  });

  describe('edge cases: anything else falls back', () => {
    it.each([[undefined], [''], ['0/60'], ['10/0'], ['10'], ['-1/60'], ['1.5/60'], ['10/60/2'], ['abc']])('%j', (raw) => {
      expect(readRateLimit(raw, FALLBACK)).toEqual(FALLBACK);
    });
  });
});

describe('readRateLimits', () => {
  it('gives the defaults with no setting', () => {
    expect(readRateLimits({})).toEqual(DEFAULT_RATE_LIMITS);
  });
  it('overrides one bucket per variable', () => {
    const limits = readRateLimits({ SOATSO_RATE_UPLOAD: '1000/60', SOATSO_RATE_SIGN_IN: '3/900' });
    expect(limits?.upload).toEqual({ limit: 1000, windowSeconds: 60 });
    expect(limits?.['sign-in']).toEqual({ limit: 3, windowSeconds: 900 });
    expect(limits?.save).toEqual(DEFAULT_RATE_LIMITS.save);
  });
  it.each([['off'], ['OFF'], [' off ']])('switches off with SOATSO_RATE_LIMITS=%j', (value) => {
    expect(readRateLimits({ SOATSO_RATE_LIMITS: value })).toBeNull();
  });
});
