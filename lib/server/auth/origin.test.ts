import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './origin';

function post(headers: Record<string, string>): Request {
  return new Request('http://127.0.0.1:3000/api/datasets', { method: 'POST', headers: { host: '127.0.0.1:3000', ...headers } });
}

describe('isSameOrigin', () => {
  it.each([
    [{ origin: 'http://127.0.0.1:3000' }, true],
    [{}, true],
    [{ origin: 'http://evil.example' }, false],
    [{ origin: 'null' }, false],
    [{ origin: 'https://127.0.0.1:3000' }, false],
    [{ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'cross-site' }, false],
  ])('%j → %s', (headers, same) => {
    expect(isSameOrigin(post(headers), {})).toBe(same);
  });

  describe('edge cases', () => {
    it('takes the origins listed in SOATSO_ORIGINS (a proxy rewriting Host)', () => {
      const request = post({ origin: 'https://soatso.example.vn' });
      expect(isSameOrigin(request, {})).toBe(false);
      expect(isSameOrigin(request, { SOATSO_ORIGINS: 'https://soatso.example.vn/, https://other' })).toBe(true);
    });
    it('trusts https from the proxy header', () => {
      expect(isSameOrigin(post({ origin: 'https://127.0.0.1:3000', 'x-forwarded-proto': 'https' }), {})).toBe(true);
    });
  });
});
