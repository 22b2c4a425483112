import { describe, expect, it } from 'vitest';
import { slugify } from '../../dataset/slugify';
import { readReportTables } from '../../tables/read-report-table';
import type { ReportTable } from '../../tables/types';
import { checkTotal, totalGroupsOf } from './table-totals';

/*
 * Figures: Cục Thống kê tỉnh Nam Định, spring rice of 2018 by district (area ha, yield tạ/ha, output tấn; printed in the
 * provincial paper), all ten rows under "Toàn tỉnh": the city and nine districts, named without "Huyện". The changed
 * figures and the layouts of the edge cases are ours.
 */
const NAM_DINH = [
  '"Diện tích, năng suất, sản lượng lúa vụ xuân năm 2018 phân theo huyện, thành phố (Cục Thống kê tỉnh Nam Định)"',
  'Huyện, thành phố;Diện tích (ha);Năng suất (tạ/ha);Năng suất so sánh với vụ xuân năm 2017 (%);Sản lượng (tấn)',
  'Toàn tỉnh;73.936;69,52;;514.024',
  'Thành phố Nam Định;746;54,69;100,17;4.080',
  'Mỹ Lộc;3.280;58,5;101,12;19.188',
  'Vụ Bản;8.202;61,5;100,82;50.442',
  'Ý Yên;12.955;61,83;101,03;80.101',
  'Nghĩa Hưng;10.205;74,7;100,07;76.231',
  'Nam Trực;8.028;70,65;100,07;56.718',
  'Trực Ninh;7.514;72,05;98,03;54.138',
  'Xuân Trường;5.610;72,5;100,67;40.673',
  'Giao Thủy;7.170;76,81;100,01;55.073',
  'Hải Hậu;10.226;75,67;100,03;77.380',
].join('\n');

function tables(csv: string): readonly ReportTable[] {
  const r = readReportTables(csv, 'nam-dinh.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

/** Per table read (area, yield, output): the number of parts of each total group, and the sums that do not add up. */
function totals(csv: string): [string, number[], number[]][] {
  return tables(csv).map((t) => {
    const groups = totalGroupsOf(t, t.file, (row) => slugify(row.indicator));
    return [t.rows[0]?.unit ?? '', groups.map((g) => g.parts.length), groups.flatMap(checkTotal).map((w) => w.sum)];
  });
}

describe('a total over districts under a column headed "Huyện, thành phố"', () => {
  it.each<[string, string, [string, number[], number[]][]]>([
    [
      'the ten rows add up to "Toàn tỉnh" in area and output; the yield is no sum',
      NAM_DINH,
      [
        ['ha', [10], []],
        ['tạ/ha', [], []],
        ['tấn', [10], []],
      ],
    ],
    [
      'Ý Yên\'s area typed 12.595',
      NAM_DINH.replace('12.955;', '12.595;'),
      [
        ['ha', [10], [73576]],
        ['tạ/ha', [], []],
        ['tấn', [10], []],
      ],
    ],
    [
      'the province\'s output typed 541.024',
      NAM_DINH.replace('514.024', '541.024'),
      [
        ['ha', [10], []],
        ['tạ/ha', [], []],
        ['tấn', [10], [514024]],
      ],
    ],
  ])('%s', (_name, csv, expected) => {
    expect(totals(csv)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('a column of names headed otherwise lists no parts', () => {
      expect(totals(NAM_DINH.replace('Huyện, thành phố;', 'Địa phương;')).map(([, groups]) => groups)).toEqual([[], [], []]);
    });

    it('a total broken down by residence above the districts: the residence pair, not one list of twelve', () => {
      const csv = NAM_DINH.replace('Thành phố Nam Định;', 'Thành thị;1.000;60;100;6.000\nNông thôn;72.936;69;100;508.024\nThành phố Nam Định;');
      expect(totals(csv).map(([, groups]) => groups)).toEqual([[2], [], [2]]);
    });
  });
});
