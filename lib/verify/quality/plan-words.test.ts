import { describe, expect, it } from 'vitest';
import { readReportTables } from '../../tables/read-report-table';
import { slugify } from '../../dataset/slugify';
import { lowerIsBetter, readPlanTarget } from './plan-target';
import { planRowsOf } from './plan-rows';
import { checkPlanWord, readPlanWord, type PlanRow } from './plan-words';

/*
 * Plan targets from real provincial plans for 2023:
 * - Thừa Thiên Huế, Quyết định 01/QĐ-UBND (thuathienhue.gov.vn, "Chỉ tiêu kinh tế - xã hội năm 2023"):
 *   GRDP growth 9 - 10 %; GRDP per head 2.670 - 2.760 USD; agricultural growth 3 - 4 %.
 * - Phú Thọ, Nghị quyết 11/NQ-HĐND (phuthodfa.gov.vn): GRDP growth from 7,5 % up; GRDP per head from 63
 *   million đồng up; budget revenue from 6.109 billion đồng up; farm labour share under 35 %; forest cover 39,2 %.
 * The 2022 values, the estimates for 2023 and the plan words are ours; the contradicting words are planted.
 */

describe('readPlanTarget', () => {
  it.each([
    ['9 - 10', { kind: 'range', low: 9, high: 10, decimals: 0 }],
    ['7,5-8,0', { kind: 'range', low: 7.5, high: 8, decimals: 1 }],
    ['2.670 - 2.760', { kind: 'range', low: 2670, high: 2760, decimals: 0 }],
    ['từ 7,5 đến 8%', { kind: 'range', low: 7.5, high: 8, decimals: 1 }],
    ['< 7,6', { kind: 'at-most', high: 7.6, decimals: 1, strict: true, plain: false }],
    ['dưới 35%', { kind: 'at-most', high: 35, decimals: 0, strict: true, plain: false }],
    ['≤ 4', { kind: 'at-most', high: 4, decimals: 0, strict: false, plain: false }],
    ['≥ 8', { kind: 'at-least', low: 8, decimals: 0, strict: false, plain: false }],
    ['>= 7,5', { kind: 'at-least', low: 7.5, decimals: 1, strict: false, plain: false }],
    ['từ 7,5 trở lên', { kind: 'at-least', low: 7.5, decimals: 1, strict: false, plain: false }],
    ['trên 6.109', { kind: 'at-least', low: 6109, decimals: 0, strict: true, plain: false }],
    ['39,2', { kind: 'at-least', low: 39.2, decimals: 1, strict: false, plain: true }],
  ] as const)('%s', (raw, target) => {
    expect(readPlanTarget(raw)).toEqual(target);
  });

  describe('edge cases', () => {
    it.each([[''], ['Tăng mạnh'], ['10 - 9'], ['x'], ['khoảng 8 hoặc hơn nữa']])('"%s" is no target', (raw) => {
      expect(readPlanTarget(raw)).toBeNull();
    });

    it('reads a plain number as a maximum when less is better', () => {
      expect(readPlanTarget('4', 'vi', lowerIsBetter('Tỷ lệ hộ nghèo'))).toEqual({ kind: 'at-most', high: 4, decimals: 0, strict: false, plain: true });
      expect(lowerIsBetter('Giảm tỷ lệ hộ nghèo')).toBe(false);
    });

    it('reads the English number style of the file', () => {
      expect(readPlanTarget('7.5-8.0', 'en')).toEqual({ kind: 'range', low: 7.5, high: 8, decimals: 1 });
    });
  });
});

describe('readPlanWord', () => {
  it.each([
    ['Đạt', 'dat'],
    ['đạt kế hoạch', 'dat'],
    ['Hoàn thành', 'dat'],
    ['Không đạt', 'khong-dat'],
    ['Chưa đạt', 'khong-dat'],
    ['Vượt', 'vuot'],
    ['VƯỢT KH', 'vuot'],
    ['vuot', 'vuot'],
    ['Đạt 104% kế hoạch', null],
    ['Tăng 5%', null],
    ['', null],
  ] as const)('%s', (cell, word) => {
    expect(readPlanWord(cell)).toBe(word);
  });
});

function row(planRaw: string, actualRaw: string, wordRaw: string, indicator = 'Tốc độ tăng trưởng GRDP'): PlanRow {
  const [int, frac = ''] = actualRaw.replace(/\./g, '').split(',');
  return {
    tableId: 'ke-hoach',
    line: 5,
    indicatorId: slugify(indicator),
    indicator,
    planRaw,
    wordRaw,
    actual: { year: 2023, raw: actualRaw, value: Number(`${int}.${frac}`), unit: '%', decimals: frac.length },
    style: 'vi',
  };
}

