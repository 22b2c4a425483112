import { describe, expect, it } from 'vitest';
import { checkUnit } from './check-unit';
import { extractClaims } from '../finding/extract-claims';

function units(raw: string) {
  return checkUnit(extractClaims(raw));
}

// Sentences written for these tests; the real figure is the industrial production index of Bà Rịa - Vũng Tàu,
// first half of 2023 (excluding crude oil and gas), up 6,25% on a year earlier; below it is also misprinted in money.
describe('checkUnit', () => {
  it.each<[string, string, number]>([
    ['an index rise printed in triệu đồng', 'Sáu tháng đầu năm 2023, chỉ số sản xuất công nghiệp ước tăng 6,25 triệu đồng so với cùng kỳ.', 1],
    ['an index rise in %', 'Sáu tháng đầu năm 2023, chỉ số sản xuất công nghiệp ước tăng 6,25% so với cùng kỳ.', 0],
    ['a rate printed in tỷ đồng', 'Năm 2022 tỷ lệ hộ nghèo giảm 1,5 tỷ đồng so với năm 2021.', 1],
    ['a money level is money', 'Năm 2022 thu nhập bình quân đầu người tăng 6,25 triệu đồng so với năm 2021.', 0],
  ])('%s', (_name, raw, count) => {
    expect(units(raw)).toHaveLength(count);
  });

  // GSO, 10 months of 2023 (our words, its figure): 131.777 new firms, printed "131,777".
  it.each<[string, string, number]>([
    ['a count of firms with a comma before three digits', 'Tính chung 10 tháng năm 2023, cả nước có 131,777 doanh nghiệp đăng ký thành lập mới.', 1],
    ['the same count grouped right', 'Tính chung 10 tháng năm 2023, cả nước có 131.777 doanh nghiệp đăng ký thành lập mới.', 0],
    ['visits with a comma before three digits', 'Năm 2023 đón 2,315 lượt khách quốc tế.', 1],
  ])('%s', (_name, raw, count) => {
    expect(units(raw).filter((f) => f.severity === 'warning')).toHaveLength(count);
  });

  it('says which figure was probably meant', () => {
    const [finding] = units('Tính chung 10 tháng năm 2023, cả nước có 131,777 doanh nghiệp đăng ký thành lập mới.');
    expect(finding?.message.vi).toBe(
      '“131,777 doanh nghiệp” đọc theo quy ước là số thập phân, nhưng số doanh nghiệp không có phần lẻ: có lẽ là 131.777 doanh nghiệp (dấu phẩy dùng nhầm làm dấu phân cách hàng nghìn)',
    );
  });

  it('says what the figure is and what it prints', () => {
    const [finding] = units('Sáu tháng đầu năm 2023, chỉ số sản xuất công nghiệp ước tăng 6,25 triệu đồng so với cùng kỳ.');
    expect(finding).toMatchObject({ kind: 'impossible-unit', severity: 'error', claims: [0] });
    expect(finding?.message.vi).toContain('là chỉ số, chỉ tính bằng % hoặc điểm');
    expect(finding?.message.en).toContain('is an index, measured in % or points only');
  });
});

describe('edge cases', () => {
  it.each([
    ['no claims', ''],
    ['an index in points', 'Chỉ số giá tiêu dùng tăng 3,5 điểm so với kỳ gốc.'],
    // A decimal with a scale word, an average per unit, and a count bound ("hơn") are no misplaced comma.
    ['a scale word', 'Năm 2023 có 1,500 nghìn doanh nghiệp.'],
    ['a density', 'Mật độ dân số là 54,125 người/km2.'],
    ['one or two decimals', 'Bình quân 3,75 người.'],
  ])('%s gives no finding', (_name, raw) => {
    expect(units(raw)).toEqual([]);
  });
});
