import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

/*
 * Bare measures under a crop or herd heading. Layout of the farming paragraphs of provincial monthly reports (Vĩnh
 * Phúc, Bắc Giang, Lâm Đồng); our sentences and figures.
 */
function names(text: string): (string | null)[] {
  return extractClaims(text).map((c) => c.indicator);
}

describe('withHeadingTopic (through extractClaims)', () => {
  it.each<[string, string, (string | null)[]]>([
    [
      'two crops in a list',
      'Vụ Đông Xuân năm 2024:\n- Cây lúa: năng suất ước đạt 58,6 tạ/ha, sản lượng đạt 120.500 tấn.\n- Cây ngô: năng suất ước đạt 45,2 tạ/ha, sản lượng đạt 23.100 tấn.',
      ['năng suất cây lúa', 'sản lượng cây lúa', 'năng suất cây ngô', 'sản lượng cây ngô'],
    ],
    [
      'a change after its measure takes the heading too',
      'Năm 2024, cây lúa: diện tích gieo cấy đạt 42.300 ha, giảm 1,2% so với cùng kỳ.',
      ['diện tích gieo cấy cây lúa', 'diện tích gieo cấy cây lúa'],
    ],
    ['two headings in one sentence', 'Năm 2023, Lúa: diện tích 41.000 ha; Ngô: diện tích 5.000 ha.', ['diện tích lúa', 'diện tích ngô']],
    ['herds', 'Năm 2024, Đàn trâu: tổng đàn 21.500 con. Đàn bò: tổng đàn 34.200 con.', ['tổng đàn trâu', 'tổng đàn bò']],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives no conflict between two crops of one year (a false error before)', () => {
    const text = 'Vụ Đông Xuân năm 2024:\n- Cây lúa: sản lượng đạt 120.500 tấn.\n- Cây ngô: sản lượng đạt 23.100 tấn.';
    expect(checkProse(text).checks.filter((c) => c.kind === 'conflicting-values')).toEqual([]);
  });

  it('still finds one crop printed with two values', () => {
    const text = 'Năm 2024, cây lúa: sản lượng đạt 120.500 tấn. Năm 2024, cây lúa: sản lượng đạt 125.000 tấn.';
    expect(checkProse(text).checks.map((c) => [c.kind, c.severity])).toEqual([['conflicting-values', 'error']]);
  });

  describe('edge cases', () => {
    it.each<[string, string, (string | null)[]]>([
      ['a name of its own keeps it', 'Năm 2024, Cây lúa: sản lượng lúa đông xuân đạt 120.500 tấn.', ['sản lượng lúa đông xuân']],
      ['a heading with a year is a time, not a crop', 'Vụ Đông Xuân năm 2024: sản lượng đạt 120.500 tấn.', ['sản lượng']],
      ['a sector heading names no crop', 'Năm 2024, Sản xuất nông nghiệp: diện tích gieo trồng đạt 42.300 ha.', ['diện tích gieo trồng']],
      ['"như:" names no crop', 'Năm 2024, cơ giới hóa tăng, như: gieo sạ bằng máy trên 22% diện tích gieo trồng.', ['diện tích gieo trồng']],
      ['"Kết quả:" names no crop', 'Năm 2024, Kết quả: diện tích gieo trồng đạt 42.300 ha.', ['diện tích gieo trồng']],
      ['a heading after the measure does not name it', 'Năm 2024 sản lượng đạt 120.500 tấn; Cây ngô: diện tích 5.000 ha.', ['sản lượng', 'diện tích cây ngô']],
    ])('%s', (_label, text, expected) => {
      expect(names(text)).toEqual(expected);
    });
  });
});
