import 'server-only';

/**
 * What a limit protects. `upload`: POST /api/datasets. `save`: renaming, deleting and re-checking
 * a stored dataset. `check`: the stateless checks (POST /api/verify, /api/prose, /api/sheets).
 * `sign-in`: password attempts, for the sign-in of issue 14.
 */
export type RateLimitBucket = 'upload' | 'save' | 'check' | 'sign-in';

/** At most `limit` requests per client in each window of `windowSeconds`. */
export interface RateLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** Every bucket's limit, or null when limits are switched off. */
export type RateLimits = Readonly<Record<RateLimitBucket, RateLimit>> | null;

/** The defaults: generous for one official at work, far below a flood. */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateLimitBucket, RateLimit>> = {
  upload: { limit: 30, windowSeconds: 60 },
  save: { limit: 120, windowSeconds: 60 },
  check: { limit: 120, windowSeconds: 60 },
  'sign-in': { limit: 10, windowSeconds: 300 },
};

/** The environment variable that overrides each bucket's limit. */
export const RATE_LIMIT_ENV: Readonly<Record<RateLimitBucket, string>> = {
  upload: 'SOATSO_RATE_UPLOAD',
  save: 'SOATSO_RATE_SAVE',
  check: 'SOATSO_RATE_CHECK',
  'sign-in': 'SOATSO_RATE_SIGN_IN',
};

type Env = Readonly<Record<string, string | undefined>>;

/*
 * Grammar of a limit setting:
 *   setting := count "/" seconds        (both positive integers, spaces allowed around "/")
 * Example: "30/60" is 30 requests per 60 seconds.
 */
const SETTING = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/**
 * One limit setting read as `count/seconds`; anything else gives the fallback.
 *
 * @example
 * readRateLimit('200/60', { limit: 30, windowSeconds: 60 }) // { limit: 200, windowSeconds: 60 }
 */
export function readRateLimit(raw: string | undefined, fallback: RateLimit): RateLimit {
  const match = raw === undefined ? null : SETTING.exec(raw);
  if (!match) return fallback;
  const limit = Number(match[1]);
  const windowSeconds = Number(match[2]);
  if (!Number.isSafeInteger(limit) || !Number.isSafeInteger(windowSeconds) || limit < 1 || windowSeconds < 1) {
    return fallback;
  }
  return { limit, windowSeconds };
}

/**
 * The limits from the environment: `SOATSO_RATE_LIMITS=off` switches them off, each
 * `SOATSO_RATE_<BUCKET>=count/seconds` overrides one bucket's default.
 *
 * @example
 * readRateLimits({ SOATSO_RATE_UPLOAD: '500/60' })?.upload // { limit: 500, windowSeconds: 60 }
 * readRateLimits({ SOATSO_RATE_LIMITS: 'off' }) // null
 */
export function readRateLimits(env: Env = process.env): RateLimits {
  if (env.SOATSO_RATE_LIMITS?.trim().toLowerCase() === 'off') return null;
  const read = (bucket: RateLimitBucket): RateLimit => readRateLimit(env[RATE_LIMIT_ENV[bucket]], DEFAULT_RATE_LIMITS[bucket]);
  return { upload: read('upload'), save: read('save'), check: read('check'), 'sign-in': read('sign-in') };
}
