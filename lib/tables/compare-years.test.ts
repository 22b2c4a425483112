import { describe, expect, it } from 'vitest';
import { compareYears, type CompareYears } from './compare-years';
import { buildColumns } from './recognize-columns';

describe('compareYears', () => {
  it.each<[string, string[], CompareYears]>([
    ['the spec example', ['Chỉ tiêu', 'Năm 2009', 'Năm 2022', 'Năm 2022 so sánh với năm 2009'], { from: 2009, to: 2022 }],
    ['"2020 so với 2015" among three years', ['Chỉ tiêu', '2015', '2020', '2022', '2020 so với 2015'], { from: 2015, to: 2020 }],
    ['"so sánh với năm 2015" names the base', ['Chỉ tiêu', '2015', '2020', '2022', 'So sánh với năm 2015'], { from: 2015, to: 2022 }],
    ['"Năm 2020 so sánh" names the year compared', ['Chỉ tiêu', '2015', '2020', '2022', 'Năm 2020 so sánh (lần)'], { from: 2015, to: 2020 }],
    ['a period reads in order', ['Chỉ tiêu', '2009', '2022', 'So sánh giai đoạn 2009 - 2022'], { from: 2009, to: 2022 }],
    ['no year named: first and last', ['Chỉ tiêu', '2009', '2015', '2022', 'So sánh'], { from: 2009, to: 2022 }],
    ['no claim column: first and last', ['Chỉ tiêu', '2009', '2022'], { from: 2009, to: 2022 }],
    ['descending columns still compare earliest to latest', ['Chỉ tiêu', '2022', '2009', 'So sánh'], { from: 2009, to: 2022 }],
    ['plan against the year', ['Chỉ tiêu', 'Năm 2015', 'Kế hoạch 2015', 'So sánh với kế hoạch'], { from: 2015, to: 2015, fromPlan: true }],
    ['plan without a year', ['Chỉ tiêu', 'Năm 2015', 'KH', 'So với KH (%)'], { from: 2015, to: 2015, fromPlan: true }],
    ['plan with no claim column', ['Chỉ tiêu', 'Năm 2015', 'Kế hoạch'], { from: 2015, to: 2015, fromPlan: true }],
    // a provincial budget table: the year's estimate (dự toán) against what 11 months collected (our headers, Lạng Sơn's form)
    ['a budget estimate is the plan', ['Chỉ tiêu', 'Dự toán năm 2023', 'Ước thực hiện 11 tháng năm 2023', '11 tháng năm 2023 so với dự toán năm (%)'], { from: 2023, to: 2023, fromPlan: true }],
    ['a spending task is the plan', ['Chỉ tiêu', 'Nhiệm vụ chi năm 2023', 'Thực hiện năm 2023', 'So với nhiệm vụ (%)'], { from: 2023, to: 2023, fromPlan: true }],
    ['one year only', ['Chỉ tiêu', 'Năm 2015', 'Ghi chú'], null],
    ['English', ['Indicator', 'Year 2009', 'Year 2022', 'Comparison 2022 vs 2009'], { from: 2009, to: 2022 }],
    ['an average over a period runs from the year before it', ['Chỉ tiêu', '2015', '2020', 'Tốc độ tăng bình quân 2016-2020 (%)'], { from: 2015, to: 2020 }],
    ['an average over a period whose year before is not printed', ['Chỉ tiêu', '2016', '2020', 'Tăng bình quân 2016 - 2020 (%)'], { from: 2016, to: 2020 }],
    ['an average without a period', ['Chỉ tiêu', '2015', '2020', 'Tăng trưởng bình quân năm (%)'], { from: 2015, to: 2020 }],
    // A provincial report's one column of the period and its index on the same time a year earlier (Thái Nguyên, 6 tháng 2022):
    // the base is not printed, so each claim is `implied`.
    ['"so với cùng kỳ" beside one column', ['Chỉ tiêu', 'Thực hiện 6 tháng năm 2022', 'So với cùng kỳ năm trước (%)'], { from: 2021, to: 2022 }],
    ['"năm trước = 100" beside one column', ['Chỉ tiêu', 'Năm 2022', 'Chỉ số phát triển (Năm trước = 100) - %'], { from: 2021, to: 2022 }],
    ['a base year named but not printed', ['Chỉ tiêu', 'Năm 2023', 'So với năm 2022 (%)'], { from: 2022, to: 2023 }],
    // GSO's enterprises of Hà Nội, 2019: two periods' averages, neither a year column (it was read as 2016 → 2018)
    ['two periods\' averages', ['Chỉ tiêu', 'Bình quân giai đoạn 2011-2015', '2017', '2018', 'Chỉ số phát triển BQ giai đoạn 2016-2018 so với BQ giai đoạn 2011-2015'], null],
    // A CPI table of indices alone (Thừa Thiên Huế, March 2023): the year its header names against the year before.
    ['indices alone, on the same month a year earlier', ['', 'Tháng 3 năm 2023 so với: Tháng 3 năm trước %'], { from: 2022, to: 2023 }],
    ['indices alone, on the December before', ['', 'Tháng 3 năm 2023 so với: Tháng 12 năm trước %'], { from: 2022, to: 2023 }],
    ['indices alone, on a month of the same year', ['', 'Tháng 3 năm 2023 so với: Tháng 2 năm 2023 %'], null],
    // a report form's short names (our headers)
    ['"So CK (%)" beside one column', ['Chỉ tiêu', 'TH 9 tháng 2023', 'So CK (%)'], { from: 2022, to: 2023 }],
    ['"So CK (%)" beside both years', ['Chỉ tiêu', 'TH 9 tháng 2022', 'TH 9 tháng 2023', 'So CK (%)'], { from: 2022, to: 2023 }],
    ['"TH/KH (%)" is against the plan', ['Chỉ tiêu', 'KH năm 2023', 'TH 9 tháng 2022', 'TH 9 tháng 2023', 'TH/KH (%)'], { from: 2023, to: 2023, fromPlan: true }],
    ['"UTH 2023/TH 2022 (%)" names both years', ['Chỉ tiêu', 'TH 2022', 'KH 2023', 'UTH 2023', 'UTH 2023/TH 2022 (%)'], { from: 2022, to: 2023 }],
  ])('%s', (_name, headers, expected) => {
    expect(compareYears(buildColumns(headers))).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('keeps the years the header names even when they are not columns', () => {
    expect(compareYears(buildColumns(['Chỉ tiêu', '2009', '2022', '2020 so với 2015']))).toEqual({ from: 2015, to: 2020 });
  });

  it('does not read a number longer than four digits as a year', () => {
    expect(compareYears(buildColumns(['Chỉ tiêu', '2009', '2022', 'So sánh mã 120225']))).toEqual({ from: 2009, to: 2022 });
  });
});
