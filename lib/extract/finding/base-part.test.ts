import { describe, expect, it } from 'vitest';
import { basePart, comparesYearBefore, endsWithParts, previousBase } from './base-part';
import { checkProse } from '../check-prose';
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

/*
 * "so với tháng trước" and "so với quý trước". GSO's 2023 releases: exports 32,4 tỷ USD in August 2023 and 31,4 in
 * September (−3,1 %); our sentences. The quarter figures are those of the retail case above.
 */
describe('previousBase', () => {
  it.each<[string, number, string, { year: number; part: string } | null]>([
    ['giảm 3,1% so với tháng trước', 2023, 'T9', { year: 2023, part: 'T8' }],
    ['tăng 0,5% so với tháng trước', 2024, 'T1', { year: 2023, part: 'T12' }],
    ['tăng 4,8% so với quý trước', 2022, 'Q4', { year: 2022, part: 'Q3' }],
    ['tăng 2% so với quý trước', 2023, 'Q2', { year: 2023, part: 'L3' }],
    ['tăng 2% so sánh với quý trước', 2024, 'L3', { year: 2023, part: 'Q4' }],
    // thanhhoa-2021-07-investment: the province's share of July 2021, "so" without "với"
    ['giảm 11,9% so tháng trước', 2021, 'T7', { year: 2021, part: 'T6' }],
    // a CPI against December of last year (GSO's monthly CPI; our words)
    ['tăng 1,92% so với tháng 12 năm trước', 2024, 'T10', { year: 2023, part: 'T12' }],
    ['tăng 2,1% so với tháng 12 năm ngoái', 2024, 'L10', { year: 2023, part: 'T12' }],
  ])('"%s" of %i %s', (text, year, part, base) => {
    expect(previousBase(text, year, part)).toEqual(base);
  });

  describe('edge cases', () => {
    it.each<[string, number, string]>([
      ['tăng 4,6% so với cùng kỳ năm trước', 2023, 'T9'],
      ['tăng 3% so với tháng trước', 2023, 'L9'],
      ['tăng 3% so với quý trước', 2023, 'T9'],
      ['tăng 3% so với tháng trướcđó', 2023, 'T9'],
      ['tăng 3% so với tháng 12 năm 2022', 2023, 'T9'],
      ['tăng 3% so với tháng 13 năm trước', 2023, 'T9'],
    ])('"%s" of %i %s names no previous base', (text, year, part) => {
      expect(previousBase(text, year, part)).toBeNull();
    });
  });
});

describe('a change against the month or quarter before', () => {
  it.each([
    ['Kim ngạch xuất khẩu tháng 8/2023 đạt 32,4 tỷ USD. Kim ngạch xuất khẩu tháng 9/2023 đạt 31,4 tỷ USD, giảm 3,1% so với tháng trước.', 'match'],
    ['Kim ngạch xuất khẩu tháng 8/2023 đạt 32,4 tỷ USD. Kim ngạch xuất khẩu tháng 9/2023 đạt 31,4 tỷ USD, giảm 5,1% so với tháng trước.', 'mismatch'],
    ['Doanh thu quý III/2022 đạt 1.445,2 nghìn tỷ đồng. Quý IV/2022 doanh thu đạt 1.514,6 nghìn tỷ đồng, tăng 4,8% so với quý trước.', 'match'],
  ])('"%s" is checked against the level printed for it: %s', (text, verdict) => {
    const claim = checkProse(text).claims.find((c) => c.kind === 'comparison');
    expect(claim?.verdict).toBe(verdict);
  });

  it('names the missing month in its note', () => {
    const claim = checkProse('Kim ngạch xuất khẩu tháng 9/2023 đạt 31,4 tỷ USD, giảm 3,1% so với tháng trước.').claims.find((c) => c.kind === 'comparison');
    expect(claim?.verdict).toBe('implied');
    expect(claim?.message).toContain('Không tìm thấy giá trị tháng 8 năm 2023');
    expect(claim?.messageEn).toContain('No ');
  });
});

describe('comparesYearBefore', () => {
  it.each<[string, boolean]>([
    ['tăng 9,1% so với cùng kỳ năm trước', true],
    ['tăng 10% so với cùng kỳ', true],
    ['giảm 9,28% so CK', true],
    ['tăng 5% so với năm trước', true],
    ['tăng 3% so với năm ngoái', true],
    ['tăng 10% so voi cung ky', true],
    ['tăng 0,5% so với tháng trước', false],
    ['tăng 5% so với năm 2022', false],
  ])('%s → %s', (text, expected) => {
    expect(comparesYearBefore(text)).toBe(expected);
  });

  describe('edge cases', () => {
    it.each(['', 'tăng 5%', 'tăng 5% so với kế hoạch (CKD)', 'cùng kỳ'.normalize('NFD').slice(0, 3)])('"%s" names no year before', (text) => {
      expect(comparesYearBefore(text)).toBe(false);
    });
  });
});

/*
 * Bạc Liêu's fisheries, four months of 2021 and 2022 (our words; the 2021 total is derived from the 3,53 %): "so với
 * cùng kỳ" names no year, and the same months of the year before are printed.
 */
describe('a change against the same months of the year before (through checkProse)', () => {
  it.each<[string, string, string]>([
    [
      'four months against four months',
      'Bốn tháng đầu năm 2021, sản lượng thủy sản đạt 90.117 tấn. Bốn tháng đầu năm 2022, sản lượng thủy sản đạt 93.298 tấn, tăng 3,53% so với cùng kỳ.',
      'match',
    ],
    ['a whole year against the year before', 'Năm 2021 doanh thu đạt 100,0 tỷ đồng. Năm 2022 doanh thu đạt 112,0 tỷ đồng, tăng 10% so với năm trước.', 'mismatch'],
    [
      'other months of the year before are no base',
      'Sáu tháng đầu năm 2021, sản lượng thủy sản đạt 90.117 tấn. Bốn tháng đầu năm 2022, sản lượng thủy sản đạt 93.298 tấn, tăng 3,53% so với cùng kỳ.',
      'implied',
    ],
  ])('%s', (_name, text, verdict) => {
    expect(checkProse(text).claims.filter((c) => c.kind === 'comparison').map((c) => c.verdict)).toEqual([verdict]);
  });
});
