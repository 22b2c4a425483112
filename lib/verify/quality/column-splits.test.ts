import { describe, expect, it } from 'vitest';
import { buildReviewedDataset } from '../../dataset/build-dataset';
import { checkFiles } from '../check-files';

const DOCUMENT = { id: 'd', title: 'Thử', issuer: '', date: '2026-01-01', notes: '', sections: [] };

/** The parts-total warnings of a table file, as their English messages. */
function acrossWarnings(csv: string): string[] {
  const out = checkFiles([{ name: 'bang.csv', bytes: csv }]);
  if (!out.ok) throw new Error(out.error.code);
  return buildReviewedDataset('d', DOCUMENT, out.tables, out.series)
    .quality.filter((w) => w.code === 'parts-total')
    .map((w) => w.message.en);
}

// Cục Thống kê Bắc Ninh, yearbook: "Quy mô dân số tỉnh Bắc Ninh năm 2005 phân theo các huyện và thành phố" (1000
// người; three districts kept). The city's urban and rural people add up to 85,8, not the 85,5 printed.
const BAC_NINH = (city: string) =>
  [
    'Quy mô dân số tỉnh Bắc Ninh năm 2005 phân theo các huyện và thành phố;;;;',
    'Đơn vị tính: 1000 người;;;;',
    'STT;Huyện, thành phố;Dân số;Thành thị;Nông thôn',
    `1;Thành phố Bắc Ninh;${city};72,4;13,4`,
    '2;Huyện Yên Phong;147,8;15,3;132,5',
    '3;Huyện Quế Võ;156,6;7,3;149,3',
  ].join('\n');

// Invented figures: a population by sex over two years, the measures as column groups over the years.
const BY_SEX = (men2023: string) =>
  [
    'Dân số trung bình phân theo giới tính;;;;;;',
    ';Tổng số;;Nam;;Nữ;',
    ';2022;2023;2022;2023;2022;2023',
    `Toàn tỉnh;1.200.000;1.210.000;590.000;${men2023};610.000;615.000`,
  ].join('\n');

describe('columnSplitGroups (through the dataset review)', () => {
  it.each<[string, string, string[]]>([
    ['a one-year table by district whose residence columns miss the total column', BAC_NINH('85,5'), [
      '2005, “Thành phố Bắc Ninh”: Thành thị 72,4 + Nông thôn 13,4 = 85,8, not the Dân số 85,5 of the same row (a gap of 0,3; rounding allows ±0,15).',
    ]],
    ['the same table as printed right', BAC_NINH('85,8'), []],
    ['column groups over the years, one year off', BY_SEX('600.000'), [
      '2023, “Toàn tỉnh”: Nam 600.000 + Nữ 615.000 = 1.215.000, not the Tổng số 1.210.000 of the same row (a gap of 5.000; rounding allows ±1,5).',
    ]],
    ['column groups over the years that add up', BY_SEX('595.000'), []],
  ])('%s', (_name, csv, expected) => {
    expect(acrossWarnings(csv)).toEqual(expected);
  });

  it('names each value by its row and its column', () => {
    const out = checkFiles([{ name: 'bang.csv', bytes: BAC_NINH('85,5') }]);
    if (!out.ok) throw new Error(out.error.code);
    const [warning] = buildReviewedDataset('d', DOCUMENT, out.tables, out.series).quality.filter((w) => w.code === 'parts-total');
    expect(warning?.indicators).toEqual(['Thành phố Bắc Ninh (Dân số)', 'Thành phố Bắc Ninh (Thành thị)', 'Thành phố Bắc Ninh (Nông thôn)']);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['a density first: no sum of its columns', BAC_NINH('85,5').replace('Dân số;', 'Mật độ dân số (người/km2);')],
      ['the total printed last, not first', BAC_NINH('85,5').replace('Dân số;Thành thị;Nông thôn', 'Thành thị;Nông thôn;Dân số').replace('85,5;72,4;13,4', '72,4;13,4;85,5')],
      ['measures that are no standard breakdown', BAC_NINH('85,5').replace('Thành thị;Nông thôn', 'Nội thành;Ngoại thành')],
      ['one part of the breakdown only', BAC_NINH('85,5').replace(';Nông thôn', ';Số hộ')],
    ])('%s: nothing is added across', (_name, csv) => {
      expect(acrossWarnings(csv)).toEqual([]);
    });
  });
});
