import { describe, expect, it } from 'vitest';
import { findTimePhrases, isPeriod } from './find-time-phrases';
import type { ClaimYears } from '../types';

function years(text: string): ClaimYears[] {
  return findTimePhrases(text).map((t) => t.years);
}

describe('findTimePhrases', () => {
  it.each<[string, ClaimYears[]]>([
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
  ])('%s', (text, expected) => {
    expect(years(text)).toEqual(expected);
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
    ['a backwards period is ignored', '2021 - 2018'],
    ['an amount range is not a period', '150 - 200 hộ'],
    ['empty text', ''],
  ])('%s', (_name, text) => {
    expect(findTimePhrases(text)).toEqual([]);
  });

  it('isPeriod tells periods from year lists', () => {
    expect(isPeriod({ from: 2016, to: 2020 })).toBe(true);
    expect(isPeriod([2016])).toBe(false);
    expect(isPeriod([])).toBe(false);
  });
});
