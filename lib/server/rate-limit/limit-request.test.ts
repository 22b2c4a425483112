import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite-store';
import { limitRequest } from './limit-request';

const store = openSqliteStore(':memory:');
const T0 = 1_700_000_040_000; // a window of 60 s starts here (a multiple of 60 000)

function post(address: string, query = '', headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost/api/datasets${query}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': address, ...headers },
  });
}

// vitest.config switches limits off for the other handler tests; these switch them on.
const savedSwitch = process.env.SOATSO_RATE_LIMITS;
beforeEach(() => {
  process.env.SOATSO_RATE_LIMITS = 'on';
});
afterEach(() => {
  delete process.env.SOATSO_RATE_UPLOAD;
  process.env.SOATSO_RATE_LIMITS = savedSwitch;
});

describe('limitRequest', () => {
  it('lets the limit through, then answers 429 with Retry-After and a localized JSON error', async () => {
    process.env.SOATSO_RATE_UPLOAD = '3/60';
    for (let i = 0; i < 3; i++) expect(await limitRequest(post('10.1.0.1'), 'upload', store, T0 + i)).toBeNull();
    const refused = await limitRequest(post('10.1.0.1'), 'upload', store, T0 + 15_000);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('45');
    expect(await refused?.json()).toEqual({
      error: 'Máy này đã tải lên quá nhiều tệp trong thời gian ngắn. Hãy thử lại sau 45 giây.',
    });
    const english = await limitRequest(post('10.1.0.1', '?lang=en'), 'upload', store, T0 + 59_500);
    expect(english?.headers.get('retry-after')).toBe('1');
    expect(await english?.json()).toEqual({ error: 'Too many uploads from this computer. Try again in 1 seconds.' });
  });

  it('counts each client and each bucket apart', async () => {
    process.env.SOATSO_RATE_UPLOAD = '1/60';
    expect(await limitRequest(post('10.2.0.1'), 'upload', store, T0)).toBeNull();
    expect(await limitRequest(post('10.2.0.2'), 'upload', store, T0)).toBeNull();
    expect(await limitRequest(post('10.2.0.1'), 'save', store, T0)).toBeNull();
    expect((await limitRequest(post('10.2.0.1'), 'upload', store, T0))?.status).toBe(429);
  });

  describe('edge cases', () => {
    it('starts again at the next window', async () => {
      process.env.SOATSO_RATE_UPLOAD = '1/60';
      expect(await limitRequest(post('10.3.0.1'), 'upload', store, T0)).toBeNull();
      expect((await limitRequest(post('10.3.0.1'), 'upload', store, T0 + 59_999))?.status).toBe(429);
      expect(await limitRequest(post('10.3.0.1'), 'upload', store, T0 + 60_000)).toBeNull();
    });
    it('counts nothing when limits are off', async () => {
      process.env.SOATSO_RATE_LIMITS = 'off';
      process.env.SOATSO_RATE_UPLOAD = '1/60';
      for (let i = 0; i < 5; i++) expect(await limitRequest(post('10.4.0.1'), 'upload', store, T0)).toBeNull();
    });
  });
});
