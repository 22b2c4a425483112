import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/**
 * Context that real reports spread over a paragraph (issue 12): a period named in a heading, and an average
 * rate that spans the from–to statement before it. Our own words; figures as named per case.
 */
describe('years from the context', () => {
  it.each([
    // hcm-2020: 5.104 USD (2015) → 6.799 USD (2020); the heading names the period, 5 yearly steps
    ['a period heading', 'Giai đoạn 2015 - 2020\nGRDP bình quân đầu người tăng từ 5.104 USD lên 6.799 USD, bình quân tăng 5,9%/năm.', 'match', 5.9027],
    // nghean-2020 budget with a planted rate: 10.200 (2015) → 17.363 (2020) is 11,23 %/năm, not 15,8
    ['an average after a from–to', 'Thu ngân sách tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020, bình quân tăng 15,8%/năm.', 'mismatch', 11.2256],
  ])('%s', (_name, text, verdict, computed) => {
    const average = checkProse(text).claims.find((c) => c.kind === 'average-annual');
    expect(average?.verdict).toBe(verdict);
    expect(average?.computed).toBeCloseTo(computed, 3);
  });
});

describe('the level a change is measured from', () => {
  it.each([
    // nghean-2020: one subject, two predicates joined by "và"
    ['a predicate after "và"', 'Năm 2020 tổng thu ngân sách đạt 17.363 tỷ đồng, bằng 111,6% dự toán HĐND tỉnh điều chỉnh và tăng 7,3% so với năm 2019.', 16182],
    // brvt-2020: a share is the level of the change printed after it
    ['a share before its change', 'Năm 2020 công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015.', 56.55],
  ])('%s', (_name, text, implied) => {
    const change = checkProse(text).claims.find((c) => c.kind === 'comparison');
    expect(change?.verdict).toBe('implied');
    expect(change?.implied?.value).toBeCloseTo(implied, 0);
  });

  // GSO's industrial production, ten months of 2024 (our words): the year of "(cùng kỳ năm 2023 …)" dates only the
  // change inside the brackets; the next sector's change is of 2024.
  it('takes no year from a bracket that names its own', () => {
    const text =
      'Tính chung 10 tháng năm 2024, ngành chế biến, chế tạo tăng 9,6% (cùng kỳ năm 2023 tăng 0,5%); ngành sản xuất và phân phối điện tăng 10,3%.';
    const changes = checkProse(text).claims.filter((c) => c.kind === 'comparison');
    expect(changes.map((c) => [c.claim, c.years, c.period])).toEqual([
      ['tăng 9,6%', [2024], 'L10'],
      ['tăng 0,5%', [2023], 'L10'],
      ['tăng 10,3%', [2024], 'L10'],
    ]);
  });

  it('keeps two subjects apart: "A tăng 5% và B tăng 6%"', () => {
    const claims = checkProse('Năm 2023 doanh thu đạt 300 tỷ đồng, tăng 5% và lợi nhuận tăng 6%.').claims.filter((c) => c.kind === 'comparison');
    expect(claims[1]?.indicator).not.toBe(claims[0]?.indicator);
  });
});

// Quảng Ngãi's GRDP, first half of 2025 (Cục Thống kê, our words): the paragraph's first sentence names the time, the
// sentences after it list the sectors without one.
const QUANG_NGAI =
  'Sáu tháng đầu năm 2025, GRDP của tỉnh ước đạt 41.690,8 tỷ đồng (theo giá so sánh 2010), tăng 11,51% so với cùng kỳ năm 2024. ' +
  'Trong đó, khu vực nông, lâm nghiệp và thủy sản đạt 6.628,4 tỷ đồng, tăng 3,53%. Khu vực dịch vụ đạt 13.483,5 tỷ đồng, tăng 8,33%.';

describe('the time of a paragraph', () => {
  it('goes on into its later sentences that name none', () => {
    const claims = checkProse(QUANG_NGAI).claims.filter((c) => c.kind === 'comparison');
    expect(claims.map((c) => [c.claim, c.years, c.period])).toEqual([
      ['tăng 11,51%', [2025], 'L6'],
      ['tăng 3,53%', [2025], 'L6'],
      ['tăng 8,33%', [2025], 'L6'],
    ]);
  });

  it('links a change to the base its own sentence names by year (our sentences, figures of a planted case)', () => {
    const text = 'Chín tháng năm 2023, kim ngạch xuất khẩu đạt 81,5 triệu USD. Kim ngạch nhập khẩu đạt 50,1 triệu USD, giảm 12,5% so với cùng kỳ năm 2022. Cùng kỳ năm 2022, kim ngạch nhập khẩu đạt 57,3 triệu USD.';
    const change = checkProse(text).claims.find((c) => c.kind === 'comparison');
    expect([change?.years, change?.period, change?.verdict, change?.from?.value]).toEqual([[2023], 'L9', 'match', 57.3]);
  });
});

describe('edge cases', () => {
  it.each([
    ['stops at the end of the paragraph', QUANG_NGAI.replace('. Khu vực dịch vụ', '.\n\nKhu vực dịch vụ'), []],
    ['gives way to a time the sentence names', QUANG_NGAI.replace('Khu vực dịch vụ đạt', 'Năm 2024, khu vực dịch vụ đạt'), [2024]],
  ])('the time of a paragraph %s', (_name, text, years) => {
    expect(checkProse(text).claims.find((c) => c.claim === 'tăng 8,33%')?.years).toEqual(years);
  });

  it('a base after "so với" is no time of the sentence: the paragraph\'s goes on', () => {
    const text = QUANG_NGAI.replace('tăng 8,33%.', 'tăng 8,33% so với cùng kỳ năm 2024.');
    expect(checkProse(text).claims.find((c) => c.claim?.startsWith('tăng 8,33%'))?.years).toEqual([2025]);
  });

  it('an average rate takes no single year from the sentence before', () => {
    const text = 'Năm 2018 vốn đầu tư công đạt 5.000 tỷ đồng. Vốn đầu tư công bình quân tăng trên 9%/năm; năm 2023 đạt 6.210 tỷ đồng, tăng 24,2% so với năm 2018.';
    expect(checkProse(text).claims.find((c) => c.kind === 'average-annual')?.years).toEqual({ from: 2018, to: 2023 });
  });

  it.each([
    ['a period inside a sentence is no heading', 'Trải qua 525 năm (1499 - 2024), tỉnh giữ vững truyền thống.\nDoanh thu tăng từ 5 tỷ đồng lên 6 tỷ đồng.'],
    ['a heading line with more words is no heading', 'Kết quả thực hiện các mục tiêu giai đoạn 2016 - 2020 của tỉnh và định hướng.\n\nDoanh thu tăng từ 5 tỷ đồng lên 6 tỷ đồng.'],
  ])('%s', (_name, text) => {
    const fromTo = checkProse(text).claims.find((c) => c.kind === 'from-to');
    expect(fromTo?.years).toEqual([]);
  });
});
