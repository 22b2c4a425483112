import { describe, expect, it } from 'vitest';
import type { Recognition } from '@/lib/upload/types';
import { describeRecognition } from './describe-recognition';

const base: Recognition = {
  file: 'bang.csv',
  format: 'csv',
  sheet: null,
  sheets: [],
  kind: 'report',
  encoding: 'utf-16le',
  delimiter: '\t',
  headerRow: 3,
  compare: { from: 2015, to: 2020 },
  years: [2015, 2020],
  indicatorCount: 12,
  rowCount: 12,
  claimCount: 10,
  numberStyle: 'vi',
  warnings: [],
  moreWarnings: 0,
};

describe('describeRecognition', () => {
  it.each<[string, Partial<Recognition>, 'vi' | 'en', string]>([
    ['the issue example', {}, 'vi', 'Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, năm so sánh: 2020 với 2015, 12 chỉ tiêu'],
    ['in English', {}, 'en', 'Encoding UTF-16, delimiter: tab, header row: 3, years compared: 2020 with 2015, 12 indicators'],
    ['a comparison with the plan', { compare: { from: 2020, to: 2020, fromPlan: true } }, 'vi', 'Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, so sánh: năm 2020 với kế hoạch, 12 chỉ tiêu'],
    // a monthly report's October table (Thừa Thiên Huế, 10/2023)
    ['a part of the year', { compare: { from: 2022, to: 2023, part: 'T10' } }, 'vi', 'Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, năm so sánh: tháng 10 năm 2023 với tháng 10 năm 2022, 12 chỉ tiêu'],
    ['a part of the year, in English', { compare: { from: 2022, to: 2023, part: 'L10' } }, 'en', 'Encoding UTF-16, delimiter: tab, header row: 3, years compared: 10 months 2023 with 10 months 2022, 12 indicators'],
    ['a comparison with the plan, in English', { compare: { from: 2020, to: 2020, fromPlan: true } }, 'en', 'Encoding UTF-16, delimiter: tab, header row: 3, compared: 2020 with the plan, 12 indicators'],
    [
      'a UTF-8 BOM semicolon file',
      { encoding: 'utf-8-bom', delimiter: ';', headerRow: 1 },
      'vi',
      'Mã hoá UTF-8 (có BOM), phân cách: chấm phẩy, dòng tiêu đề: 1, năm so sánh: 2020 với 2015, 12 chỉ tiêu',
    ],
    [
      'a Windows-1258 comma file without comparison',
      { encoding: 'windows-1258', delimiter: ',', compare: null, indicatorCount: 1 },
      'vi',
      'Mã hoá Windows-1258, phân cách: dấu phẩy, dòng tiêu đề: 3, 1 chỉ tiêu',
    ],
    [
      'an Excel sheet',
      { format: 'xlsx', sheet: 'Bảng 2', encoding: null, delimiter: null, headerRow: 2 },
      'vi',
      'Tệp Excel, trang tính "Bảng 2", dòng tiêu đề: 2, năm so sánh: 2020 với 2015, 12 chỉ tiêu',
    ],
    [
      'a long series',
      { kind: 'series', compare: null, years: [1991, 2000, 2022], indicatorCount: 5, rowCount: 1200, delimiter: ',', encoding: 'utf-8' },
      'vi',
      'Mã hoá UTF-8, phân cách: dấu phẩy, dòng tiêu đề: 3, năm 1991–2022, chuỗi số liệu: 5 chỉ tiêu, 1.200 giá trị',
    ],
    [
      'a correction reused from an earlier dataset',
      { format: 'xlsx', sheet: 'Biểu 02', encoding: null, delimiter: null, headerRow: 2, reused: { dataset: '3f2b', name: 'Quý 1', columns: 1 } },
      'vi',
      'Tệp Excel, trang tính "Biểu 02", dòng tiêu đề: 2, năm so sánh: 2020 với 2015, 12 chỉ tiêu, dùng lại sửa đổi vai trò cột từ bộ dữ liệu “Quý 1”',
    ],
    // a CPI table of indices alone (Thừa Thiên Huế, 3/2023)
    ['indices alone', { compare: { from: 2022, to: 2023 }, years: [], indicatorCount: 17 }, 'vi', 'Mã hoá UTF-16, phân cách: tab, dòng tiêu đề: 3, năm so sánh: 2023 với 2022, 17 chỉ tiêu, chỉ có chỉ số so sánh, không in số liệu của các kỳ'],
    ['indices alone, in English', { compare: null, years: [], indicatorCount: 17 }, 'en', 'Encoding UTF-16, delimiter: tab, header row: 3, 17 indicators, comparison indices only, no values of the periods'],
    [
      'the same in English',
      { reused: { dataset: '3f2b', name: 'Quý 1', columns: 1 } },
      'en',
      'Encoding UTF-16, delimiter: tab, header row: 3, years compared: 2020 with 2015, 12 indicators, column roles corrected as saved with the dataset “Quý 1”',
    ],
  ])('%s', (_label, overrides, lang, expected) => {
    expect(describeRecognition({ ...base, ...overrides }, lang)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('says when numbers are written the English way', () => {
    // Grammar: ", số viết kiểu tiếng Anh (1,234.5)" at the end of the text.
    // Example: "…, mã hoá UTF-8, số viết kiểu tiếng Anh (1,234.5)" matches.
    expect(describeRecognition({ ...base, numberStyle: 'en' }, 'vi')).toMatch(/, số viết kiểu tiếng Anh \(1,234\.5\)$/);
  });

  it('a series without years leaves the years out', () => {
    expect(describeRecognition({ ...base, kind: 'series', years: [], compare: null }, 'en')).not.toContain('years');
  });

  it('an unknown encoding code is shown as is', () => {
    // Grammar: start "Mã hoá x-unknown,". Example: "Mã hoá x-unknown, bảng số liệu…" matches.
    expect(describeRecognition({ ...base, encoding: 'x-unknown' as Recognition['encoding'] }, 'vi')).toMatch(/^Mã hoá x-unknown,/);
  });
});
