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
    // Quảng Trị, first half of 2018: the abbreviations (the level was explained as current prices)
    ['Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2018 (GSS2010)', { kind: 'constant', year: 2010 }],
    ['GRDP theo GSS 2010', { kind: 'constant', year: 2010 }],
    ['GRDP (GHH)', { kind: 'current' }],
  ])('“%s” → %j', (text, base) => {
    expect(priceBaseIn(text)).toEqual(base);
  });

  describe('edge cases', () => {
    it.each(['Chương trình GSSP 2010', 'mã AGSS2010'])('no abbreviation inside a word: “%s”', (text) => {
      expect(priceBaseIn(text)).toBeNull();
    });

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
