import { describe, expect, it } from 'vitest';
import { checkConflicts, textLevels, valuesDiffer } from './check-conflicts';
import { extractClaims } from '../finding/extract-claims';

function conflicts(raw: string) {
  return checkConflicts(extractClaims(raw));
}

describe('checkConflicts', () => {
  it.each<[string, string, string[]]>([
    ['one indicator and year, two values', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.', ['error']],
    ['a rephrased name is only a warning', 'Năm 2023 tổng vốn đầu tư công đạt 5.000 tỷ đồng. Năm 2023 vốn đầu tư công trên địa bàn đạt 5.400 tỷ đồng.', ['warning']],
    ['a from–to end against a value', 'Năm 2023 tỷ lệ hộ nghèo là 11,2%. Tỷ lệ hộ nghèo giảm từ 19,5% năm 2018 xuống 12,1% năm 2023.', ['error']],
    ['the same value at another precision', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 413 tỷ đồng.', []],
    ['different years', 'Năm 2022 doanh thu bưu chính đạt 380 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.', []],
    ['different units', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 0,4 nghìn tỷ đồng.', []],
    ['different indicators', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Năm 2023 doanh thu lữ hành đạt 300 tỷ đồng.', []],
  ])('%s', (_name, raw, severities) => {
    expect(conflicts(raw).map((f) => f.severity)).toEqual(severities);
  });

  it('shows both values and the gap', () => {
    const [finding] = conflicts('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.');
    expect(finding).toMatchObject({ kind: 'conflicting-values', claims: [0, 1], year: 2023, indicator: 'doanh thu bưu chính' });
    expect(finding?.computed).toBeCloseTo(9, 9);
    expect(finding?.message).toBe(
      '“doanh thu bưu chính” năm 2023 được ghi hai giá trị khác nhau: 412,7 tỷ đồng và 421,7 tỷ đồng (chênh 421,7 − 412,7 = 9,0 tỷ đồng)',
    );
  });
});

describe('edge cases', () => {
  // Intervals that only touch (412,65–412,75 and 412,75–412,85) may be one number: no conflict.
  it.each<[number, number, number, number, boolean]>([
    [412.7, 1, 413, 0, false],
    [412.7, 1, 412.8, 1, false],
    [412.7, 1, 412.9, 1, true],
    [0.5, 1, 0.55, 2, false],
    [100, 0, 102, 0, true],
  ])('valuesDiffer(%d/%d, %d/%d) is %s', (a, da, b, db, expected) => {
    expect(valuesDiffer({ value: a, decimals: da }, { value: b, decimals: db })).toBe(expected);
  });

  it('takes no level from a value with a qualifier or without a single year', () => {
    expect(textLevels(extractClaims('Năm 2023 doanh thu bưu chính đạt trên 400 tỷ đồng. Doanh thu lữ hành đạt 300 tỷ đồng.'))).toEqual([]);
  });
});
