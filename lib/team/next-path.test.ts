import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/kiem-tra?verdict=mismatch', '/kiem-tra?verdict=mismatch'],
    ['/', '/'],
    ['/du-lieu/abc', '/du-lieu/abc'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
  ])('%j → %j', (raw, path) => {
    expect(safeNextPath(raw)).toBe(path);
  });

  describe('edge cases', () => {
    it('takes the first of repeated parameters and refuses control characters', () => {
      expect(safeNextPath(['/a', '/b'])).toBe('/a');
      expect(safeNextPath(undefined)).toBe('/');
      expect(safeNextPath('/a\nb')).toBe('/');
    });
  });
});
