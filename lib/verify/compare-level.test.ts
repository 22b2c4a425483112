import { describe, expect, it } from 'vitest';
import { compareLevel } from './compare-level';

describe('compareLevel', () => {
  it.each([
    // Nam Định yearbook 2022, table 30: GRDP 2022 is 91.965.673 million đồng.
    [{ value: 91965.7, decimals: 1, unit: 'tỷ đồng' }, { value: 91965673, decimals: 0, unit: 'Triệu đồng' }],
    [{ value: 92, decimals: 0, unit: 'nghìn tỷ đồng' }, { value: 91965673, decimals: 0, unit: 'Triệu đồng' }],
    [{ value: 296.3, decimals: 1, unit: 'nghìn tấn' }, { value: 296300, decimals: 0, unit: 'tấn' }],
  ])('%j agrees with %j', (printed, reference) => {
    expect(compareLevel(printed, reference).agree).toBe(true);
  });

  it.each([
    ['digits', { value: 13461, decimals: 1, unit: 'tỷ đồng' }, { kind: 'digits' }],
    ['scale', { value: 13416, decimals: 0, unit: 'triệu đồng' }, { kind: 'scale', factor: 1000 }],
    ['year', { value: 12498.3, decimals: 1, unit: 'tỷ đồng' }, { kind: 'year', year: 2016 }],
  ] as const)('recognises a %s slip', (_name, printed, slip) => {
    const result = compareLevel(printed, { value: 13415984, decimals: 0, unit: 'Triệu đồng' }, [{ value: 12498300, decimals: 0, unit: 'Triệu đồng', year: 2016 }]);
    expect(result).toMatchObject({ agree: false, slip });
  });

  describe('edge cases', () => {
    it('agrees at the edge of the rounding intervals', () => {
      expect(compareLevel({ value: 10.6, decimals: 1, unit: '%' }, { value: 10.65, decimals: 2, unit: '%' }).agree).toBe(true);
      expect(compareLevel({ value: 10.6, decimals: 1, unit: '%' }, { value: 10.66, decimals: 2, unit: '%' }).agree).toBe(false);
    });
    it('gives the gap in the printed unit, with no slip when none fits', () => {
      expect(compareLevel({ value: 100, decimals: 0, unit: 'tỷ đồng' }, { value: 120000, decimals: 0, unit: 'triệu đồng' })).toEqual({ agree: false, reference: 120, gap: -20, slip: null });
    });
  });
});
