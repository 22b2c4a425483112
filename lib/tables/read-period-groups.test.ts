import { describe, expect, it } from 'vitest';
import { verifyReportTable } from '../verify/verify-table';
import { readReportTables } from './read-report-table';
import { tablePart } from './table-part';
import type { ReportTable } from './types';

/*
 * A table laid out as Bộ NN&PTNT printed the tra fish of the Mekong delta for 8 months of 2019 (via
 * thitruongthuysan.com): a short period over each pair of columns ("8T/2019"), the measure and its unit under it, and
 * the rates of growth of each measure ("% 2019 so với 2018 về" over "Diện tích" | "Sản lượng"). Three of its ten rows,
 * with their figures.
 */
const TRA_FISH = [
  'Diện tích và sản lượng cá tra tại ĐBSCL trong 8 tháng năm 2019 so với cùng kỳ,,,,,,',
  'Tỉnh,8T/2019,,8T/2018,,% 2019 so với 2018 về,',
  ',"Diện tích, ha","Sản lượng, tấn","Diện tích, ha","Sản lượng, tấn",Diện tích,Sản lượng',
  'Đồng Tháp,1.820,319.368,1.969,326.817,"-7,57","-2,28"',
  'An Giang,1.359,273.939,1.059,226.793,"28,33","20,79"',
  'Cần Thơ,652,98.644,635,108.334,"2,68","-8,94"',
].join('\n');

function read(csv: string): ReportTable[] {
  const r = readReportTables(csv, 'ca-tra.csv');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('periods over measures, with a rate of growth of each', () => {
  const tables = read(TRA_FISH);

  it('reads one table per measure, each comparing 8 months of 2019 with 8 months of 2018', () => {
    expect(tables.map((t) => [t.file, tablePart(t), t.compare, t.rows.map((r) => r.claim)])).toEqual([
      ['ca-tra.csv', 'L8', { from: 2018, to: 2019 }, ['-7,57', '28,33', '2,68']],
      ['ca-tra.csv #2', 'L8', { from: 2018, to: 2019 }, ['-2,28', '20,79', '-8,94']],
    ]);
  });

  it('reads the bare figures as rates of growth, and each matches', () => {
    const results = tables.flatMap((t) => verifyReportTable(t));
    expect(results.map((r) => [r.claim, r.kind, r.verdict])).toEqual([
      ['-7,57', 'percent', 'match'],
      ['28,33', 'percent', 'match'],
      ['2,68', 'percent', 'match'],
      ['-2,28', 'percent', 'match'],
      ['20,79', 'percent', 'match'],
      ['-8,94', 'percent', 'match'],
    ]);
  });

  it('finds a planted rate (An Giang\'s 28,33 printed 23,83)', () => {
    const [area] = read(TRA_FISH.replace('"28,33"', '"23,83"'));
    expect(verifyReportTable(area!).map((r) => r.verdict)).toEqual(['match', 'mismatch', 'match']);
  });

  describe('edge cases', () => {
    it('a "(%)" column of indices near 100 stays an index column', () => {
      const csv = 'Tỉnh;8T/2018;8T/2019;8T/2019 so với 8T/2018 (%)\nĐồng Tháp;1.969;1.820;92,43\nAn Giang;1.059;1.359;128,33';
      expect(verifyReportTable(read(csv)[0]!).map((r) => [r.kind, r.verdict])).toEqual([['index', 'match'], ['index', 'match']]);
    });

    it('a group named with its unit and without it is one group, and another name is another', () => {
      expect(tables.map((t) => t.title)).toEqual([expect.stringContaining('Diện tích, ha'), expect.stringContaining('Sản lượng, tấn')]);
    });
  });
});
