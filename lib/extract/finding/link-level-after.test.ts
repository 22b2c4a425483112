import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/**
 * A change in % with its own level in brackets right after it, and no level before it. Our own sentences with the figures
 * of the weekly business-registration bulletin (Cục Quản lý đăng ký kinh doanh, week 26 of 2024); constructed ones say so.
 * Each row: the text, the change, its verdict, and the later value it was given (null: none).
 */
const CASES: readonly (readonly [string, string, string, string, number | null])[] = [
  ['bulletin', 'Trong tuần, số doanh nghiệp thành lập mới giảm 1,0% (3.502 doanh nghiệp).', 'giảm 1,0%', 'implied', 3502],
  ['constructed: "đạt" in the bracket', 'Tổng vốn đăng ký tăng 12,5% (đạt 45.600 tỷ đồng).', 'tăng 12,5%', 'implied', 45600],
  ['constructed: "ước đạt"', 'Doanh thu du lịch tăng 8% (ước đạt 1.200 tỷ đồng) so với cùng kỳ.', 'tăng 8%', 'implied', 1200],
];

describe('linkLevelAfter: a level in brackets right after its change', () => {
  it.each(CASES)('%s', (_source, text, change, verdict, to) => {
    const claim = checkProse(text).claims.find((c) => c.claim === change);
    expect([claim?.verdict, claim?.to?.value ?? null]).toEqual([verdict, to]);
  });

  it('gives the bracketed amount its change\'s subject', () => {
    const report = checkProse('Trong tuần, số doanh nghiệp quay trở lại hoạt động giảm 0,7% (422 doanh nghiệp).');
    expect(report.claims.find((c) => c.kind === 'value')?.indicator).toBe('số doanh nghiệp quay trở lại hoạt động');
  });

  describe('edge cases', () => {
    const EDGES: readonly (readonly [string, string, string, string, number | null])[] = [
      // A level before the change is what it measures: the bracket is the same change, in the level's unit.
      ['a level before', 'Năng suất đạt 60,45 tạ/ha, tăng 1,14% (0,68 tạ/ha) so với năm 2018.', 'tăng 1,14%', 'match', 60.45],
      // A bracket after the base named in words is that base's value (link-brackets.ts).
      ['after "so với"', 'Thu ngân sách tăng 113% so với cùng kỳ năm trước (921 tỉ đồng).', 'tăng 113%', 'not_computable', null],
      // A rate in brackets is another rate, not a level.
      ['a rate', 'Số khách du lịch tăng 15,2% (cùng kỳ 12,1%).', 'tăng 15,2%', 'not_computable', null],
      // A year or words between the bracket and the amount: not the change's own level.
      ['a year in the bracket', 'Số doanh nghiệp giảm 1,0% (năm 2023: 3.502 doanh nghiệp).', 'giảm 1,0%', 'not_computable', null],
      // A change in points has no level of its own amount.
      ['points', 'Tỷ lệ hộ nghèo giảm 1,2 điểm phần trăm (1.250 hộ).', 'giảm 1,2 điểm phần trăm', 'not_computable', null],
      // A qualified amount ("hơn") is not taken.
      ['a qualified amount', 'Số doanh nghiệp giảm 1,0% (hơn 3.500 doanh nghiệp).', 'giảm 1,0%', 'not_computable', null],
    ];
    it.each(EDGES)('%s', (_name, text, change, verdict, to) => {
      const claim = checkProse(text).claims.find((c) => c.claim === change);
      expect([claim?.verdict, claim?.to?.value ?? null]).toEqual([verdict, to]);
    });
  });
});
