import { describe, expect, it } from 'vitest';
import { slugify } from '../../dataset/slugify';
import { readReportTables } from '../../tables/read-report-table';
import { checkStructure, structureBlocksOf } from './structure-shares';

/*
 * Figures: Cục Thống kê tỉnh Vĩnh Long, Niên giám thống kê 2018, retail sales by kind of economic activity (years down,
 * million dongs, then "Cơ cấu - Structure (%)"): the 2014 shares are adjusted to sum to 100 (4.797.173 / 32.119.670 =
 * 14,935 printed 14,93). Cục Thống kê tỉnh Vĩnh Phúc, Niên giám thống kê 2018, biểu 25 (labour force by sex, years
 * across). Two years or rows only; the changed figures are ours.
 */
const RETAIL = [
  ';Tổng số;Chia ra - Of which;;;',
  ';;Bán lẻ hàng hóa;Dịch vụ lưu trú, ăn uống;Du lịch lữ hành;Dịch vụ khác',
  'Triệu đồng - Mill. dongs;;;;;',
  '2014;32.119.670;23.697.823;4.797.173;28.778;3.595.896',
  '2016;37.185.131;26.754.319;5.924.856;36.720;4.469.236',
  'Cơ cấu - Structure (%);;;;;',
  '2014;100,00;73,78;14,93;0,09;11,20',
  '2016;100,00;71,95;15,93;0,10;12,02',
].join('\n');

const LABOUR = [
  ';2010;2016',
  ';Người - Person;',
  'TỔNG SỐ - TOTAL;606.840;629.770',
  'Nam - Male;298.721;310.248',
  'Nữ - Female;308.119;319.522',
  ';Cơ cấu - Structure (%);',
  'TỔNG SỐ - TOTAL;100,00;100,00',
  'Nam - Male;49,23;49,26',
  'Nữ - Female;50,77;50,74',
].join('\n');

function warnings(csv: string) {
  const r = readReportTables(csv, 'co-cau.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value.flatMap((t) => structureBlocksOf(t, 'co-cau', (row) => slugify(row.indicator))).flatMap(checkStructure);
}

/** Each warning as [year, the row's name before its block, printed share, computed share to two decimals]. */
function found(csv: string): [number, string, number, string][] {
  return warnings(csv).map((w) => [w.year, (w.indicators[0] ?? '').replace(/ – .*$/u, ''), w.printed, w.computed.toFixed(2)]);
}

describe('structure shares against their values', () => {
  it.each<[string, string, [number, string, number, string][]]>([
    ['years down: every share as printed (2014 adjusted to 100)', RETAIL, []],
    ['years down: a share with two digits swapped', RETAIL.replace('71,95', '71,59'), [[2016, 'Chia ra - Of which Bán lẻ hàng hóa', 71.59, '71.95']]],
    [
      'years down: two shares swapped, still summing to 100',
      RETAIL.replace('15,93;0,10;12,02', '12,02;0,10;15,93'),
      [
        [2016, 'Chia ra - Of which Dịch vụ lưu trú, ăn uống', 12.02, '15.93'],
        [2016, 'Chia ra - Of which Dịch vụ khác', 15.93, '12.02'],
      ],
    ],
    ['years across: every share as printed', LABOUR, []],
    ['years across: a value typed wrong', LABOUR.replace('319.522', '391.522'), [[2016, 'Nữ - Female', 50.74, '62.17']]],
  ])('%s', (_name, csv, expected) => {
    expect(found(csv)).toEqual(expected);
  });

  it('names the row, the year, the printed and the computed share in both languages', () => {
    const [w] = warnings(RETAIL.replace('71,95', '71,59'));
    expect(w?.message.vi).toBe(
      'Năm 2016: “Chia ra - Of which Bán lẻ hàng hóa – Cơ cấu - Structure (%)” ghi tỷ trọng 71,59%, nhưng giá trị của dòng so với dòng tổng cho ' +
        '26.754.319 / 37.185.131 × 100 = 71,95% (chênh 0,36 điểm phần trăm, sai số làm tròn tối đa ±0,005).',
    );
    expect(w?.message.en).toContain('prints a share of 71,59%, but the row\'s value over the total\'s gives 26.754.319 / 37.185.131 × 100 = 71,95%');
  });
});

describe('edge cases', () => {
  it.each<[string, string, number]>([
    // 14,935 printed 14,92 is two units off: more than the GSO's adjustment.
    ['an adjustment of two units, the parts still summing to 100', RETAIL.replace('73,78;14,93', '73,79;14,92'), 1],
    // The one-unit adjustment holds only where the parts sum to exactly 100: 11,21 (11,195) and 14,93 (14,935) both count.
    ['one unit off where the parts do not sum to 100', RETAIL.replace('0,09;11,20', '0,09;11,21'), 2],
    ['no row of 100: no total, nothing checked', RETAIL.replace('2016;100,00', '2016;99,00').replace('71,95', '71,59'), 0],
    ['two rows of 100: no total known, nothing checked', LABOUR.replace('Nam - Male;49,23;49,26', 'Nam - Male;49,23;100,00'), 0],
    ['a share with no row of values of its name', LABOUR.replace('Nữ - Female;50,77;50,74', 'Nữ khác;50,77;0,74'), 0],
  ])('%s', (_name, csv, count) => {
    expect(warnings(csv)).toHaveLength(count);
  });
});
