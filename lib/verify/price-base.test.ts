import { describe, expect, it } from 'vitest';
import { priceBaseIn, priceBaseText, samePriceBase } from './price-base';

describe('priceBaseIn', () => {
  it.each([
    ['GRDP (giá so sánh 2010)', { kind: 'constant', year: 2010 }],
    ['GRDP theo giá SS năm 2010', { kind: 'constant', year: 2010 }],
    ['Tổng sản phẩm theo giá hiện hành', { kind: 'current' }],
    ['tính theo giá so sánh, tăng 3,65%', { kind: 'constant', year: null }],
    ['Thu ngân sách trên địa bàn', null],
    // Đà Nẵng, 6 months of 2013, as printed (the tone mark misplaced)
    ['GRDP tính theo giá sản xuất (gía gốc so sánh 2010)', { kind: 'constant', year: 2010 }],
  ])('“%s” → %j', (text, base) => {
    expect(priceBaseIn(text)).toEqual(base);
  });

  describe('edge cases', () => {
    it('takes the last base named', () => {
      expect(priceBaseIn('đạt 10 tỷ đồng theo giá hiện hành; theo giá so sánh 2010 tăng 6%')).toEqual({ kind: 'constant', year: 2010 });
    });
  });
});

describe('samePriceBase', () => {
  it.each([
    [{ kind: 'constant', year: 2010 }, { kind: 'current' }, false],
    [{ kind: 'constant', year: 2010 }, { kind: 'constant', year: 1994 }, false],
    [{ kind: 'constant', year: 2010 }, { kind: 'constant', year: null }, true],
    [null, { kind: 'current' }, true],
    [null, { kind: 'constant', year: 2010 }, false],
    [null, null, true],
  ] as const)('%j and %j: %s', (a, b, same) => {
    expect(samePriceBase(a, b)).toBe(same);
    expect(samePriceBase(b, a)).toBe(same);
  });

  describe('edge cases', () => {
    it('writes a base for the API', () => {
      expect(priceBaseText({ kind: 'constant', year: 2010 })).toBe('giá so sánh 2010');
      expect(priceBaseText(null)).toBeNull();
    });
  });
});
