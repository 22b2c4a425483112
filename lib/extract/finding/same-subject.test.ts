import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';

/* Claims that carry on the subject of the claim before them, read through extractClaims. */
describe('subjectCarried (through extractClaims)', () => {
  it('gives a change after a share and its whole to the amount the share is of (enterprises, January 2024; our words)', () => {
    const claims = extractClaims(
      'Tháng 1/2024, khu vực nông, lâm nghiệp và thủy sản ghi nhận 151 doanh nghiệp thành lập mới, chiếm 1,1% tổng số doanh nghiệp thành lập mới, tăng 20,8% so với cùng kỳ.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['value', 'share', 'comparison']);
    expect(claims[0]?.indicator).toBe('khu vực nông, lâm nghiệp và thủy sản');
    expect(claims[2]?.indicator).toBe(claims[0]?.indicator);
  });

  it('does so when the share is said "đóng góp" with its whole (TP. Hồ Chí Minh’s credit, September 2021; our words)', () => {
    const claims = extractClaims(
      'Dư nợ ngắn hạn đạt hơn 1,22 triệu tỷ đồng, đóng góp 45,5% tổng dư nợ tín dụng, tăng 0,3% so với tháng trước và tăng 7,3% so với một năm trước.',
    );
    expect(claims.map((c) => c.kind)).toEqual(['value', 'share', 'comparison', 'comparison']);
    expect(claims[0]?.indicator).toBe('Dư nợ ngắn hạn');
    expect(claims.slice(2).map((c) => c.indicator)).toEqual(['Dư nợ ngắn hạn', 'Dư nợ ngắn hạn']);
  });

  it('gives a change in brackets after a level’s long object phrase to that level (FDI, 20 May 2024; our words)', () => {
    const claims = extractClaims('Có 1.227 dự án mới được cấp giấy chứng nhận đăng ký đầu tư (tăng 27,5% so với cùng kỳ).');
    expect(claims.map((c) => c.kind)).toEqual(['value', 'comparison']);
    expect(claims[1]?.indicator).toBe(claims[0]?.indicator);
  });

  it('leaves a count of other things in those brackets to its own name (Cao Bằng’s schools, our words)', () => {
    const claims = extractClaims('Toàn tỉnh có 09 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên (giảm 125 trường học).');
    expect(claims.map((c) => c.kind)).toEqual(['value', 'comparison']);
    expect(claims[1]?.indicator).not.toBe(claims[0]?.indicator);
  });

  it.each([
    // GSO's transport, first half of 2024 (our words): what the level counts is glued to its unit
    ['Tính chung 6 tháng đầu năm 2024, vận tải hành khách ước đạt 2.312,1 triệu lượt khách vận chuyển, tăng 4,3% so với cùng kỳ năm trước.', 'comparison'],
    // Hậu Giang's passengers, February 2024 (our words): the base is named before an index
    ['Ước tháng 2, đường sông vận chuyển được hơn 2,312 triệu lượt hành khách, so với tháng trước bằng 101,34%.', 'index'],
  ])('gives a change after the words that end a level’s unit to that level: %s', (text, kind) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => c.kind)).toEqual(['value', kind]);
    expect(claims[1]?.indicator).toBe(claims[0]?.indicator);
  });

  describe('edge cases', () => {
    it('a subject after a comma is a subject of its own', () => {
      const claims = extractClaims('Năm 2023 doanh thu đạt 500 tỷ đồng, vận tải hàng hóa tăng 5,2%.');
      expect(claims[1]?.indicator).toBe('vận tải hàng hóa');
    });

    it('a claim with a subject of its own keeps it', () => {
      const claims = extractClaims('Năm 2023 thu ngân sách đạt 2.480 tỷ đồng; chi ngân sách tăng 5,2%.');
      expect(claims[1]?.indicator).toBe('chi ngân sách');
    });
  });
});

