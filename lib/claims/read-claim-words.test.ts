import { describe, expect, it } from 'vitest';
import { directionOf, signOf } from './read-claim-words';

describe('directionOf', () => {
  it('reads "tang" and "giam", nothing else', () => {
    expect(directionOf('tang')).toBe('up');
    expect(directionOf('giam')).toBe('down');
    expect(directionOf('bang')).toBeNull();
    expect(directionOf(undefined)).toBeNull();
  });
});

describe('signOf', () => {
  it('prefers the printed sign to the words', () => {
    expect(signOf('%', 'phan nghin')).toBe('%');
    expect(signOf(undefined, 'phan tram')).toBe('%');
    expect(signOf(undefined, 'phan ngan')).toBe('‰');
    expect(signOf(undefined, undefined)).toBeNull();
  });
});
