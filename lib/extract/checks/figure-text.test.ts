import { describe, expect, it } from 'vitest';
import { figureText, isMoneyUnit, unitSuffix } from './figure-text';

describe('figureText', () => {
  it.each<[number, number, string | null, string, string]>([
    [412.7, 1, 'tỷ đồng', '412,7 tỷ đồng', '412,7 billion dong'],
    [10221.8, 1, 'nghìn tỷ đồng', '10.221,8 nghìn tỷ đồng', '10.221,8 trillion dong'],
    [259.67, 2, 'tỷ USD', '259,67 tỷ USD', '259,67 billion USD'],
    [290, 0, 'người/km2', '290 người/km2', '290 persons/km²'],
    [29.21, 2, 'triệu đồng/người/năm', '29,21 triệu đồng/người/năm', '29,21 million dong/person/year'],
    [35.25, 2, '%', '35,25%', '35,25%'],
    [15.8, 1, '%/năm', '15,8%/năm', '15,8% a year'],
    [0.29, 2, 'điểm phần trăm', '0,29 điểm phần trăm', '0,29 percentage points'],
  ])('%d %s', (value, decimals, unit, vi, en) => {
    expect(figureText(value, decimals, unit)).toBe(vi);
    expect(figureText(value, decimals, unit, 'en')).toBe(en);
  });
});

describe('edge cases', () => {
  it('quotes a unit it cannot translate, as document text', () => {
    expect(unitSuffix('bác sĩ/vạn dân', 'en')).toBe(' “bác sĩ/vạn dân”');
    expect(unitSuffix('vạn tấn', 'en')).toBe(' ten thousand tonnes');
  });

  it('writes no unit for none', () => {
    expect(figureText(12, 0, null, 'en')).toBe('12');
    expect(unitSuffix('', 'vi')).toBe('');
  });

  it.each<[string | null, boolean]>([
    ['triệu đồng/người', true],
    ['tỷ USD', true],
    ['người', false],
    [null, false],
  ])('isMoneyUnit(%s) is %s', (unit, money) => {
    expect(isMoneyUnit(unit)).toBe(money);
  });
});
