import { describe, expect, it } from 'vitest';
import { isGrowthRateName } from './growth-rate-name';

describe('isGrowthRateName', () => {
  it.each<[string, boolean]>([
    ['Tốc độ tăng trưởng kinh tế (GRDP)', true],
    ['tăng trưởng du lịch', true],
    ['tỉ lệ tăng dân số tự nhiên', true],
    ['Tỷ lệ tăng trưởng tín dụng', true],
    ['toc do tang truong nganh dich vu', true],
    ['Tổng vốn đầu tư toàn xã hội', false],
    ['Tỷ lệ hộ nghèo', false],
    ['doanh thu du lịch', false],
    ['sản lượng tăng vụ', false],
  ])('%s → %s', (name, expected) => {
    expect(isGrowthRateName(name)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each([
    ['null', null],
    ['empty', ''],
    ['a word that only contains the letters', 'xtốc độx'],
  ])('%s is no growth rate', (_name, value) => {
    expect(isGrowthRateName(value)).toBe(false);
  });

  it('reads decomposed (NFD) text', () => {
    expect(isGrowthRateName('Tốc độ tăng trưởng'.normalize('NFD'))).toBe(true);
  });
});
