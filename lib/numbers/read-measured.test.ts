import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMeasured } from './read-measured';

describe('readMeasured', () => {
  it.each<[string, number, number]>([
    ['3,8', 3.8, 1],
    ['51,8', 51.8, 1],
    ['1.042.100', 1042100, 0],
    ['785', 785, 0],
    ['0,4', 0.4, 1],
    ['18', 18, 0],
    ['3,35', 3.35, 2],
    ['3,80', 3.8, 2],
    ['1.042,55', 1042.55, 2],
    ['1 042 100', 1042100, 0],
    ['147.210', 147210, 0],
    ['1.5', 1.5, 1],
    ['0.400', 0.4, 3],
    ['13558.00', 13558, 2],
    ['1.04', 1.04, 2],
    ['007', 7, 0],
  ])('%j → %d (%d decimals)', (raw, value, decimals) => {
    expect(readMeasured(raw)).toEqual({ value, decimals });
  });

  it('reads back what Intl vi-VN writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }), (units, decimals) => {
        const value = units / 10 ** decimals;
        const written = new Intl.NumberFormat('vi-VN', {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(value);
        expect(readMeasured(written)).toEqual({ value, decimals });
      }),
    );
  });
});

describe('edge cases', () => {
  it.each(['', ' ', 'x', '3,8%', '-3', '1,234.56', '1..2', ',5', '5,', '1.042.10', '3 8', `${'9'.repeat(400)}`])(
    '%j is not a figure',
    (raw) => {
      expect(readMeasured(raw)).toBeNull();
    },
  );
});
