import { describe, expect, it } from 'vitest';
import { makeClaim, m } from './test-claims';
import { messageContext } from './test-messages';
import { directionMatchMessage, pointsMessage, wrongDirectionMessage } from './write-change-messages';

describe('verdict messages', () => {
  it('match_points', () => {
    const ctx = messageContext(makeClaim('Giảm 28,75%', 'percent', 'down', [28.75, 2], { unitSign: '%' }), m(62.4, 1), m(33.65, 2), 17, '%');
    expect(pointsMessage(ctx, 28.75, 'giảm 28,75 điểm phần trăm')).toBe(
      "62,4% → 33,65% là giảm 28,75 điểm phần trăm (tương đương giảm 46,1%); nên ghi 'giảm 28,75 điểm phần trăm'",
    );
  });

  it('wrong_direction', () => {
    const ctx = messageContext(makeClaim('tăng', 'direction', 'up', null), m(54.06, 2), m(53.75, 2), 7, '%');
    expect(wrongDirectionMessage(ctx)).toBe('54,06% → 53,75% là giảm, không phải tăng');
  });

  it('direction match', () => {
    const ctx = messageContext(makeClaim('giảm', 'direction', 'down', null), m(54.06, 2), m(53.75, 2), 7, '%');
    expect(directionMatchMessage(ctx)).toBe('54,06% → 53,75% là giảm');
  });
});

describe('edge cases', () => {
  it('equal values are reported as unchanged', () => {
    const ctx = messageContext(makeClaim('tăng', 'direction', 'up', null), m(50, 0), m(50, 0));
    expect(directionMatchMessage(ctx)).toBe('50 → 50 là không đổi (trong độ chính xác của số liệu)');
  });

  it('match_points on per-mille values speaks of "điểm phần nghìn"', () => {
    const ctx = messageContext(makeClaim('Giảm 0,4‰', 'absolute', 'down', [0.4, 1], { unitSign: '‰' }), m(0.7, 1), m(0.3, 1), 17, '‰');
    expect(pointsMessage(ctx, 0.4, 'giảm 0,4 điểm phần nghìn')).toBe(
      "0,7‰ → 0,3‰ là giảm 0,4 điểm phần nghìn (tương đương giảm 57,1%); nên ghi 'giảm 0,4 điểm phần nghìn'",
    );
  });
});
