import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageAt } from './page-at';

describe('pageAt', () => {
  it.each([
    [[0, 120, 300], 0, 1],
    [[0, 120, 300], 119, 1],
    [[0, 120, 300], 120, 2],
    [[0, 120, 300], 299, 2],
    [[0, 120, 300], 5000, 3],
  ])('pageAt(%j, %i) is %i', (starts, offset, page) => {
    expect(pageAt(starts, offset)).toBe(page);
  });
});

describe('edge cases', () => {
  it('one page holds every offset', () => {
    expect(pageAt([0], 99)).toBe(1);
  });

  it('an empty page (two equal starts) is skipped for the later one', () => {
    expect(pageAt([0, 10, 10, 20], 10)).toBe(3);
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1000), { minLength: 1 }), fc.nat(1200), (rest, offset) => {
        const starts = [0, ...rest.filter((n) => n > 0).sort((a, b) => a - b)];
        const linear = starts.filter((s) => s <= offset).length;
        expect(pageAt(starts, offset)).toBe(linear);
      }),
    );
  });
});
