import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkGrowthRange } from './check-growth-range';

/** The findings' messages for a text, in Vietnamese. */
function findingsOf(text: string): string[] {
  return checkGrowthRange(extractClaims(text)).map((f) => f.message.vi);
}

// Sentences written for these tests with the figures of GSO's release on the first quarter of 2024 (value added):
// farming 2,98 %, agriculture 2,81 %, forestry 4,08 %, fishing 3,46 %; industry and construction 6,28 %, industry 6,18 %,
// and a construction rate of 7,5 % made up for the tests (the release's opening does not print it).
const FARMING = (agriculture: string, sector = '2,98') =>
  `Quý I/2024, khu vực nông, lâm nghiệp và thủy sản tăng ${sector}%, đóng góp 6,09% vào mức tăng chung. ` +
  `Giá trị tăng thêm ngành nông nghiệp quý I/2024 tăng ${agriculture}% so với cùng kỳ năm trước; ngành lâm nghiệp tăng 4,08%; ngành thủy sản tăng 3,46%.`;
const INDUSTRY = (construction: string) =>
  `Quý I/2024, khu vực công nghiệp và xây dựng tăng 6,28%, trong đó ngành công nghiệp tăng 6,18%, ngành xây dựng tăng ${construction}%.`;

const GSO_2016 = (sector: string) =>
  `Năm 2016, khu vực nông, lâm nghiệp và thủy sản tăng ${sector}%, đóng góp 0,22 điểm phần trăm. Trong khu vực này, lâm nghiệp có mức tăng cao nhất với 6,11%. Ngành nông nghiệp với quy mô trong khu vực lớn nhất (khoảng 75%) chỉ tăng thấp ở mức 0,72%. Ngành thủy sản tăng 2,8%.`;

describe('checkGrowthRange', () => {
  it.each<[string, string, number]>([
    ['a sector between its branches', FARMING('2,81'), 0],
    ['a sector below every branch (3,81 for 2,81)', FARMING('3,81'), 1],
    ['a sector above every branch', FARMING('1,81', '4,58'), 1],
    ['a sector at its lowest branch within rounding', FARMING('2,99'), 0],
    ['industry and construction between the two', INDUSTRY('7,5'), 0],
    ['industry and construction below both', INDUSTRY('6,5').replace('6,28', '5,28'), 1],
    // Bình Định's first quarter of 2024 prints the branches in brackets after their sector.
    ['branches in brackets, the sector between them', 'Quý I/2024, công nghiệp và xây dựng tăng 8,22% (trong đó công nghiệp tăng 8,48%; xây dựng tăng 7,57%).', 0],
    ['branches in brackets, the sector above them', 'Quý I/2024, công nghiệp và xây dựng tăng 9,22% (trong đó công nghiệp tăng 8,48%; xây dựng tăng 7,57%).', 1],
    // Hà Tĩnh writes the farming sector with hyphens.
    ['a hyphenated sector above its branches', 'Sáu tháng đầu năm 2025, khu vực nông - lâm nghiệp - thủy sản tăng 4,79%; ngành nông nghiệp tăng 2,5%, ngành lâm nghiệp tăng 3,9%, ngành thủy sản tăng 3,1%.', 1],
    // GSO's first half of 2017: a branch names its base year, one says its growth "khá ở mức" (our words, its figures).
    ['branches that name their base or say "khá ở mức", the sector below them', 'Sáu tháng đầu năm 2017, khu vực nông, lâm nghiệp và thủy sản tăng 1,65%. Ngành thủy sản có mức tăng cao nhất với 5,08% so với cùng kỳ năm 2016; ngành lâm nghiệp tăng 4,31%; ngành nông nghiệp tăng khá ở mức 2,01%.', 1],
    // GSO's 2016 (our words, its figures): the branches after "Trong khu vực này,", one named with a remark ("với quy mô …")
    // and said "tăng thấp ở mức"; farming printed 0,36 for 1,36.
    ['branches after "Trong khu vực này,", the sector between them', GSO_2016('1,36'), 0],
    ['the same, the sector below them', GSO_2016('0,36'), 1],
    // Quảng Bình's 2024 (our words, its figures): the sector named "GRDP khu vực …".
    ['a sector named "GRDP khu vực …" above its branches', 'Năm 2024, GRDP khu vực công nghiệp và xây dựng tăng 12,35%, đóng góp 2,58 điểm %. Cụ thể, khu vực công nghiệp tăng 6,4%, đóng góp 0,79 điểm %; khu vực xây dựng tăng 11,73%, đóng góp 1,79 điểm %.', 1],
    ['a branch that fell', INDUSTRY('7,5').replace('tăng 6,28%', 'giảm 1,2%').replace('tăng 6,18%', 'giảm 2,5%').replace('tăng 7,5%', 'tăng 0,4%'), 0],
  ])('%s', (_name, text, count) => {
    expect(findingsOf(text)).toHaveLength(count);
  });

  it('names the sector, the branches and the rule', () => {
    expect(findingsOf(FARMING('3,81'))).toEqual([
      'khu vực nông, lâm nghiệp và thủy sản tăng 2,98%, thấp hơn mọi ngành thành phần (Giá trị tăng thêm ngành nông nghiệp: 3,81%; ngành lâm nghiệp: 4,08%; ngành thủy sản: 3,46%): tốc độ tăng của cả khu vực phải nằm giữa mức thấp nhất và cao nhất của các ngành thành phần',
    ]);
  });
});

describe('edge cases', () => {
  it.each([
    ['a branch missing', 'Quý I/2024, khu vực nông, lâm nghiệp và thủy sản tăng 2,98%. Ngành nông nghiệp tăng 3,81%, ngành thủy sản tăng 3,46%.'],
    ['a part of a branch, named with more words', INDUSTRY('7,5').replace('ngành công nghiệp tăng 6,18%', 'ngành công nghiệp chế biến, chế tạo tăng 8,18%').replace('6,28', '5,28')],
    ['the branches of another year', 'Năm 2024, khu vực công nghiệp và xây dựng tăng 5,28%. Năm 2023, ngành công nghiệp tăng 6,18%, ngành xây dựng tăng 7,5%.'],
    ['the branches in output, the sector in value added', 'Quý I/2024, giá trị tăng thêm khu vực công nghiệp và xây dựng tăng 5,28%. Giá trị sản xuất ngành công nghiệp tăng 6,18%, giá trị sản xuất ngành xây dựng tăng 7,5%.'],
    ['a level, not a rate, of a branch', 'Quý I/2024, khu vực công nghiệp và xây dựng tăng 5,28%. Ngành công nghiệp đạt 6.180 tỷ đồng, ngành xây dựng tăng 7,5%.'],
    ['the sector said again before its branches', 'Quý I/2024, khu vực công nghiệp và xây dựng tăng 5,28%. Năm 2023, khu vực công nghiệp và xây dựng tăng 7,1%; ngành công nghiệp tăng 6,18%, ngành xây dựng tăng 7,5%.'],
    ['a sector with no branches', 'Quý I/2024, khu vực dịch vụ tăng 6,12%; bán buôn tăng 7,1%, vận tải tăng 9,8%.'],
  ])('%s: no finding', (_name, text) => {
    expect(findingsOf(text)).toEqual([]);
  });
});
