import { describe, expect, it } from 'vitest';
import { reviewSeries } from './review-series';
import { testSeries } from './test-series';
import type { QualityWarning, ScaleSlipWarning, StraySmallWarning, UnitChangeWarning } from './types';

/*
 * Real series, some with a planted error:
 * - Vĩnh Phúc GRDP at current prices (triệu đồng), Cục Thống kê Vĩnh Phúc, Niên giám thống kê 2017,
 *   biểu 35: 45.068.670 (2010), 65.432.814 (2014), 73.048.284 (2015), 79.664.573 (2016), 85.338.110 (2017).
 * - Bắc Giang, Sở Kế hoạch và Đầu tư, "Chỉ tiêu toàn Tỉnh" (ktxh.khdt.bgo.vn/target/327), English-style
 *   numbers: value added at 2010 prices (tỷ đồng) 29315.30 … 52370.80 and a 0.00 for 2018; GRDP per head "VND"
 *   13.99 … 26.68 (2010–2014, million đồng) then 33785.30 … 43230.70 (2015–2017, thousand đồng) under one unit.
 * - Cao Bằng (the bundled document): budget revenue 9,4 (1991), 361,828 (2008), 393,6 (2009), 1.382,08 (2015),
 *   3.957,9 (2022) tỷ đồng; trade 1,307 (1991) … 845,5 (2022) triệu USD.
 * The slips, the unit label changes and the stray values marked "planted" are ours.
 */

const VINH_PHUC: [number, string][] = [
  [2010, '45.068.670'],
  [2014, '65.432.814'],
  [2015, '73.048.284'],
  [2016, '79.664.573'],
  [2017, '85.338.110'],
];

function codes(ws: readonly QualityWarning[]): string[] {
  return ws.map((w) => `${w.code}@${w.years.join('-')}`);
}

describe('reviewSeries: slips of 10× and 1000×', () => {
  it.each([
    // [case, indicator, unit, cells, expected codes, likely value of the slip]
    ['a decimal slip in the middle (1.234,5 among ~123)', 'Doanh thu du lịch', 'Tỷ đồng', [[2018, '118,6'], [2019, '121,3'], [2020, '1.234,5'], [2021, '125,8'], [2022, '131,0']], ['scale-slip@2020'], 123.45],
    ['planted 10× in the Vĩnh Phúc GRDP (2016 ×10)', 'GRDP giá hiện hành', 'Triệu đồng', [...VINH_PHUC.slice(0, 3), [2016, '796.645.730'], [2017, '85.338.110']], ['scale-slip@2016'], 79664573],
    ['planted 1000× at the end (thousands group slipped)', 'Thu ngân sách trên địa bàn', 'Tỷ đồng', [[2019, '3.157,2'], [2020, '3.402,5'], [2021, '3.650,1'], [2022, '3.957.900']], ['scale-slip@2022'], 3957.9],
    ['planted 10× too small at the start', 'Kim ngạch xuất khẩu', 'Triệu USD', [[2019, '16,39'], [2020, '170,2'], [2021, '181,4']], ['scale-slip@2019'], 163.9],
  ] as const)('%s', (_name, indicator, unit, cells, expected, likely) => {
    const found = reviewSeries(testSeries(indicator, unit, cells));
    expect(codes(found)).toEqual(expected);
    const slip = found[0] as ScaleSlipWarning;
    expect(slip.likely.value).toBeCloseTo(likely, 6);
    expect(slip.severity).toBe('warning');
  });

  it('names the value, its neighbours and the likely value in both languages', () => {
    const [slip] = reviewSeries(testSeries('Doanh thu du lịch', 'Tỷ đồng', [[2019, '121,3'], [2020, '1.234,5'], [2021, '125,8']]));
    expect(slip?.message.vi).toBe(
      '1.234,5 (2020) lớn gấp khoảng 10 lần các năm lân cận (2019: 121,3; 2021: 125,8); thay đổi thật hiếm khi quá 50%/năm. ' +
        'Giá trị đúng có lẽ là 123,45. Có thể đã nhầm vị trí dấu thập phân, hoặc thừa hay thiếu một chữ số.',
    );
    expect(slip?.message.en).toContain('is about 10 times the neighbouring years (2019: 121,3; 2021: 125,8)');
    expect(slip?.message.en).toContain('probably 123,45');
  });
});

