import { describe, expect, it } from 'vitest';
import { checkConsistency } from './check-consistency';
import { extractClaims } from './extract-claims';

function kinds(raw: string): string[] {
  return checkConsistency(extractClaims(raw)).map((f) => f.kind);
}

describe('checkConsistency', () => {
  it.each<[string, string, string[]]>([
    ['shares of one year that miss 100', 'Cơ cấu kinh tế chuyển dịch, trong đó nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 61% (năm 2023).', ['shares-not-100']],
    ['shares that add up on both ends', 'Cơ cấu lao động: nông nghiệp giảm từ 40% (năm 2018) xuống 35% (năm 2023); dịch vụ tăng từ 60% (năm 2018) lên 65% (năm 2023).', []],
    ['rates that are not shares of one whole', 'Tỷ lệ hộ nghèo giảm từ 19,5% năm 2018 xuống 11,2% năm 2023; tỷ lệ hộ dùng điện tăng từ 90% năm 2018 lên 99,1% năm 2023.', []],
    ['one indicator and year printed twice with different values', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.', ['conflicting-values']],
    ['the same value printed twice at different precision', 'Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 413 tỷ đồng.', []],
    ['different years are no conflict', 'Năm 2022 doanh thu bưu chính đạt 380 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.', []],
  ])('%s', (_name, raw, expected) => {
    expect(kinds(raw)).toEqual(expected);
  });

  it('reports the sum and the year of the shares in Vietnamese', () => {
    const [finding] = checkConsistency(extractClaims('Cơ cấu: nông nghiệp giảm từ 40,5% (năm 2018) xuống 35,25% (năm 2023); dịch vụ tăng từ 59,5% (năm 2018) lên 61% (năm 2023).'));
    expect(finding).toMatchObject({ kind: 'shares-not-100', year: 2023, sum: 96.25 });
    expect(finding?.message).toBe('Các tỷ trọng năm 2023 cộng lại được 96,25%, không phải 100%');
  });

  it('names both values of a conflict', () => {
    const [finding] = checkConsistency(extractClaims('Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng. Kết quả cả năm 2023: doanh thu bưu chính 421,7 tỷ đồng.'));
    expect(finding?.message).toBe('“doanh thu bưu chính” năm 2023 được ghi hai giá trị khác nhau: 412,7 tỷ đồng và 421,7 tỷ đồng');
  });
});

describe('edge cases', () => {
  it.each([
    ['no claims', ''],
    ['a single share', 'Tỷ trọng dịch vụ tăng từ 40% (năm 2018) lên 45% (năm 2023).'],
    ['a bound is no conflict', 'Năm 2023 doanh thu bưu chính đạt trên 400 tỷ đồng. Năm 2023 doanh thu bưu chính đạt 412,7 tỷ đồng.'],
  ])('%s gives no findings', (_name, raw) => {
    expect(checkConsistency(extractClaims(raw))).toEqual([]);
  });
});
