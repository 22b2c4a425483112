import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from './client-address';

const xff = (value: string): Headers => new Headers({ 'x-forwarded-for': value });

describe('clientAddress', () => {
  it.each([
    ['10.0.0.7', 0, '10.0.0.7'],
    ['10.0.0.7', 1, '10.0.0.7'],
    ['forged, 10.0.0.7', 1, '10.0.0.7'],
    ['forged, 10.0.0.7, 10.0.0.2', 2, '10.0.0.7'],
    ['::ffff:127.0.0.1', 0, '::ffff:127.0.0.1'],
  ])('%j with %i proxies → %s', (header, proxies, expected) => {
    expect(clientAddress(xff(header), proxies)).toBe(expected);
  });

  describe('edge cases', () => {
    it('no header counts as unknown', () => {
      expect(clientAddress(new Headers(), 0)).toBe('unknown');
    });
    it('more proxies than entries takes the leftmost', () => {
      expect(clientAddress(xff('10.0.0.7'), 3)).toBe('10.0.0.7');
    });
    it('empty entries are skipped', () => {
      expect(clientAddress(xff(' , 10.0.0.7 ,'), 0)).toBe('10.0.0.7');
    });
  });
});

describe('trustedProxies', () => {
  it.each([
    [undefined, 0],
    ['2', 2],
    ['-1', 0],
    ['x', 0],
  ])('%j → %i', (value, expected) => {
    expect(trustedProxies({ SOATSO_TRUSTED_PROXIES: value })).toBe(expected);
  });
});
