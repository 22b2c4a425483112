import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkBranchContributions } from './check-branch-contributions';

/** The findings' severities and sums, and how many sums were explained as matching. */
function outcome(text: string): { findings: [string, number | null][]; explained: number } {
  const result = checkBranchContributions(extractClaims(text));
  return { findings: result.findings.map((f) => [f.severity, f.computed === null ? null : Math.round(f.computed * 100) / 100]), explained: result.explanations.length };
}

// Sentences written for these tests with the figures of GSO's release on the first half of 2017: farming +2,65 %, 0,43
// points; fishing 0,15, forestry 0,03 and agriculture 0,25 points (agriculture's rate said "tăng khá ở mức 2,01%").
const FARMING = (agriculture: string) =>
  `Sáu tháng đầu năm 2017, khu vực nông, lâm nghiệp và thủy sản tăng 2,65%, đóng góp 0,43 điểm phần trăm vào mức tăng trưởng chung. ` +
  `Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản tăng cao nhất với 5,08%, đóng góp 0,15 điểm phần trăm; ngành lâm nghiệp tăng 4,31%, đóng góp 0,03 điểm phần trăm; ngành nông nghiệp tăng khá ở mức 2,01% so với mức giảm 0,78% của cùng kỳ năm trước, đóng góp ${agriculture} điểm phần trăm.`;
// Hà Tĩnh, first half of 2025 (our words, its figures): industry 2,64 and construction 1,54 of the sector's 4,18 points.
const INDUSTRY = (construction: string) =>
  `Sáu tháng đầu năm 2025, khu vực công nghiệp - xây dựng tăng 10,39%, đóng góp 4,18 điểm %. Ngành công nghiệp tăng 8,52%, đóng góp 2,64 điểm %. Ngành xây dựng tăng 16,62%, đóng góp ${construction} điểm %.`;

describe('checkBranchContributions', () => {
  it.each<[string, string, [string, number | null][], number]>([
    ['farming branches that add up', FARMING('0,25'), [], 1],
    ['agriculture printed 0,55', FARMING('0,55'), [['error', 0.73]], 0],
    ['industry and construction that add up', INDUSTRY('1,54'), [], 1],
    ['construction printed 2,54', INDUSTRY('2,54'), [['error', 5.18]], 0],
    // GSO's first quarter of 2017 (our words, its figures): a branch's name runs into "đã cho thấy …", and a remark in brackets
    // stands between its rise and its points: 0,12 + 0,03 + 0,09 = 0,24.
    [
      'a name that runs into a verb, a remark in brackets',
      'Khu vực nông, lâm nghiệp và thủy sản tăng 2,03%, đóng góp 0,24 điểm phần trăm. Trong khu vực này, ngành nông nghiệp đã cho thấy dấu hiệu khả quan với mức tăng 1,38% (quý I/2016 ngành này giảm đến 2,69%), đóng góp 0,12 điểm phần trăm; ngành lâm nghiệp tăng 4,94%, đóng góp 0,03 điểm phần trăm; ngành thủy sản tăng 3,5%, đóng góp 0,39 điểm phần trăm.',
      [['error', 0.54]],
      0,
    ],
    // Hà Tĩnh's own wording: the industry named with its period ("Tăng trưởng toàn ngành công nghiệp trong 6 tháng đạt …").
    ['a branch named with its period', INDUSTRY('2,54').replace('Ngành công nghiệp tăng 8,52%', 'Tăng trưởng toàn ngành công nghiệp trong 6 tháng đạt 8,52%'), [['error', 5.18]], 0],
    ['a branch that pulls down', FARMING('0,25').replace('đóng góp 0,43', 'đóng góp 0,13').replace('tăng khá ở mức 2,01%', 'giảm 1,2%').replace('đóng góp 0,25', 'làm giảm 0,05'), [], 1],
  ])('%s', (_name, text, findings, explained) => {
    expect(outcome(text)).toEqual({ findings, explained });
  });
});

describe('edge cases', () => {
  it.each([
    ['a branch missing', INDUSTRY('1,54').replace(' Ngành xây dựng tăng 16,62%, đóng góp 1,54 điểm %.', '')],
    ['branches in the sector\'s own sentence (sub-contributions.ts reads those)', 'Năm 2024, khu vực công nghiệp - xây dựng đóng góp 2,93 điểm phần trăm; trong đó ngành công nghiệp đóng góp 2,22 điểm phần trăm, ngành xây dựng đóng góp 0,66 điểm phần trăm.'],
    ['branches of another year', 'Năm 2025, khu vực công nghiệp - xây dựng đóng góp 4,18 điểm %. Năm 2024, ngành công nghiệp đóng góp 2,64 điểm %, ngành xây dựng đóng góp 2,54 điểm %.'],
    ['a part of a branch', INDUSTRY('1,54').replace('Ngành công nghiệp tăng', 'Ngành công nghiệp chế biến, chế tạo tăng')],
  ])('%s: nothing read', (_name, text) => {
    expect(outcome(text)).toEqual({ findings: [], explained: 0 });
  });
});
