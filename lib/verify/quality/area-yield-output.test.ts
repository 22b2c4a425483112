import { describe, expect, it } from 'vitest';
import { slugify } from '../../dataset/slugify';
import { readReportTables } from '../../tables/read-report-table';
import { checkYieldRow, yieldRowsOf } from './area-yield-output';
import type { ColumnTable } from './column-splits';
import { reviewQuality } from './review-quality';

/*
 * Figures: Cục Thống kê tỉnh Nam Định, spring rice by district (area ha, yield tạ/ha, output tấn; printed in the
 * provincial paper), 2018 and 2020, three rows of eleven kept: in 2018 every row's output is its area × yield within
 * rounding, in 2020 Trực Ninh and Mỹ Lộc are not. The scaled units and the edge cases are ours.
 */
const header = (year: number): string =>
  [
    `"Diện tích, năng suất, sản lượng lúa vụ xuân năm ${year} phân theo huyện, thành phố (Cục Thống kê tỉnh Nam Định)"`,
    `Huyện, thành phố;Diện tích (ha);Năng suất (tạ/ha);Năng suất so sánh với vụ xuân năm ${year - 1} (%);Sản lượng (tấn)`,
  ].join('\n');
const SPRING_2018 = [header(2018), 'Toàn tỉnh;73.936;69,52;;514.024', 'Mỹ Lộc;3.280;58,5;101,12;19.188', 'Trực Ninh;7.514;72,05;98,03;54.138'].join('\n');
const SPRING_2020 = [header(2020), 'Toàn tỉnh;72.465;69,45;;503.258', 'Mỹ Lộc;3.197;58,3;99,18;18.486', 'Trực Ninh;7.390;71,8;99,21;52.638'].join('\n');

function columnTables(csv: string): ColumnTable[] {
  const r = readReportTables(csv, 'nam-dinh.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value.map((table, n) => ({ table, tableId: `t${n + 1}`, keyOf: (row) => slugify(row.indicator) }));
}

/** The rows checked, and for each slip its row, the product and the printed output. */
function slips(csv: string): { checked: number; slips: [string, number, number][] } {
  const rows = yieldRowsOf(columnTables(csv));
  const found = rows.flatMap((row) => checkYieldRow(row) ?? []);
  return { checked: rows.length, slips: found.map((w) => [w.indicators[0] ?? '', Math.round(w.computed * 10) / 10, w.printed]) };
}

describe('area × yield = output, row by row', () => {
  it.each<[string, string, { checked: number; slips: [string, number, number][] }]>([
    ['2018: every row within rounding (the province by 21 t of ±40)', SPRING_2018, { checked: 3, slips: [] }],
    [
      '2020: Mỹ Lộc and Trực Ninh off by 152 and 422 t',
      SPRING_2020,
      {
        checked: 3,
        slips: [
          ['Mỹ Lộc', 18638.5, 18486],
          ['Trực Ninh', 53060.2, 52638],
        ],
      },
    ],
    ['areas in nghìn ha and outputs in nghìn tấn', SPRING_2018.replace('(ha)', '(nghìn ha)').replace('(tấn)', '(nghìn tấn)').replace('73.936;69,52;;514.024', '73,936;69,52;;514,024'), { checked: 3, slips: [] }],
    ['yields in tấn/ha', SPRING_2018.replace('(tạ/ha)', '(tấn/ha)').replace(';69,52;', ';6,952;').replace(';58,5;', ';5,85;').replace(';72,05;', ';7,205;'), { checked: 3, slips: [] }],
  ])('%s', (_name, csv, expected) => {
    expect(slips(csv)).toEqual(expected);
  });

  it('says the three figures, the product and the bounds rounding allows', () => {
    const [w] = yieldRowsOf(columnTables(SPRING_2020)).flatMap((row) => checkYieldRow(row) ?? []).filter((x) => x.indicators[0] === 'Trực Ninh');
    expect(w?.message.vi).toBe(
      'Năm 2020, “Trực Ninh”: diện tích 7.390 ha × năng suất 71,8 tạ/ha = 53.060,2 tấn, không bằng sản lượng 52.638 tấn cùng dòng (với sai số làm tròn của ba số in ra, tích nằm trong [53.019,7; 53.100,7]).',
    );
    expect(w?.message.en).toContain('area 7.390 ha × yield 71,8 tạ/ha = 53.060,2 tấn, not the output 52.638 tấn');
    expect(w?.tableId).toBe('t3');
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['no output column', SPRING_2020.split('\n').map((l) => l.split(';').slice(0, 4).join(';')).join('\n')],
      ['an area in km2', SPRING_2020.replace('(ha)', '(km2)')],
      ['an output in a unit the check does not know', SPRING_2020.replace('(tấn)', '(tỷ đồng)')],
    ])('%s: nothing checked', (_name, csv) => {
      expect(slips(csv)).toEqual({ checked: 0, slips: [] });
    });

    it('a row whose yield prints "…" is left out', () => {
      expect(slips(SPRING_2020.replace(';71,8;', ';…;'))).toEqual({ checked: 2, slips: [['Mỹ Lộc', 18638.5, 18486]] });
    });
  });

  it('is part of the review of a dataset', () => {
    const yieldRows = yieldRowsOf(columnTables(SPRING_2020));
    const found = reviewQuality({ series: [], tables: [{ tableId: 't3', planRows: [], shareCandidates: [], yieldRows }] });
    expect(found.map((w) => [w.code, w.indicators[0]])).toEqual([
      ['area-yield-output', 'Mỹ Lộc'],
      ['area-yield-output', 'Trực Ninh'],
    ]);
  });
});
