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

describe('edge cases', () => {
  it.each([
    ['a period inside a sentence is no heading', 'Trải qua 525 năm (1499 - 2024), tỉnh giữ vững truyền thống.\nDoanh thu tăng từ 5 tỷ đồng lên 6 tỷ đồng.'],
    ['a heading line with more words is no heading', 'Kết quả thực hiện các mục tiêu giai đoạn 2016 - 2020 của tỉnh và định hướng.\n\nDoanh thu tăng từ 5 tỷ đồng lên 6 tỷ đồng.'],
  ])('%s', (_name, text) => {
    const fromTo = checkProse(text).claims.find((c) => c.kind === 'from-to');
    expect(fromTo?.years).toEqual([]);
  });
});
