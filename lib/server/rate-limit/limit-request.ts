import 'server-only';
import { localize, type Localized } from '../../i18n/lang';
import { jsonResponse } from '../api/respond';
import { requestLang } from '../api/request-lang';
import { getRateLimitStore } from '../store/default-store';
import type { RateLimitHit, RateLimitStore } from '../store/types';
import { clientAddress, trustedProxies } from './client-address';
import { readRateLimits, type RateLimitBucket } from './policy';

/**
 * The refusal sentence per bucket, with the wait in seconds.
 * @example TOO_MANY.upload(42).en // 'Too many uploads from this computer. Try again in 42 seconds.'
 */
const TOO_MANY: Readonly<Record<RateLimitBucket, (seconds: number) => Localized>> = {
  upload: (s) => ({
    vi: `Máy này đã tải lên quá nhiều tệp trong thời gian ngắn. Hãy thử lại sau ${s} giây.`,
    en: `Too many uploads from this computer. Try again in ${s} seconds.`,
  }),
  save: (s) => ({
    vi: `Máy này đã lưu hoặc xoá quá nhiều lần trong thời gian ngắn. Hãy thử lại sau ${s} giây.`,
    en: `Too many saves or deletions from this computer. Try again in ${s} seconds.`,
  }),
  check: (s) => ({
    vi: `Máy này đã gửi quá nhiều yêu cầu kiểm tra trong thời gian ngắn. Hãy thử lại sau ${s} giây.`,
    en: `Too many checks from this computer. Try again in ${s} seconds.`,
  }),
  'sign-in': (s) => ({
    vi: `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${s} giây.`,
    en: `Too many sign-in attempts. Try again in ${s} seconds.`,
  }),
};

/**
 * Counts the request against its client's limit for `bucket`. Under the limit: null, and the
 * handler goes on. Over it: `429 { "error": "…" }` with `Retry-After` (seconds to the end of the
 * window), in the request's language. A store that cannot count lets the request through. Limits come from the environment on every call
 * (README, "Rate limits"); the counters from the store, so several servers share them.
 *
 * @example
 * const refused = await limitRequest(request, 'upload');
 * if (refused) return refused;
 */
export async function limitRequest(
  request: Request,
  bucket: RateLimitBucket,
  store: RateLimitStore = getRateLimitStore(),
  now: number = Date.now(),
): Promise<Response | null> {
  const limits = readRateLimits();
  if (limits === null) return null;
  const { limit, windowSeconds } = limits[bucket];
  const client = clientAddress(request.headers, trustedProxies());
  let hit: RateLimitHit;
  try {
    hit = await store.countHit(bucket, client, windowSeconds * 1000, now);
  } catch (error) {
    // A store that cannot count (read-only, disk full) must not stop the checks: the request goes on.
    console.error('[soatso rate-limit] the store could not count a request', error);
    return null;
  }
  if (hit.count <= limit) return null;
  const retryAfter = Math.max(1, Math.ceil((hit.windowEndsAt - now) / 1000));
  const response = jsonResponse(429, { error: localize(TOO_MANY[bucket](retryAfter), requestLang(request)) });
  response.headers.set('retry-after', String(retryAfter));
  return response;
}
