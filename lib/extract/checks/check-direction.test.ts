import { describe, expect, it } from 'vitest';
import { checkDirection } from './check-direction';
import { extractClaims } from '../finding/extract-claims';

function directions(raw: string) {
  return checkDirection(extractClaims(raw));
}

describe('checkDirection', () => {
  it.each<[string, string, number]>([
    ['"tăng" over a falling share', 'Tỷ trọng dịch vụ tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022).', 1],
    ['"giảm" over a rising rate', 'Tỷ lệ hộ nghèo giảm từ 10,5% năm 2018 xuống 11,2% năm 2023.', 1],
    ['"tăng" over rising values', 'Tỷ lệ lao động qua đào tạo tăng từ 34% (năm 2015) lên 48,2% (năm 2022).', 0],
    ['"giảm" over falling values', 'Tỷ lệ trẻ suy dinh dưỡng giảm từ 19,9% năm 2015 xuống còn 16,4% năm 2022.', 0],
    ['equal values', 'Tỷ lệ che phủ rừng tăng từ 57% (năm 2020) lên 57% (năm 2023).', 0],
    ['a table row that says "Tăng" over falling values', 'Chỉ tiêu Đơn vị Năm 2012 Năm 2023 Năm 2023 so sánh với năm 2012 \n1 Sản lượng chè Nghìn tấn 30,1 12,5 \nTăng \n\n2,4 lần', 1],
  ])('%s', (_name, raw, count) => {
    expect(directions(raw)).toHaveLength(count);
  });

  it('writes the difference out, in points for rates', () => {
    const [finding] = directions('Tỷ trọng dịch vụ tăng từ 54,06% (năm 2015) lên 53,75% (năm 2022).');
    expect(finding).toMatchObject({ kind: 'direction-contradicts-values', severity: 'error', claims: [0], year: 2022 });
    expect(finding?.computed).toBeCloseTo(-0.31, 9);
    expect(finding?.message).toEqual({
      vi: '“Tỷ trọng dịch vụ”: ghi “tăng” nhưng 54,06% (năm 2015) → 53,75% (năm 2022) là giảm: 53,75 − 54,06 = -0,31 điểm phần trăm',
      en: '“Tỷ trọng dịch vụ”: the text says “tăng” (rise) but 54,06% (year 2015) → 53,75% (year 2022) is a fall: 53,75 − 54,06 = -0,31 percentage points',
    });
  });

  it('says a comparative in its own words (Tây Ninh, 9 tháng 2023: 5,35% against the country’s 4,24%)', () => {
    const [finding] = directions('Chín tháng năm 2023, kinh tế của tỉnh tăng 5,35%, thấp hơn mức tăng chung của cả nước (4,24%).');
    expect(finding?.message.vi).toContain('ghi “thấp hơn” nhưng 4,24% → 5,35% (năm 2023) là cao hơn: 5,35 − 4,24 = 1,11 điểm phần trăm');
    expect(finding?.message.en).toContain('the text says “thấp hơn” (lower) but 4,24% → 5,35% (year 2023) is higher');
  });

  it('writes the difference in the unit of the values otherwise', () => {
    const [finding] = directions('Doanh thu lữ hành giảm từ 10 tỷ đồng (năm 2018) xuống 12 tỷ đồng (năm 2023).');
    expect(finding?.message.vi).toContain('12 − 10 = 2 tỷ đồng');
  });
});

describe('checkDirection with scale words', () => {
  // HCM City GRDP 2015 and 2020 (draft political report of the 2020–2025 Party congress): 919.000 tỉ → 1,49 triệu tỉ đồng.
  it.each<[string, string, number]>([
    ['a rise written with a larger scale word', 'Quy mô GRDP của Thành phố tăng từ 919.000 tỉ đồng năm 2015 lên 1,49 triệu tỉ đồng năm 2020.', 0],
    ['a fall written with a larger scale word', 'Quy mô GRDP của Thành phố giảm từ 919.000 tỉ đồng năm 2015 xuống 1,49 triệu tỉ đồng năm 2020.', 1],
  ])('%s', (_name, raw, count) => {
    expect(directions(raw)).toHaveLength(count);
  });

  it('writes the two values in one scale', () => {
    const [finding] = directions('Quy mô GRDP của Thành phố giảm từ 919.000 tỉ đồng năm 2015 xuống 1,49 triệu tỉ đồng năm 2020.');
    // Grammar: "là tăng: " then the difference of the two values written in one scale; the result ends in 571.
    expect(finding?.message.vi).toMatch(/là tăng: .* = [\d.,]*571/);
  });
});

describe('edge cases', () => {
  it.each([
    ['no claims', ''],
    ['a from–to statement without a direction word', 'Tỷ lệ lao động qua đào tạo từ 34% (năm 2015) lên 48,2% (năm 2022).'],
    ['a comparison without printed values', 'Doanh thu tăng 12% so với năm 2020.'],
    // tourism-2023-q1 (our words): dollars against đồng have no direction between them
    ['values in two currencies', 'Tổng thu du lịch quý I/2023 tăng từ 20.379 tỷ đồng lên 1,5 tỷ USD.'],
  ])('%s gives no findings', (_name, raw) => {
    expect(directions(raw)).toEqual([]);
  });
});
