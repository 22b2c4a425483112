import { describe, expect, it } from 'vitest';
import { basePart, endsWithParts } from './base-part';
import { extractClaims } from './extract-claims';

/*
 * The part of the year of a claim's base. Figures: GSO's 2025 Q3 release (GDP +8,23 % against the same quarter of
 * 2024, below Q3/2022's 14,38 %) and its 2022 retail figures (Q3 1.445,2 and Q4 1.514,6 nghìn tỷ đồng); our sentences.
 */
describe('basePart', () => {
  it.each([
    ['a base naming its quarter', 'Quý IV/2022 doanh thu tăng 4,8% so với quý III/2022.', 'Q3'],
    ['"cùng kỳ năm 2024" is the claim’s own part of that year', 'Chín tháng năm 2025 GDP tăng 7,85% so với cùng kỳ năm 2024.', 'L9'],
    ['a whole year against a whole year', 'Năm 2023 GDP tăng 5,05% so với năm 2022.', ''],
  ])('%s', (_name, text, part) => {
    const claim = extractClaims(text).find((c) => c.kind === 'comparison');
    expect(claim === undefined ? null : basePart(claim)).toBe(part);
  });

  describe('edge cases', () => {
    it('a bracketed base of another quarter keeps its own part, and the comparative keeps the subject', () => {
      const text = 'GDP quý III/2025 tăng 8,23% so với cùng kỳ, chỉ thấp hơn mức tăng của quý III/2022 (14,38%).';
      const claims = extractClaims(text);
      const direction = claims.find((c) => c.claim?.ok === true && c.claim.kind === 'direction');
      expect(direction?.indicator).toBe('GDP');
      expect(direction === undefined ? [] : endsWithParts(direction).map((e) => [e.value.value, e.value.year, e.part])).toEqual([
        [14.38, 2022, 'Q3'],
        [8.23, 2025, 'Q3'],
      ]);
    });
  });
});
