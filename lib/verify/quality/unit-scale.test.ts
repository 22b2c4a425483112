import { describe, expect, it } from 'vitest';
import { isLevelSeries } from './series-kind';
import { rescaleUnit, scaleBetween, unitKey } from './unit-scale';

describe('unit scales', () => {
  it.each([
    ['Tỷ đồng', 'ty dong'],
    ['Tỉ đồng', 'ty dong'],
    [' (Ngàn tấn) ', 'nghin tan'],
    ['Triệu USD', 'trieu usd'],
  ] as const)('unitKey(%s)', (unit, key) => {
    expect(unitKey(unit)).toBe(key);
  });

  it.each([
    ['Tỷ đồng', 'Triệu đồng', 0.001],
    ['Tấn', 'Nghìn tấn', 1000],
    ['Nghìn tỷ đồng', 'Tỷ đồng', 0.001],
    ['USD', 'Triệu đồng', null],
    ['Người', 'Lượt khách', null],
  ] as const)('scaleBetween(%s, %s)', (from, to, factor) => {
    const got = scaleBetween(from, to);
    if (factor === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(factor, 12);
  });

  it.each([
    ['Tỷ đồng', 1e-3, 'Triệu đồng'],
    ['Triệu đồng', 1e-3, 'Nghìn đồng'],
    ['Tấn', 1e3, 'Nghìn tấn'],
    ['Nghìn tấn', 1e-3, 'Tấn'],
    ['Tấn', 1e-3, null],
    ['Triệu', 1e3, null],
  ] as const)('rescaleUnit(%s, %s)', (unit, factor, out) => {
    expect(rescaleUnit(unit, factor)).toBe(out);
  });

  it.each([
    ['Thu ngân sách trên địa bàn', 'Tỷ đồng', true],
    ['Số doanh nghiệp', 'Doanh nghiệp', true],
    ['Tốc độ tăng trưởng GRDP', '%', false],
    ['Tỷ lệ hộ nghèo', 'Phần trăm', false],
    ['Giảm tỷ suất sinh', '‰', false],
    ['Chỉ số giá tiêu dùng', '', false],
    ['Giảm tỷ lệ hộ nghèo', 'Điểm %', false],
    ['Tăng so với năm trước', 'Lần', false],
  ] as const)('isLevelSeries(%s, %s)', (indicator, unit, level) => {
    expect(isLevelSeries(indicator, unit)).toBe(level);
  });
});
