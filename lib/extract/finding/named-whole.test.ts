import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

/** Whether the one share of `raw` names its whole. */
function namesWhole(raw: string): boolean {
  return extractClaims(raw).find((c) => c.kind === 'share')?.namesWhole === true;
}

/** The level a change after the share was measured to, when the text gives one. */
function levelOfChange(raw: string): number | null {
  return checkProse(raw).claims.find((c) => c.kind === 'comparison' || c.kind === 'index')?.to?.value ?? null;
}

describe('markNamedWholes', () => {
  it.each([
    // GSO's farm release of November 2022 (our words, its figures).
    ['a whole after the figure', 'Cả nước thu hoạch 1.326,7 nghìn ha lúa mùa, chiếm 85,4% diện tích gieo cấy và bằng 101,2% cùng kỳ năm trước.', true],
    // Vĩnh Long's report of ten months of 2023 (our words, its figures).
    ['a whole after "trên"', 'Tiền gửi tiết kiệm chiếm 72,19% trên tổng số dư nguồn vốn huy động, tăng 7,58% so với số đầu năm.', true],
    ['no whole', 'Năm 2020, công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015.', false],
    ['a structure', 'Năm 2020, dịch vụ chiếm 29,36% trong cơ cấu kinh tế, giảm 2,88% so với năm 2015.', false],
  ])('%s', (_name, raw, expected) => {
    expect(namesWhole(raw)).toBe(expected);
  });

  it('a change in % after a share of a named whole is no change of the share', () => {
    // Before, the savings' rise was read as a rise to the share: a base of 67,10 "%".
    expect(levelOfChange('Tiền gửi tiết kiệm chiếm 72,19% trên tổng số dư nguồn vốn huy động, tăng 7,58% so với số đầu năm.')).toBeNull();
  });

  describe('edge cases', () => {
    it('a change after a share without a whole still measures the share (read as points, Bà Rịa - Vũng Tàu 2020)', () => {
      expect(levelOfChange('Năm 2020, công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015.')).toBe(58.66);
    });

    it('a change in points after a share of a named whole is of the share', () => {
      expect(levelOfChange('Năm 2023, xuất khẩu sang châu Á chiếm 42,5% tổng kim ngạch, tăng 1,5 điểm phần trăm so với năm 2022.')).toBe(42.5);
    });
  });
});
