import { describe, expect, it } from 'vitest';
import { slugify } from '../../dataset/slugify';
import { readReportTables } from '../../tables/read-report-table';
import type { ReportTable, TableRow } from '../../tables/types';
import { dashPartsUnder, isRomanItem, ownersUnderDash, plainPartsUnder } from './roman-groups';
import { checkTotal, totalGroupsOf } from './table-totals';

/*
 * Figures: Cục Thống kê Kiên Giang (cucthongkekg.gov.vn, news id=105, 2013: health establishments and beds, 2008–2011),
 * three years kept. The beds' dashed rows leave out the communes' stations, so they never add up to the total.
 */
const HEALTH = [
  ';2008;2009;2010',
  'I. Cơ sở phòng và chữa bệnh - Health establishments;156;156;158',
  ' - Bệnh viện - Hospital;14;14;14',
  'Nhà nước - State;13;13;13',
  'Ngoài Nhà nước - Non-state;1;1;1',
  ' - Phòng khám khu vực - Health room;16;16;15',
  ' - Trạm y tế xã, phường - Medical services units;126;126;129',
  'II. Giừơng bệnh (Giường) -Hospital beds (bed);3.665;3.720;3.970',
  ' - Bệnh viện - Hospital;2.770;2.680;2.930',
  ' - Phòng khám khu vực - Health room;265;260;260',
].join('\n');

function table(csv: string): ReportTable {
  const r = readReportTables(csv, 'y-te.csv');
  if (!r.ok) throw new Error(r.error.code);
  const [t] = r.value;
  if (!t) throw new Error('no table');
  return t;
}

function warnings(csv: string): [number, string, number][] {
  return totalGroupsOf(table(csv), 'y-te', (row) => slugify(row.indicator))
    .flatMap(checkTotal)
    .map((w) => [w.year, w.indicators[0] ?? '', w.sum]);
}

describe('isRomanItem', () => {
  it.each<[string, boolean]>([
    ['I. Cơ sở phòng và chữa bệnh', true],
    ['II. Giừơng bệnh (Giường)', true],
    ['XIV. Văn hóa', true],
    ['1. Huyện A', false],
    ['Iốt', false],
    ['- Bệnh viện', false],
  ])('%s → %s', (name, roman) => {
    expect(isRomanItem(name)).toBe(roman);
  });
});

describe('a Roman-numbered total over its dashed parts', () => {
  it.each<[string, string, [number, string, number][]]>([
    ['the printed table', HEALTH, []],
    ['a station count typed wrong in 2010 (129 → 139)', HEALTH.replace('16;16;15\n - Trạm y tế xã, phường - Medical services units;126;126;129', '16;16;15\n - Trạm y tế xã, phường - Medical services units;126;126;139'), [[2010, 'I. Cơ sở phòng và chữa bệnh - Health establishments', 168]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv)).toEqual(expected);
  });

  it('passes over the unmarked split under a part', () => {
    expect(dashPartsUnder(table(HEALTH).rows, 0)?.map((r: TableRow) => r.indicator)).toEqual([
      '- Bệnh viện - Hospital',
      '- Phòng khám khu vực - Health room',
      '- Trạm y tế xã, phường - Medical services units',
    ]);
  });

  describe('edge cases', () => {
    it('dashed rows that add up in no year are no whole list (the beds without the stations)', () => {
      const groups = totalGroupsOf(table(HEALTH), 'y-te', (row) => slugify(row.indicator));
      // The hospitals over their state and non-state ones are a group (below); the beds' total is none.
      expect(groups.map((g) => g.total.indicator)).toEqual(['I. Cơ sở phòng và chữa bệnh - Health establishments', '- Bệnh viện - Hospital']);
    });

    it('dashed rows that add up in one year of three are read as no list', () => {
      const csv = [';2008;2009;2010', 'I. Cơ sở y tế;30;30;30', ' - Bệnh viện;10;12;14', ' - Trạm y tế;20;20;20'].join('\n');
      expect(warnings(csv)).toEqual([]);
    });

    it('one dashed row is no list', () => {
      expect(dashPartsUnder(table([';2008;2009', 'I. Cơ sở y tế;30;30', ' - Bệnh viện;10;12', 'Nhà nước;10;12'].join('\n')).rows, 0)).toBeNull();
    });

    it('a row numbered in Arabic numerals is no Roman total', () => {
      expect(dashPartsUnder(table([';2008;2009', '1. Cơ sở y tế;30;30', ' - Bệnh viện;10;10', ' - Trạm y tế;20;20'].join('\n')).rows, 0)).toBeNull();
    });
  });
});

