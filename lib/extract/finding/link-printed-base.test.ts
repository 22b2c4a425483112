import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/*
 * Bases printed after "so với". Figures: Bộ NN&PTNT's pepper exports of the first two months of 2024 (7.700 tấn against
 * 13.800 tấn, 37,4 triệu USD against 43 triệu USD; the report's 79% and "gần 15%" are both wrong); the rest invented.
 * Our sentences.
 */
function changes(text: string): [string, string, number | null, number | null][] {
  return checkProse(text)
    .claims.filter((c) => c.kind === 'comparison')
    .map((c) => [c.text, c.verdict, c.from?.value ?? null, c.to?.value ?? null]);
}

describe('linkPrintedBase (through checkProse)', () => {
  it.each<[string, string, [string, string, number | null, number | null][]]>([
    [
      'two bases in two units, both wrong in the report',
      'Hai tháng đầu năm 2024, xuất khẩu tiêu đạt 7.700 tấn, trị giá 37,4 triệu USD (giảm 79% so với 13.800 tấn nhưng chỉ thấp hơn gần 15% so với 43 triệu USD cùng kỳ năm ngoái).',
      [
        ['giảm 79% so với 13.800 tấn', 'mismatch', 13800, 7700],
        ['thấp hơn gần 15% so với 43 triệu USD', 'mismatch', 43, 37.4],
      ],
    ],
    [
      'a right rate against a base with its year',
      'Năm 2023, doanh thu đạt 1.250 tỷ đồng, tăng 25% so với 1.000 tỷ đồng của năm 2022.',
      [['tăng 25% so với 1.000 tỷ đồng của năm 2022', 'match', 1000, 1250]],
    ],
    [
      'a base in other scale words',
      'Năm 2023, doanh thu đạt 1,25 nghìn tỷ đồng, tăng 25% so với 1.000 tỷ đồng.',
      [['tăng 25% so với 1.000 tỷ đồng', 'match', 1, 1.25]],
    ],
  ])('%s', (_label, text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  describe('edge cases', () => {
    it('a base with no level of its unit before it stays unlinked', () => {
      const [change] = changes('Năm 2023, số khách tăng 25% so với 1.000 tỷ đồng.');
      expect(change?.[2]).toBeNull();
    });

    it('a year after "so với" is no printed base', () => {
      const [change] = changes('Năm 2023, doanh thu đạt 1.250 tỷ đồng, tăng 25% so với 2022.');
      expect(change?.slice(1)).toEqual(['implied', null, 1250]);
    });
  });
});