describe('checkPlanWord', () => {
  it.each([
    // [case, plan, actual, word, expected word (null: no contradiction)]
    ['Huế growth 9-10, actual 8,5, "Đạt" (planted)', '9 - 10', '8,5', 'Đạt', 'khong-dat'],
    ['Huế growth 9-10, actual 9,4, "Đạt"', '9 - 10', '9,4', 'Đạt', null],
    ['Huế growth 9-10, actual 9,4, "Vượt" (planted: inside the range)', '9 - 10', '9,4', 'Vượt', 'dat'],
    ['Huế growth 9-10, actual 10,6, "Vượt"', '9 - 10', '10,6', 'Vượt', null],
    ['Huế growth 9-10, actual 9,2, "Không đạt" (planted)', '9 - 10', '9,2', 'Không đạt', 'dat'],
    ['Phú Thọ growth ≥ 7,5, actual 7,4, "Đạt" (planted)', '≥ 7,5', '7,4', 'Đạt', 'khong-dat'],
    ['Phú Thọ growth ≥ 7,5, actual 7,6, "Không đạt" (planted)', '≥ 7,5', '7,6', 'Không đạt', 'dat'],
    ['Phú Thọ farm labour < 35, actual 34,2, "Đạt"', '< 35', '34,2', 'Đạt', null],
    ['Phú Thọ farm labour < 35, actual 36,1, "Đạt" (planted)', '< 35', '36,1', 'Đạt', 'khong-dat'],
    ['Phú Thọ farm labour < 35, actual 33,9, "Không đạt" (planted)', '< 35', '33,9', 'Không đạt', 'dat'],
    ['a bound "< 7,6" and 7,2 "Vượt": a maximum cannot be judged on "Vượt"', '< 7,6', '7,2', 'Vượt', null],
    ['Phú Thọ forest cover 39,2 (plain: a minimum), 39,0 "Đạt" (planted)', '39,2', '39,0', 'Đạt', 'khong-dat'],
    ['Phú Thọ forest cover 39,2, 39,2 "Vượt": equal within rounding, not judged', '39,2', '39,2', 'Vượt', null],
  ] as const)('%s', (_name, plan, actual, word, expected) => {
    expect(checkPlanWord(row(plan, actual, word))?.expected ?? null).toBe(expected);
  });

  describe('edge cases', () => {
    it.each([
      ['at the edge within rounding: 7,5 against ≥ 7,5 with "Không đạt"', '≥ 7,5', '7,5', 'Không đạt', null],
      ['at the edge within rounding: 7,5 against > 7,5 with "Đạt"', '> 7,5', '7,5', 'Đạt', null],
      ['a coarse actual: 9 against 9-10 with "Không đạt" ([8,5; 9,5] straddles 9)', '9 - 10', '9', 'Không đạt', null],
      ['an unreadable plan', 'theo NQ', '9,4', 'Đạt', null],
      ['no plan word', '9 - 10', '8,5', 'Tăng 8,5%', null],
      ['poverty rate with a plain plan 4 (less is better), 3,8 "Đạt"', '4', '3,8', 'Đạt', null],
    ] as const)('%s', (_name, plan, actual, word, expected) => {
      const indicator = plan === '4' ? 'Tỷ lệ hộ nghèo' : 'Tốc độ tăng trưởng GRDP';
      expect(checkPlanWord(row(plan, actual, word, indicator))?.expected ?? null).toBe(expected);
    });
  });

  it('gives the reason with the interval, the target and the word the figures support', () => {
    const w = checkPlanWord(row('9 - 10', '8,5', 'Đạt'));
    expect(w?.message.vi).toBe(
      'Ghi “Đạt” nhưng thực hiện 8,5 (2023; khoảng làm tròn [8,45; 8,55]) thấp hơn mức từ 9 đến 10 so với kế hoạch “9 - 10”: cột số liệu ứng với “Không đạt”.',
    );
    expect(w?.message.en).toBe(
      'The row says “Đạt” but the actual 8,5 (2023; rounding interval [8,45; 8,55]) is below the target, from 9 to 10, against the plan “9 - 10”: the figures support “Không đạt”.',
    );
    expect(w?.severity).toBe('warning');
  });
});

describe('planRowsOf: a report form with a plan column and an assessment column', () => {
  const csv = [
    'Biểu 01. Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023',
    'STT;Chỉ tiêu;Đơn vị tính;Năm 2022;Kế hoạch 2023;Ước TH 2023;Đánh giá',
    '1;Tốc độ tăng trưởng GRDP;%;8,1;9 - 10;8,5;Đạt',
    '2;GRDP bình quân đầu người;USD;2.535;2.670 - 2.760;2.702;Đạt',
    '3;Tỷ trọng lao động nông nghiệp;%;36,4;< 35;34,2;Không đạt',
    '4;Tổng thu ngân sách trên địa bàn;Tỷ đồng;5.804;≥ 6.109;6.250;Vượt',
  ].join('\n');

  it('reads plan, actual and word, and finds the two planted contradictions', () => {
    const read = readReportTables(csv, 'ke-hoach-2023.csv');
    if (!read.ok) throw new Error(read.error.code);
    const [table] = read.value;
    if (!table) throw new Error('no table');
    const rows = planRowsOf(table, 'ke-hoach-2023', (r) => slugify(r.indicator));
    expect(rows.map((r) => [r.planRaw, r.actual.year, r.actual.raw, r.wordRaw])).toEqual([
      ['9 - 10', 2023, '8,5', 'Đạt'],
      ['2.670 - 2.760', 2023, '2.702', 'Đạt'],
      ['< 35', 2023, '34,2', 'Không đạt'],
      ['≥ 6.109', 2023, '6.250', 'Vượt'],
    ]);
    const found = rows.flatMap((r) => {
      const w = checkPlanWord(r);
      return w ? [[w.indicators[0], w.word, w.expected, w.line]] : [];
    });
    expect(found).toEqual([
      ['Tốc độ tăng trưởng GRDP', 'dat', 'khong-dat', 3],
      ['Tỷ trọng lao động nông nghiệp', 'khong-dat', 'dat', 5],
    ]);
  });
});
