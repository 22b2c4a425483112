import { describe, expect, it } from 'vitest';
import { checkProse } from './check-prose';
import { normalizeProse } from './text/normalize-prose';

/*
 * Figures: Cục Thống kê Hưng Yên, Niên giám thống kê 2018 (the overview pages, as a PDF reader leaves them: each line
 * wrapped and indented), and Cao Bằng's report (the seed) on its border economic zone. The sentences are ours; the
 * wrapping is the yearbook's. Changed figures are marked.
 */
const SPENDING = (regular: string) =>
  '               Chi ngân sách địa phương năm 2018 đạt 9.810 tỷ đồng, tăng 8,29%\n' +
  '            so với năm trước, trong đó: chi đầu tư phát triển 3.714 tỷ đồng, tăng\n' +
  `            14,37%; chi thường xuyên ${regular} tỷ đồng, tăng 4,90%.\n`;

function findings(raw: string): string[] {
  return checkProse(raw).checks.map((c) => `${c.severity} ${c.kind}`);
}

describe('checks read a sentence wrapped over lines whole', () => {
  it.each<[string, string, string[]]>([
    ['the parts as printed (3.714 + 6.096 = 9.810)', SPENDING('6.096'), []],
    ['a part changed (6.296): the parts exceed the total across the line breaks', SPENDING('6.296'), ['error parts-not-total']],
    ['the same sentence on one line', SPENDING('6.296').replace(/\s*\n\s*/gu, ' '), ['error parts-not-total']],
  ])('%s', (_name, raw, expected) => {
    expect(findings(raw)).toEqual(expected);
  });
});

describe('edge cases', () => {
  // Cao Bằng (the seed): 74 projects, of which 9 foreign and 65 domestic; 35 of them at work.
  it('a figure that no comma, ";" or "và" sets apart from the part before it is no part', () => {
    const raw =
      'Khu kinh tế cửa khẩu đã thu hút được 74 dự án đầu tư, trong đó: có 9 dự án đầu tư nước ngoài với số vốn đăng ký\n' +
      '36,8 triệu USD và 65 dự án của nhà đầu tư trong nước với tổng vốn trên 14.000 tỷ đồng có 35 dự án đi vào hoạt động.';
    expect(findings(raw)).toEqual([]);
    // The list itself is still checked: 9 + 70 = 79 is not 74 (70 changed).
    expect(findings(raw.replace('65 dự án', '70 dự án'))).toEqual(['error parts-not-total']);
  });

  // Hưng Yên (yearbook 2018): investment is 47,97% of GRDP; the shares after "trong đó" are of the investment.
  it('shares after "trong đó" that name another whole than the share before are not inside it', () => {
    const raw =
      'Năm 2018, vốn đầu tư phát triển đạt 31.538,7 tỷ đồng, bằng 47,97% tổng sản phẩm trên địa bàn tỉnh, trong đó khu vực\n' +
      'công nghiệp, xây dựng chiếm 40,95% tổng vốn đầu tư (công nghiệp 38,46%); thương mại, dịch vụ 55,0%; còn khu vực\n' +
      'nông nghiệp chỉ chiếm 4,05% tổng vốn đầu tư.';
    expect(findings(raw)).toEqual([]);
  });

  it('a name read across a wrapped line is printed with single spaces', () => {
    const raw = 'Năm 2018, cho vay thương mại, dịch\n            vụ đạt 17.986,0 tỷ đồng.';
    expect(checkProse(raw).claims[0]?.indicator).toBe('cho vay thương mại, dịch vụ');
  });

  it('joinLines keeps every offset and turns only the joined line breaks to spaces', () => {
    // A page number between two lines of one sentence goes with the break; a paragraph break stays.
    const raw = 'Dòng một\n\n14\n\nnối tiếp.\nII. MỤC MỚI\nNội dung.';
    const prose = normalizeProse(raw);
    const joined = prose.joinLines(raw);
    expect(prose.text).toBe('Dòng một nối tiếp.\nII. MỤC MỚI\nNội dung.');
    expect(joined).toHaveLength(raw.length);
    expect(joined).toBe(`Dòng một${' '.repeat(6)}nối tiếp.\nII. MỤC MỚI\nNội dung.`);
  });
});