describe('a plan beside the figure it judges (Vĩnh Linh district, 2022; our words)', () => {
  it.each([
    ['Thu nhập bình quân đầu người ước đạt 55,3 triệu đồng/KH 55-56 triệu đồng, tăng 3,1 triệu đồng so với năm 2021.', 55.3],
    ['Tổng vốn đầu tư toàn xã hội ước đạt 2.337 tỷ đồng/KH 2.000-2.100 tỷ đồng, tăng 258 tỷ đồng so với năm 2021.', 2337],
  ])('the change after "/KH …" is of the level before it: %s', (text, level) => {
    const claims = extractClaims(text);
    const change = claims.find((c) => c.kind === 'comparison');
    const value = claims.find((c) => c.kind === 'value');
    expect(value?.figures[0]?.value).toBe(level);
    expect(change?.indicator).toBe(value?.indicator);
    expect(claims.filter((c) => c.kind === 'plan')).toHaveLength(1);
  });
});

/** Each claim as its figure, indicator, years and part of the year. */
function read(raw: string): [string, string | null, unknown, string][] {
  return extractClaims(raw).map((c) => [raw.slice(c.start, c.end), c.indicator, c.years, c.part]);
}

// The rate a change is compared with ("cao hơn mức tăng X% của …") is the same indicator's, of the period printed after it.
describe('subjectCarried: rates compared with', () => {
  it.each<[string, string, [string, string | null, unknown, string][]]>([
    // Đắk Nông, first half of 2022 (baodaknong.vn; our words, its figures)
    [
      'a rate of the first half of the year before',
      'Sáu tháng đầu năm 2022, GRDP tăng 6,33%, cao hơn mức tăng 3,59% của 6 tháng đầu năm 2021.',
      [
        ['tăng 6,33%', 'GRDP', [2022], 'L6'],
        ['3,59% của 6 tháng đầu năm 2021', 'GRDP', [2021], 'L6'],
      ],
    ],
    // GSO, first quarter of 2025 (our words, its figures)
    [
      'a quarter named after the rate',
      'GDP quý I/2025 tăng 6,93% so với cùng kỳ năm trước, cao hơn mức tăng 5,98% của quý I/2024.',
      [
        ['tăng 6,93% so với cùng kỳ năm trước', 'GDP', [2025], 'L3'],
        ['5,98% của quý I/2024', 'GDP', [2024], 'L3'],
      ],
    ],
    // Hà Nội, first half of 2013 (Cục Thống kê; our words, its figures): "của cùng kỳ 2012" is the same half of 2012.
    [
      'the same part of an earlier year',
      'GDP 6 tháng đầu năm 2013 tăng 7,67%, cao hơn mức tăng 7,6% của cùng kỳ 2012 và thấp hơn mức tăng 9,3% của cùng kỳ năm 2011.',
      [
        ['tăng 7,67%', 'GDP', [2013], 'L6'],
        ['7,6% của cùng kỳ 2012', 'GDP', [2012], 'L6'],
        ['9,3% của cùng kỳ năm 2011', 'GDP', [2011], 'L6'],
      ],
    ],
    [
      'a sector in brackets, then the next sentence in the sentence before’s time',
      'Sáu tháng đầu năm 2022, khu vực dịch vụ tăng 6,41% (cao hơn mức tăng 2,65% trong 6 tháng đầu năm 2021). Trong đó, thương mại tăng 7,2%.',
      [
        ['tăng 6,41%', 'khu vực dịch vụ', [2022], 'L6'],
        ['2,65% trong 6 tháng đầu năm 2021', 'khu vực dịch vụ', [2021], 'L6'],
        ['tăng 7,2%', 'thương mại', [2022], 'L6'],
      ],
    ],
  ])('%s', (_name, raw, expected) => {
    expect(read(raw)).toEqual(expected);
  });
});

describe('rates compared with: edge cases', () => {
  it('a rate after "nhưng thấp hơn mức tăng", dated by its year, is the same indicator’s', () => {
    // GSO, 2021 (our words, its figures)
    const raw = 'Năm 2021 GDP tăng 2,58%, cao hơn mức tăng 2,5% của năm 2020 nhưng thấp hơn mức tăng 7,02% của năm 2019.';
    expect(read(raw).map(([, indicator, years]) => [indicator, years])).toEqual([
      ['GDP', [2021]],
      ['GDP', [2020]],
      ['GDP', [2019]],
    ]);
  });

  it('a rate of another place, not dated after it, is not carried', () => {
    // "của cả nước" names the country's rate, not the province's of another period.
    const raw = 'Năm 2023 GRDP tăng 7,5%, cao hơn mức tăng 5,05% của cả nước.';
    expect(read(raw)[1]?.[1]).not.toBe('GRDP');
  });
});
