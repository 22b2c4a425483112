import { describe, expect, it } from 'vitest';
import { checkProse } from '../../extract/check-prose';
import { formatProseText, formatYears, proseJson } from './format-prose';

describe('formatYears', () => {
  it.each<[Parameters<typeof formatYears>[0], string]>([
    [[2022], '2022'],
    [[2015, 2022], '2015, 2022'],
    [{ from: 2016, to: 2020 }, '2016–2020'],
    [[], '—'],
  ])('%j → %s', (years, text) => {
    expect(formatYears(years)).toBe(text);
  });
});

describe('formatProseText', () => {
  it('lists only claims that compare something, and counts the rest', () => {
    const out = formatProseText(checkProse('Năm 2022 doanh thu đạt 50 tỷ đồng.\nNăm 2022 doanh thu tăng 12% so với năm 2021.'), 'a.txt');
    expect(out).toContain('a.txt:2  → Suy ra giá trị  “tăng 12% so với năm 2021”');
    expect(out).not.toContain('a.txt:1');
    expect(out).toContain('Tổng cộng 2 số liệu, 1 nhận định có so sánh: 1 suy ra giá trị; kiểm tra nhất quán: 0 lỗi, 0 cảnh báo.');
  });
});

describe('edge cases', () => {
  it('prints an empty report without claims or checks', () => {
    expect(formatProseText(checkProse('Không có số liệu.'), 'a.txt')).toBe('\nTổng cộng 0 số liệu, 0 nhận định có so sánh: không có; kiểm tra nhất quán: 0 lỗi, 0 cảnh báo.\n');
    expect(proseJson(checkProse(''), 'a.txt')).toEqual({ file: 'a.txt', claims: [], checks: [], tables: [], questions: [] });
  });
});