describe('reviewSeries: real growth is never flagged', () => {
  it.each([
    ['Vĩnh Phúc GRDP 2010–2017 (8–12 %/yr, a 4-year gap)', 'GRDP giá hiện hành', 'Triệu đồng', VINH_PHUC],
    ['a province growing 8 %/yr for 10 years', 'GRDP', 'Tỷ đồng', Array.from({ length: 10 }, (_, i) => [2013 + i, (10000 * 1.08 ** i).toFixed(0)] as [number, string])],
    ['a fast series, +45 %/yr', 'Doanh thu du lịch', 'Tỷ đồng', [[2018, '100'], [2019, '145'], [2020, '210'], [2021, '305']]],
    ['Cao Bằng budget revenue (a 38× rise over 17 years)', 'Thu ngân sách trên địa bàn', 'Tỷ đồng', [[1991, '9,4'], [2008, '361,828'], [2009, '393,6'], [2015, '1.382,08'], [2022, '3.957,9']]],
    ['Cao Bằng trade (100× over 17 years)', 'Kim ngạch xuất nhập khẩu', 'Triệu USD', [[1991, '1,307'], [2008, '133,6'], [2009, '163,9'], [2015, '556,94'], [2022, '845,5']]],
    ['a growth rate falling from 7 % to 0,5 % (a rate, not a level)', 'Tốc độ tăng trưởng GRDP', '%', [[2019, '7,1'], [2020, '0,5'], [2021, '6,9']]],
    ['a COVID fall by half and back', 'Doanh thu du lịch', 'Tỷ đồng', [[2019, '4.850'], [2020, '2.310'], [2021, '1.620'], [2022, '4.100']]],
  ] as const)('%s', (_name, indicator, unit, cells) => {
    expect(reviewSeries(testSeries(indicator, unit, cells))).toEqual([]);
  });
});

describe('reviewSeries: unit changes', () => {
  it('finds the real step in Bắc Giang GRDP per head: million then thousand đồng under one unit', () => {
    const cells = [[2010, '13.99'], [2011, '18.04'], [2012, '21.00'], [2013, '24.61'], [2014, '26.68'], [2015, '33785.30'], [2016, '39912.60'], [2017, '43230.70']] as const;
    const found = reviewSeries(testSeries('GRDP bình quân đầu người', 'Triệu đồng', cells, 'en'));
    expect(codes(found)).toEqual(['unit-change@2014-2015']);
    const step = found[0] as UnitChangeWarning;
    expect(step.kind).toBe('step');
    expect(step.likelyUnit).toBe('Nghìn đồng');
    expect(step.message.vi).toContain('Từ năm 2015, giá trị lớn gấp khoảng 1000 lần các năm trước (2014: 26.68 → 2015: 33785.30)');
    expect(step.message.en).toContain('while the unit still reads “Triệu đồng”: the later years were probably entered in “Nghìn đồng”.');
  });

  it.each([
    // [case, cells (with per-value units), kind, consistent, severity]
    ['planted: the unit column turns from tỷ to triệu and the values follow', [[2019, '3.402,5', 'Tỷ đồng'], [2020, '3.650,1', 'Tỷ đồng'], [2021, '3.957.900', 'Triệu đồng']], 'label', true, 'info'],
    ['planted: the unit column turns to triệu but the values do not', [[2019, '3.402,5', 'Tỷ đồng'], [2020, '3.650,1', 'Tỷ đồng'], [2021, '3.957,9', 'Triệu đồng']], 'label', false, 'warning'],
    ['planted: units that do not convert (USD, đồng)', [[2019, '2.218', 'USD'], [2020, '47,7', 'Triệu đồng']], 'label', null, 'warning'],
  ] as const)('%s', (_name, cells, kind, consistent, severity) => {
    const found = reviewSeries(testSeries('Thu ngân sách', 'Tỷ đồng', cells));
    const change = found.find((w): w is UnitChangeWarning => w.code === 'unit-change');
    expect(change?.kind).toBe(kind);
    expect(change?.consistent).toBe(consistent);
    expect(change?.severity).toBe(severity);
    expect(found.filter((w) => w.code === 'scale-slip')).toEqual([]);
  });

  it('says what the converted value is', () => {
    const [change] = reviewSeries(testSeries('Thu ngân sách', 'Tỷ đồng', [[2020, '3.650,1', 'Tỷ đồng'], [2021, '3.957,9', 'Triệu đồng']]));
    expect(change?.message.vi).toBe(
      'Đơn vị đổi trong chuỗi: 3.650,1 Tỷ đồng (2020) sang 3.957,9 Triệu đồng (2021). Quy đổi, 3.957,9 Triệu đồng = 3,9579 Tỷ đồng: không liền mạch với năm trước; có thể ghi nhầm đơn vị hoặc giá trị.',
    );
  });
});

