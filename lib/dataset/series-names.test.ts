import { describe, expect, it } from 'vitest';
import { checkFiles } from '../verify/check-files';
import { buildDataset } from './build-dataset';
import { seriesKeyOf } from './series-key';
import { datasetSeriesNamesOf, seriesNamesOf } from './series-names';

const DOCUMENT = { id: 'd', title: 'Thử', issuer: '', date: '2026-01-01', notes: '', sections: [] };

// Figures: Cục Thống kê tỉnh Bà Rịa - Vũng Tàu, "Một số chỉ tiêu dân số và lao động năm 2018" (baria-vungtau.gov.vn):
// the population and the labour force, each broken down by sex under its total. Rows laid out by us.
const BREAKDOWN = [
  ';Năm 2017 (Người);Ước tính năm 2018 (Người);Ước tính năm 2018 so với năm 2017 (%)',
  '1. Dân số trung bình;1.101.641;1.113.641;101,09',
  'Phân theo giới tính;;;',
  'Nam;551.976;558.491;101,18',
  'Nữ;549.665;555.150;101,00',
  '2. Lực lượng lao động từ 15 tuổi trở lên;598.838;599.737;100,15',
  'Phân theo giới tính;;;',
  'Nam;335.614;336.617;100,30',
  'Nữ;263.224;263.120;99,96',
].join('\n');

function checked(text: string) {
  const out = checkFiles([{ name: 'bang.csv', bytes: text }]);
  if (!out.ok) throw new Error(out.error.code);
  return out;
}

// A yearbook table of two measures over the same crops, each measure a group of year columns (layout of the
// provincial yearbooks' "Diện tích và sản lượng một số cây hàng năm"; figures invented for the test).
const MEASURES = [
  'Diện tích và sản lượng một số cây hàng năm;;;;;;',
  ';Diện tích (Ha);;;Sản lượng (Tấn);;',
  ';2021;2022;2023;2021;2022;2023',
  'Lúa;65.432;64.870;64.105;389.120;392.004;395.310',
  'Ngô;12.300;11.950;11.420;58.770;57.100;55.980',
].join('\n');

describe('datasetSeriesNamesOf', () => {
  it('names a row printed under several measures by its measure', () => {
    expect(datasetSeriesNamesOf(checked(MEASURES).tables)).toEqual([
      ['Lúa (Diện tích)', 'Ngô (Diện tích)'],
      ['Lúa (Sản lượng)', 'Ngô (Sản lượng)'],
    ]);
  });

  it('gives the dataset one series per measure, in its own unit', () => {
    const out = checked(MEASURES);
    const rice = buildDataset('d', DOCUMENT, out.tables, out.series).indicators.filter((i) => i.name.startsWith('Lúa'));
    expect(rice.map((i) => [i.name, i.unit, i.points.map((p) => p.value)])).toEqual([
      ['Lúa (Diện tích)', 'Ha', [65432, 64870, 64105]],
      ['Lúa (Sản lượng)', 'Tấn', [389120, 392004, 395310]],
    ]);
  });

  describe('edge cases', () => {
    it('a name with values under one measure only keeps its own name', () => {
      const text = MEASURES.replace('Ngô;12.300;11.950;11.420;58.770;57.100;55.980', 'Ngô;12.300;11.950;11.420;;;');
      const names = datasetSeriesNamesOf(checked(text).tables);
      // the output table has no row for "Ngô" (no values): its area is the only "Ngô" there is
      expect(names).toEqual([['Lúa (Diện tích)', null], ['Lúa (Sản lượng)']]);
    });

    it('a table without groups keeps every name', () => {
      expect(datasetSeriesNamesOf(checked(BREAKDOWN).tables)[0]?.[0]).toBeNull();
    });
  });
});

describe('seriesNamesOf', () => {
  it('names a breakdown printed under several totals by the total above it', () => {
    const [table] = checked(BREAKDOWN).tables;
    if (!table) throw new Error('no table');
    expect(seriesNamesOf(table.table, table.results)).toEqual([
      null,
      'Nam (Dân số trung bình)',
      'Nữ (Dân số trung bình)',
      null,
      'Nam (Lực lượng lao động từ 15 tuổi trở lên)',
      'Nữ (Lực lượng lao động từ 15 tuổi trở lên)',
    ]);
  });

  it('gives the dataset one series per breakdown, each with its own values and claim', () => {
    const out = checked(BREAKDOWN);
    const dataset = buildDataset('d', DOCUMENT, out.tables, out.series);
    const men = dataset.indicators.filter((i) => i.name.startsWith('Nam'));
    expect(men.map((i) => [i.name, i.points.map((p) => p.value), i.claims.map((c) => c.claim)])).toEqual([
      ['Nam (Dân số trung bình)', [551976, 558491], ['101,18']],
      ['Nam (Lực lượng lao động từ 15 tuổi trở lên)', [335614, 336617], ['100,30']],
    ]);
    expect(dataset.tables[0]?.rows.map(seriesKeyOf)).toContain('nam-luc-luong-lao-dong-tu-15-tuoi-tro-len');
  });

  // Nghệ An's yearbook 2015, biểu 3.3 (rice by district; two districts kept): the measures repeat under each district's
  // group label, and no row above them could be the one they break down.
  it('names a breakdown repeated under group labels by its section', () => {
    const csv = [
      'Lúa cả năm phân theo huyện;;;',
      'Tên huyện;Chỉ tiêu;Năm 2014;Năm 2015',
      'Huyện Con Cuông;Diện tích (ha);4 300;4 352',
      ';Sản lượng (tấn);22 100;22 908',
      'Huyện Tương Dương;Diện tích (ha);6 100;6 146',
      ';Sản lượng (tấn);11 200;11 368',
    ].join('\n');
    const [table] = checked(csv).tables;
    if (!table) throw new Error('no table');
    expect(seriesNamesOf(table.table, table.results)).toEqual([
      'Diện tích (ha) (Huyện Con Cuông)',
      'Sản lượng (tấn) (Huyện Con Cuông)',
      'Diện tích (ha) (Huyện Tương Dương)',
      'Sản lượng (tấn) (Huyện Tương Dương)',
    ]);
  });

  describe('edge cases', () => {
    it.each([
      // Cao Bằng (data/): one indicator printed twice with the same values, for two claims, stays one series
      ['the same values twice', 'Chỉ tiêu;Năm 2015;Năm 2022;So sánh\nTổng vốn đầu tư;7.600;10.607;tăng 39%\nTổng vốn đầu tư;7.600;10.607;tăng 39,6%\n'],
      ['names printed once', 'Chỉ tiêu;Năm 2015;Năm 2022;So sánh\nThu ngân sách;1.042,5;1.563,7;tăng 50%\nChi ngân sách;5.100;8.200;tăng 60,8%\n'],
    ])('%s: every row keeps its own name', (_name, text) => {
      const [table] = checked(text).tables;
      if (!table) throw new Error('no table');
      expect(seriesNamesOf(table.table, table.results).every((n) => n === null)).toBe(true);
    });
  });
});
