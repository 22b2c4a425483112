import { describe, expect, it } from 'vitest';
import { findPeriodPhrases, parsePeriodCell, periodLabel, WHOLE_YEAR } from './reference-period';

/** The last period a stretch of prose names, or the whole year: what a claim at its end takes. */
function periodInText(text: string): { key: string; year: number | null } {
  const last = findPeriodPhrases(text.normalize('NFC')).at(-1);
  return last === undefined ? { key: WHOLE_YEAR, year: null } : { key: last.key, year: last.year };
}

describe('parsePeriodCell', () => {
  it.each([
    ['', ''],
    ['Năm', ''],
    ['Q1', 'L3'],
    ['Q2', 'Q2'],
    ['quý IV', 'Q4'],
    ['6T', 'L6'],
    ['9T lũy kế', 'L9'],
    ['9 tháng lũy kế', 'L9'],
    ['T3', 'T3'],
    ['tháng 12', 'T12'],
    ['T1', 'L1'],
    ['12T', ''],
  ])('reads “%s” as %j', (cell, key) => {
    expect(parsePeriodCell(cell)).toEqual({ ok: true, key });
  });

  describe('edge cases', () => {
    it.each(['Q5', 'T13', 'mùa xuân', '13T'])('refuses “%s”', (cell) => {
      expect(parsePeriodCell(cell)).toEqual({ ok: false });
    });
  });
});

describe('findPeriodPhrases: the last period named', () => {
  it.each([
    ['Sáu tháng đầu năm 2024, tổng mức bán lẻ', 'L6', 2024],
    // "this year", its number not written (GSO, 6 months of 2005; our words)
    ['Sáu tháng đầu năm nay, GDP', 'L6', null],
    // the first half named as such (Quảng Ninh's GRDP, first half of 2023; our words)
    ['GRDP nửa đầu năm 2023 của tỉnh ước tăng', 'L6', 2023],
    ['Nửa đầu năm nay, GRDP', 'L6', null],
    ['Quý I/2024, vốn đầu tư', 'L3', 2024],
    ['Quý III năm 2023, xuất khẩu', 'Q3', 2023],
    ['9 tháng, thu ngân sách', 'L9', null],
    ['Tháng 3 năm 2024, chỉ số giá', 'T3', 2024],
    // the press writes the month and year with "-" or "." (GSO's CPI of October 2024, via sggp.org.vn; our words)
    ['chỉ số giá tiêu dùng tháng 10-2024', 'T10', 2024],
    ['so với tháng 12.2018', 'T12', 2018],
    ['Năm 2022, thu ngân sách', '', null],
    // the months summed so far (Vũng Tàu's industry and budget, October; our words)
    ['tháng 10 ước 3.115 tỷ đồng, lũy kế 10 tháng ước', 'L10', null],
    ['cộng dồn 9 tháng', 'L9', null],
    // a report form's short headers (the tra fish of the Mekong delta, "8T/2019"; our other two)
    ['8T/2019', 'L8', 2019],
    ['TH T6/2023', 'T6', 2023],
    ['Q1/2024 so với Q1/2023', 'L3', 2023],
  ])('“%s” → %s %s', (text, key, year) => {
    expect(periodInText(text)).toEqual({ key, year });
  });

  describe('edge cases', () => {
    it('takes the last period named', () => {
      expect(periodInText('Quý I tăng, 6 tháng đầu năm')).toEqual({ key: 'L6', year: null });
    });
    it('a span of months across years is no part of a year (the Cao Bằng seed: tháng 10/1947 to tháng 4/1948)', () => {
      expect(periodInText('Kết quả từ tháng 10 năm 1947 đến tháng 4 năm 1948, ta đã')).toEqual({ key: '', year: null });
    });
    it('months to a month are the months from January (Đồng Nai, budget to mid-December)', () => {
      expect(periodInText('đến hết tháng 10/2023, thu ngân sách')).toEqual({ key: 'L10', year: 2023 });
      expect(periodInText('đến giữa tháng 12/2022 đã thu')).toEqual({ key: '', year: 2022 });
    });
    it('number words count months ("Tám tháng năm 2022")', () => {
      expect(periodInText('Tám tháng năm 2022, tổng mức bán lẻ')).toEqual({ key: 'L8', year: 2022 });
      expect(periodInText('Mười một tháng năm 2021, xuất khẩu')).toEqual({ key: 'L11', year: 2021 });
    });
    it('a month before a range of days or months keeps no year it does not print', () => {
      expect(periodInText('tháng 2-3 đạt')).toEqual({ key: 'T2', year: null });
      expect(periodInText('tháng 12. 2018 là')).toEqual({ key: 'T12', year: null });
    });
    it('a short form is a period only with its year', () => {
      expect(periodInText('đạt 8T, tăng')).toEqual({ key: '', year: null });
      expect(periodInText('loại T6 và Q1 của sản phẩm')).toEqual({ key: '', year: null });
    });
    it('reads text without diacritics', () => {
      expect(periodInText('sau thang dau nam 2024')).toEqual({ key: 'L6', year: 2024 });
    });
  });
});

describe('periodLabel', () => {
  it.each([
    ['', 'vi', 'cả năm'],
    ['L9', 'vi', '9 tháng'],
    ['L3', 'en', 'Q1'],
    ['T3', 'en', 'month 3'],
    // January alone ("tháng 1/2023" of a monthly report) was "1 months 2023"
    ['L1', 'en', 'month 1'],
    ['L1', 'vi', 'tháng 1'],
  ] as const)('%j in %s is “%s”', (key, lang, label) => {
    expect(periodLabel(key, lang)).toBe(label);
  });
});
