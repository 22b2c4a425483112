import { describe, expect, it } from 'vitest';
import { buildReviewedDataset } from '../dataset/build-dataset';
import { checkFiles } from '../verify/check-files';
import { readReportTables } from './read-report-table';

// UBND thành phố Đà Lạt, "Diện tích, dân số và đơn vị hành chính thành phố Đà Lạt" (updated 31/12/2019): the years down
// the rows, then the preliminary 2019 figures broken down by ward. All sixteen wards and communes as printed; the first
// ward's population is printed "9,844" (9.844 people), so the wards add up to 204.608,844 against 214.443.
const WARDS = [
  '1. Phường 1;1,76;9,844;5.593;2.636',
  '2. Phường 2;1,26;19.722;15.652;6.264',
  '3. Phường 3;27,24;17.642;648;5.074',
  '4. Phường 4;29,10;22.156;761;6.042',
  '5. Phường 5;34,74;14.412;415;3.938',
  '6. Phường 6;1,68;17.533;10.436;4.844',
  '7. Phường 7;34,22;15.222;445;4.359',
  '8. Phường 8;17,84;27.267;1.528;11.033',
  '9. Phường 9;4,70;17.365;3.695;5.410',
  '10. Phường 10;13,79;15.905;1.153;4.412',
  '11. Phường 11;16,44;9.557;581;2.478',
  '12. Phường 12;12,30;8.174;665;2.024',
  '13. Xã Xuân Thọ;62,47;5.873;94;1.610',
  '14. Xã Xuân Trường;35,64;5.668;159;1.697',
  '15. Xã Trạm Hành;55,38;4.363;79;1.297',
  '16. Xã Tà Nung;45,82;3.740;82;1.013',
];
const DA_LAT = (wards: readonly string[]) =>
  [
    'DIỆN TÍCH, DÂN SỐ VÀ ĐƠN VỊ HÀNH CHÍNH THÀNH PHỐ ĐÀ LẠT;;;;',
    ';Diện tích (Km2);Dân số trung bình (người);Mật độ dân số (người/km2);Số hộ',
    '2010;393,29;209.173;532;62.770',
    '2011;394,38;211.696;537;63.617',
    'Sơ bộ 2019 phân theo đơn vị hành chính;394,38;214.443;544;64.132',
    ...wards,
  ].join('\n');

describe('a years-down table ending with one year broken down (through readReportTables)', () => {
  it('reads the years down, then the year by ward as a table per measure', () => {
    const r = readReportTables(DA_LAT(WARDS.slice(0, 2)), 'da-lat.csv');
    if (!r.ok) throw new Error(r.error.code);
    const [years, area, people] = r.value;
    expect([years?.shape, years?.years]).toEqual(['years-down', [2010, 2011]]);
    expect(area?.rows.map((row) => [row.indicator, row.values[2019]?.raw])).toEqual([
      ['Sơ bộ 2019 phân theo đơn vị hành chính', '394,38'],
      ['1. Phường 1', '1,76'],
      ['2. Phường 2', '1,26'],
    ]);
    expect(people?.rows.map((row) => row.values[2019]?.raw)).toEqual(['214.443', '9,844', '19.722']);
    expect(area?.warnings[0]).toMatchObject({ code: 'year-from-title', year: 2019 });
  });

  it('adds the wards up to the year\'s row', () => {
    const out = checkFiles([{ name: 'da-lat.csv', bytes: DA_LAT(WARDS) }]);
    if (!out.ok) throw new Error(out.error.code);
    const quality = buildReviewedDataset('d', { id: 'd', title: 'Thử', issuer: '', date: '2026-01-01', notes: '', sections: [] }, out.tables, out.series).quality;
    expect(quality.filter((w) => w.code === 'parts-total').map((w) => w.message.vi)).toEqual([
      'Năm 2019: 16 dòng thành phần của “Sơ bộ 2019 phân theo đơn vị hành chính” cộng lại 204.608,844, không bằng 214.443 như dòng tổng ghi (chênh 9.834,156, sai số làm tròn tối đa ±8,0005).',
    ]);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a note under the years', DA_LAT([]).replace('Sơ bộ 2019 phân theo đơn vị hành chính;394,38;214.443;544;64.132', 'Ghi chú: số liệu năm 2019 là sơ bộ')],
      ['a row of figures that names no year', DA_LAT([]).replace('Sơ bộ 2019 phân theo', 'Phân theo')],
    ])('%s: the years down alone', (_name, csv) => {
      const r = readReportTables(csv, 'da-lat.csv');
      expect(r.ok ? r.value.map((t) => t.shape) : r.error.code).toEqual(['years-down']);
    });
  });
});
