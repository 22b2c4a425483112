import { describe, expect, it } from 'vitest';
import { makeClaim, m } from './test-claims';
import { computedOf, messageContext } from './test-messages';
import { matchMessage, mismatchMessage, truncatedMessage } from './write-figure-messages';

describe('verdict messages', () => {
  it('match: ratio', () => {
    const ctx = messageContext(makeClaim('Tăng 3,8 lần', 'ratio', 'up', [3.8, 1]), m(10.6, 1), m(39.8, 1));
    expect(matchMessage(ctx, computedOf(ctx))).toBe('39,8 / 10,6 = 3,75 → làm tròn 3,8');
  });

  it('match: percent with a lower bound', () => {
    const ctx = messageContext(makeClaim('tăng trên 50%', 'percent', 'up', [50, 0], { unitSign: '%', qualifier: 'lower' }), m(556.94, 2), m(845.5, 1));
    expect(matchMessage(ctx, computedOf(ctx))).toBe("845,5 / 556,94 − 1 = 51,81%; đạt 'trên 50%'");
  });

  it('match_truncated', () => {
    const ctx = messageContext(makeClaim('tăng 186,3%', 'percent', 'up', [186.3, 1], { unitSign: '%' }), m(1382.08, 2), m(3957.9, 1));
    expect(truncatedMessage(ctx)).toBe(
      '3.957,9 / 1.382,08 − 1 = 186,37% → làm tròn 186,4%, không phải 186,3% (số bị cắt bớt chữ số)',
    );
  });

  it('mismatch: average-annual with a lower bound', () => {
    const ctx = messageContext(makeClaim('bình quân tăng trên 10%/năm', 'average-annual', 'up', [10, 0], { unitSign: '%', qualifier: 'lower' }), m(7600, 0), m(10607, 0), 7);
    expect(mismatchMessage(ctx, 'tăng 5%/năm')).toBe(
      "(10.607 / 7.600)^(1/7) − 1 = 4,88%/năm; không đạt 'trên 10%/năm'; nên ghi 'tăng 5%/năm'",
    );
  });

  it('mismatch: plain ratio', () => {
    const ctx = messageContext(makeClaim('tăng 4,1 lần', 'ratio', 'up', [4.1, 1]), m(10.6, 1), m(39.8, 1));
    expect(mismatchMessage(ctx, 'tăng 3,8 lần')).toBe("39,8 / 10,6 = 3,75 → làm tròn 3,8, không phải 4,1; nên ghi 'tăng 3,8 lần'");
  });
});

describe('edge cases', () => {
  it('an edge match says the claim fits within the rounding of the values', () => {
    const ctx = messageContext(makeClaim('tăng 3,5 lần', 'ratio', 'up', [3.5, 1]), m(10.0, 1), m(34.4, 1));
    expect(matchMessage(ctx, computedOf(ctx))).toBe(
      '34,4 / 10,0 = 3,44 → làm tròn 3,4; vẫn khớp 3,5 khi tính sai số làm tròn của số liệu (3,42–3,46)',
    );
  });

  it('an about-qualified mismatch says it is more than 5% off', () => {
    const ctx = messageContext(makeClaim('tăng khoảng 4,2 lần', 'ratio', 'up', [4.2, 1], { qualifier: 'about' }), m(10.6, 1), m(39.8, 1));
    expect(mismatchMessage(ctx, 'tăng 3,8 lần')).toBe(
      "39,8 / 10,6 = 3,75; không khớp 'khoảng 4,2 lần' (lệch quá ±5%); nên ghi 'tăng 3,8 lần'",
    );
  });
});
