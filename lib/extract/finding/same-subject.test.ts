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
