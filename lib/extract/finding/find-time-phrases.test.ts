import { describe, expect, it } from 'vitest';
import { findTimePhrases, isPeriod } from './find-time-phrases';
import type { ClaimYears } from '../types';

function years(text: string): (ClaimYears | null)[] {
  return findTimePhrases(text).map((t) => t.years);
}

describe('findTimePhrases', () => {
  it.each<[string, (ClaimYears | null)[]]>([
    ['năm 2023 đạt 5%', [[2023]]],
    ['Năm 2019, doanh thu', [[2019]]],
    ['giai đoạn 2018 - 2021 đạt', [{ from: 2018, to: 2021 }]],
    ['giai đoạn 2018–2021', [{ from: 2018, to: 2021 }]],
    ['thời kỳ 2021 - 2030, tầm nhìn đến năm 2050', [{ from: 2021, to: 2030 }, [2050]]],
    ['từ năm 2016 đến năm 2023, kết nạp', [{ from: 2016, to: 2023 }]],
    ['từ năm 2016 đến 2023', [{ from: 2016, to: 2023 }]],
    ['Đến hết năm 2024 toàn huyện', [[2024]]],
    ['Đến nay, toàn tỉnh', [[]]],
    ['hiện nay có', [[]]],
    ['(năm 2017) lên 21% (năm 2023)', [[2017], [2023]]],
    // "cùng kỳ 2022" without "năm" (Cục Hàng không, 2023)
    ['giảm 3,4% so với cùng kỳ 2022 nhưng tăng 8,1% so cùng kỳ 2019', [[2022], [2019]]],
    // a year that opens its clause, before its verb or alone (GSO, 6 months of 2005: the earlier years in brackets)
    ['(2001 tăng 7,1%; 2002 tăng 6,5%)', [[2001], [2002]]],
    ['2004 ', [[2004]]],
    // the year so far is the figure's time; the years since ("kể từ năm 2021 trở lại đây", Hà Nam's first quarter of
    // 2025) are not
    ['doanh thu du lịch kể từ đầu năm 2024 đạt', [[2024]]],
    ['quý I/2025 tăng 10,54%, cao nhất của quý I kể từ năm 2021 trở lại đây', [[2025], null]],
    ['tăng 8,3%, thấp nhất kể từ năm 2011', []],
    ['cao nhất từ năm 2019 trở lại đây', []],
    // the year a budget carries money over from (Hậu Giang's budget, September 2018, our words) is no time
    ['không kể thu chuyển nguồn năm 2017 mang sang, tổng thu 9 tháng năm 2018', [[2018]]],
  ])('%s', (text, expected) => {
    expect(years(text)).toEqual(expected);
  });

  // Parts of a year, as GSO releases and provincial monthly reports write them (the periods of GSO's 2023 Q3 release
  // and Đồng Nai's October 2022 report).
  it.each<[string, string, ClaimYears | null, string]>([
    ['quarter with a slash', 'GRDP quý III/2023 ước tăng', [2023], 'Q3'],
    ['quarter with "năm"', 'Quý III năm 2023, tổng sản phẩm', [2023], 'Q3'],
    ['first quarter is three months', 'Quý I/2024, vốn đầu tư', [2024], 'L3'],
    ['months from January', 'Tính chung 9 tháng năm 2023, GDP tăng', [2023], 'L9'],
    ['first half, in words', 'Sáu tháng đầu năm 2024, bán lẻ', [2024], 'L6'],
    ['one month', 'xuất khẩu tháng 10/2022 đạt', [2022], 'T10'],
    ['months without a year take the context’s', 'Tính chung 9 tháng, GDP tăng', null, 'L9'],
    ['twelve months are the whole year', '12 tháng năm 2023 đạt', [2023], ''],
  ])('%s: %s', (_name, text, expected, part) => {
    const phrases = findTimePhrases(text);
    expect(phrases.map((p) => [p.years, p.period])).toEqual([[expected, part]]);
  });

  it('gives offsets covering the phrase', () => {
    const text = 'doanh thu giai đoạn 2018 - 2021 đạt';
    const [t] = findTimePhrases(text);
    expect(text.slice(t?.start, t?.end)).toBe('giai đoạn 2018 - 2021');
  });
});

describe('edge cases', () => {
  it.each([
    ['a grouped number is not a year', 'đạt 2.019 tỷ đồng'],
    ['a bare year without "năm" is not a time phrase', 'đạt 2019 tấn'],
    ['a count that opens a clause is no year', '(2001 doanh nghiệp tăng 5%)'],
    ['a backwards period is ignored', '2021 - 2018'],
    ['an amount range is not a period', '150 - 200 hộ'],
    ['empty text', ''],
    ['an age in months is no period', 'trẻ em dưới 6 tháng tuổi'],
    ['a duration is no period', 'hoàn thành trong 3 tháng'],
    ['the second half is not the first six months', 'trong 6 tháng cuối năm'],
  ])('%s', (_name, text) => {
    expect(findTimePhrases(text)).toEqual([]);
  });

  it('a part of a year and its year are one phrase, not a part and a year', () => {
    const text = 'doanh thu quý III năm 2023 đạt';
    const phrases = findTimePhrases(text);
    expect(phrases.map((p) => text.slice(p.start, p.end))).toEqual(['quý III năm 2023']);
  });

  it('isPeriod tells periods from year lists', () => {
    expect(isPeriod({ from: 2016, to: 2020 })).toBe(true);
    expect(isPeriod([2016])).toBe(false);
    expect(isPeriod([])).toBe(false);
  });
});