describe('reviewSeries: stray small values', () => {
  it('finds the real 0.00 typed for a missing 2018 in Bắc Giang value added (2010 prices)', () => {
    const cells = [[2014, '31459.20'], [2015, '41741.50'], [2016, '46213.80'], [2017, '52370.80'], [2018, '0.00']] as const;
    const found = reviewSeries(testSeries('Tổng giá trị gia tăng (Giá 2010)', 'Tỷ đồng', cells, 'en'));
    expect(codes(found)).toEqual(['stray-small@2018']);
    expect((found[0] as StraySmallWarning).zero).toBe(true);
    expect(found[0]?.message.vi).toBe('Năm 2018 ghi 0 giữa các năm lân cận lớn hơn nhiều (2016: 46213.80; 2017: 52370.80): có lẽ là số liệu thiếu được nhập thành 0.');
  });

  it.each([
    ['planted: a tiny value between two large ones', [[2019, '1.894'], [2020, '2.015'], [2021, '12'], [2022, '2.240']], ['stray-small@2021']],
    ['planted: a zero in the middle', [[2019, '1.894'], [2020, '0'], [2021, '2.101']], ['stray-small@2020']],
    ['a small first value is a start, not a stray', [[2019, '12'], [2020, '1.894'], [2021, '2.015']], []],
  ] as const)('%s', (_name, cells, expected) => {
    expect(codes(reviewSeries(testSeries('Số doanh nghiệp', 'Doanh nghiệp', cells)))).toEqual(expected);
  });
});

describe('reviewSeries: edge cases', () => {
  it.each([
    ['an empty series', []],
    ['one value', [[2020, '1.234,5']]],
    ['two values 10× apart (which one slipped cannot be told)', [[2020, '123,4'], [2021, '1.234,5']]],
    ['neighbours 6 years away judge nothing', [[2010, '120'], [2016, '1.250'], [2022, '131']]],
    ['two slipped values in a row are not a pattern of one', [[2018, '120'], [2019, '1.230'], [2020, '1.260'], [2021, '131']]],
    ['coarse small counts (1, 12, 2 projects)', [[2019, '1'], [2020, '12'], [2021, '2'], [2022, '11']]],
    ['a negative value (a balance) leaves the run alone', [[2019, '120'], [2020, '-1.250'], [2021, '131']]],
    ['the same unit spelled tỉ and tỷ, upper and lower case', [[2020, '3.650,1', 'Tỷ đồng'], [2021, '3.957,9', 'tỉ đồng']]],
    ['two values for one year: the first is kept, no change found', [[2020, '3.650,1', 'Tỷ đồng'], [2020, '3.650.100', 'Triệu đồng'], [2021, '3.957,9', 'Tỷ đồng']]],
  ] as const)('%s', (_name, cells) => {
    expect(reviewSeries(testSeries('Thu ngân sách', 'Tỷ đồng', cells))).toEqual([]);
  });

  it('gives each warning a stable id of code, indicator and years', () => {
    const [slip] = reviewSeries(testSeries('Doanh thu', 'Tỷ đồng', [[2019, '121,3'], [2020, '1.234,5'], [2021, '125,8']]));
    expect(slip?.id).toBe('scale-slip:doanh-thu:2020');
  });
});

describe('reviewSeries: the likely value keeps the decimals it needs', () => {
  it.each([
    ['a digit added to an integer', [[2015, '73.048.284'], [2016, '796.645.730'], [2017, '85.338.110']], '79664573', 0],
    ['a lost decimal comma in an integer-looking value', [[2019, '121,3'], [2020, '1235'], [2021, '125,8']], '123.5', 1],
    ['a decimal slip', [[2019, '121,3'], [2020, '1.234,5'], [2021, '125,8']], '123.45', 2],
    ['a value 10× too small keeps fewer decimals', [[2019, '121,3'], [2020, '12,35'], [2021, '125,8']], '123.5', 1],
  ] as const)('%s', (_name, cells, value, decimals) => {
    const [slip] = reviewSeries(testSeries('Doanh thu', 'Tỷ đồng', cells));
    expect(slip?.code === 'scale-slip' ? [String(slip.likely.value), slip.likely.decimals] : null).toEqual([value, decimals]);
  });
});
