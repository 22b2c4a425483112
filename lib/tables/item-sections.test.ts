import { describe, expect, it } from 'vitest';
import { readReportTables } from './read-report-table';
import { isSomeOfHeading, isSubHeading } from './item-sections';

/*
 * Figures from Thừa Thiên Huế's main socio-economic targets of 2019 (report 330/BC-UBND): item 1 (GRDP growth) is
 * broken down under "Tr.đó:", and items 2, 3 in the STT column are items of the "Kinh tế" part again.
 */
function sectionsOf(lines: readonly string[]): (string | null)[] {
  const r = readReportTables(lines.join('\n'), 'hue.csv');
  if (!r.ok) throw new Error(r.error.code);
  return r.value[0]?.rows.map((row) => row.section) ?? [];
}

const targets = (ofWhich: string): string[] => [
  'Stt;Chỉ tiêu chủ yếu;TH năm 2018;Ước TH năm 2019',
  'I;Kinh tế;;',
  '1;Tốc độ tăng tổng sản phẩm trong tỉnh (GRDP) (%);6,61;7,18',
  `;${ofWhich};;`,
  ';- Nông Lâm Ngư nghiệp (%);3,46;-4,13',
  ';- Dịch vụ (%);6,78;7,39',
  '2;Tổng sản phẩm trong tỉnh bình quân đầu người (USD);1.839;2.007',
  '3;Giá trị xuất khẩu (triệu USD);864;950',
];

describe('the next item in the STT column closes an "of which" under the item before it', () => {
  it.each([['Tr.đó:'], ['Trong đó:'], ['Tr. đó']])('%s', (ofWhich) => {
    expect(sectionsOf(targets(ofWhich))).toEqual(['Kinh tế', ofWhich, ofWhich, 'Kinh tế', 'Kinh tế']);
  });

  it('a breakdown under an item numbered in its name gives way to the part it opened in', () => {
    // Figures: Thừa Thiên Huế 2019, items 6 and 7 of its "Xã hội" part, numbered in the names.
    const lines = [
      'Chỉ tiêu;TH năm 2018;Ước TH năm 2019',
      'Xã hội;;',
      '6. Mức giảm tỷ suất sinh (‰);2;2',
      'Phân theo thành thị, nông thôn;;',
      'Thành thị;2;2',
      '7. Tỷ lệ hộ nghèo giảm (%);1,06;0,86',
    ];
    expect(sectionsOf(lines)).toEqual(['Xã hội', 'Phân theo thành thị, nông thôn', 'Xã hội']);
  });
});

describe('edge cases', () => {
  it.each<[string, string[], (string | null)[]]>([
    // A heading with its own number is a part of the table, not a breakdown of the item before it.
    ['"II" in the STT column', [...targets('Tr.đó:'), 'II;Xã hội;;', '4;Mức giảm tỷ suất sinh (‰);2;2'], ['Kinh tế', 'Tr.đó:', 'Tr.đó:', 'Kinh tế', 'Kinh tế', 'Xã hội']],
    // A plain heading is no breakdown: the next item in the STT column does not close it.
    ['a plain heading', [...targets('Tr.đó:'), ';Xã hội;;', '4;Mức giảm tỷ suất sinh (‰);2;2'], ['Kinh tế', 'Tr.đó:', 'Tr.đó:', 'Kinh tế', 'Kinh tế', 'Xã hội']],
    // Item 3 after item 1 is no next item.
    ['a gap in the numbers', targets('Tr.đó:').filter((l) => !l.startsWith('2;')), ['Kinh tế', 'Tr.đó:', 'Tr.đó:', 'Tr.đó:']],
    // Without a part around it, the breakdown gives way to none (as before).
    [
      'no part around the item',
      ['Chỉ tiêu;TH năm 2018;Ước TH năm 2019', '1. Tốc độ tăng GRDP (%);6,61;7,18', 'Trong đó:;;', '- Dịch vụ (%);6,78;7,39', '2. Giá trị xuất khẩu (triệu USD);864;950'],
      [null, 'Trong đó:', null],
    ],
  ])('%s', (_name, lines, sections) => {
    expect(sectionsOf(lines)).toEqual(sections);
  });

  it.each<[string, boolean, boolean]>([
    ['Tr.đó:', true, true],
    ['Tr. đó', true, true],
    ['Trong số:', true, true],
    ['Phân theo giới tính', true, false],
    ['Chia ra', true, false],
    ['Kinh tế', false, false],
    ['Trong nước', false, false],
    ['Trđ', false, false],
  ])('%s: sub-heading %s, some of %s', (title, sub, some) => {
    expect([isSubHeading(title), isSomeOfHeading(title)]).toEqual([sub, some]);
  });
});