/* The same table's beds: each dashed part over its split by ownership (2008–2011 as printed, 2006 not split). */
const BEDS = [
  ';2008;2009;2010;2011',
  'II. Giừơng bệnh (Giường) -Hospital beds (bed);3.665;3.720;3.970;4.360',
  ' - Bệnh viện - Hospital;2.770;2.680;2.930;3.320',
  'Nhà nước - State;2.620;2.530;2.830;3.200',
  'Ngoài Nhà nước - Non-state;150;150;100;120',
  ' - Phòng khám khu vực - Health room;265;260;260;260',
  'Nhà nước - State;265;260;260;260',
  'Ngoài Nhà nước - Non-state;-;-;-;-',
].join('\n');

describe('a dashed part over its split by ownership', () => {
  it.each<[string, string, [number, string, number][]]>([
    ['the printed table', BEDS, []],
    ['a hospital\'s beds typed wrong in 2010 (2.930 → 2.990)', BEDS.replace('2.680;2.930', '2.680;2.990'), [[2010, '- Bệnh viện - Hospital', 2930]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string[]]>([
      ['a row with no dash', [';2008;2009', 'Bệnh viện;20;20', 'Nhà nước;15;15', 'Ngoài Nhà nước;5;5']],
      ['the state only', [';2008;2009', ' - Bệnh viện;20;20', 'Nhà nước;15;15', 'Tư nhân;5;5']],
      ['the state twice', [';2008;2009', ' - Bệnh viện;20;20', 'Nhà nước;15;15', 'Nhà nước;15;15', 'Ngoài Nhà nước;5;5']],
    ])('%s: no split', (_name, lines) => {
      expect(ownersUnderDash(table(lines.join('\n')).rows, 0)).toBeNull();
    });

    it('the foreign-invested part joins the split when printed', () => {
      const lines = [';2008;2009', ' - Bệnh viện;20;20', 'Nhà nước;15;15', 'Ngoài Nhà nước;3;3', 'Có vốn đầu tư nước ngoài;2;2'];
      expect(ownersUnderDash(table(lines.join('\n')).rows, 0)?.length).toBe(3);
    });
  });
});

/*
 * Figures: Cục Thống kê Lâm Đồng, Niên giám thống kê 2005, biểu 61 (tea area by district, 2003–2005 kept): each Roman
 * total over "Trong đó: Quốc doanh" and the districts by name alone, with no dash.
 */
const TEA = [
  'Chỉ tiêu;2003;2004;2005',
  'I. Diện tích trồng (Ha) - Planted area (Ha);25.178;25.447;25.535',
  'Trong đó: Quốc doanh - Of which: State - managed;1.972;1.947;1.634',
  'Đà Lạt;315;306;379',
  'Bảo Lộc;9.442;9.452;9.661',
  'Lạc Dương;-;-;-',
  'Đức Trọng;142;141;195',
  'Đam Rông;-;-;9',
  'Lâm Hà;692;728;706',
  'Bảo Lâm;12.400;12.576;12.341',
  'Di Linh;1.997;2.015;2.015',
  'Đạ Huoai;72;72;72',
  'Đạ Tẻh;118;157;157',
  'II. Diện tích thu hoạch (Ha) - Havested area (Ha);21.192;22.463;23.089',
].join('\n');

describe('a Roman-numbered total over its parts by name alone', () => {
  it.each<[string, string, [number, string, number][]]>([
    ['the printed table', TEA, []],
    ['Bảo Lâm typed 12.431 in 2005 (12.341 printed)', TEA.replace('12.576;12.341', '12.576;12.431'), [[2005, 'I. Diện tích trồng (Ha) - Planted area (Ha)', 25625]]],
  ])('%s', (_name, csv, expected) => {
    expect(warnings(csv)).toEqual(expected);
  });

  it('leaves out the "Trong đó" row', () => {
    expect(plainPartsUnder(table(TEA).rows, 0)?.map((r: TableRow) => r.indicator)).toHaveLength(10);
  });

  describe('edge cases', () => {
    it('rows under a Roman total with a dashed row among them are the dashed list', () => {
      expect(plainPartsUnder(table(HEALTH).rows, 0)).toBeNull();
    });

    it('rows that add up in no year are no whole list', () => {
      const csv = ['Chỉ tiêu;2004;2005', 'I. Diện tích;100;100', 'A;30;30', 'B;20;20'].join('\n');
      expect(warnings(csv)).toEqual([]);
    });
  });
});
