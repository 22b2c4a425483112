import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';

/**
 * A change stated as a rate and then "tương ứng" as an amount. Figures from the GSO labour force release for Q3/2022
 * (lfs-2022-q3: income up 30,1%, about 1,6 triệu đồng on Q3/2021); sentences in our own words; constructed cases say so.
 */
describe('an amount "tương ứng" after a rate (through checkProse)', () => {
  it('is a change of the same indicator against the same base (lfs-2022-q3)', () => {
    const claims = checkProse('So với cùng kỳ năm 2021, thu nhập tăng 30,1%, tương ứng khoảng 1,6 triệu đồng.').claims;
    const amount = claims.find((c) => c.text === 'khoảng 1,6 triệu đồng');
    expect(amount?.kind).toBe('comparison');
    expect(amount?.direction).toBe('up');
    expect(amount?.qualifier).toBe('about');
    expect(amount?.compareTo).toEqual({ year: 2021 });
    expect(amount?.indicator).toBe('thu nhập');
  });

  it('is checked against the two levels when the text prints them (constructed)', () => {
    const text = 'Năm 2021 thu nhập bình quân là 5,2 triệu đồng. Năm 2022 thu nhập bình quân là 6,7 triệu đồng, tăng 28,8% so với năm 2021, tương ứng 1,5 triệu đồng.';
    const amount = checkProse(text).claims.find((c) => c.text === '1,5 triệu đồng');
    expect(amount?.kind).toBe('comparison');
    expect(amount?.verdict).toBe('match');
    expect(amount?.computed).toBeCloseTo(1.5, 6);
  });
});

describe('edge cases', () => {
  it('a wrong amount is a mismatch (constructed, planted)', () => {
    const text = 'Năm 2021 thu nhập bình quân là 5,2 triệu đồng. Năm 2022 thu nhập bình quân là 6,7 triệu đồng, tăng 28,8% so với năm 2021, tương ứng 2,5 triệu đồng.';
    expect(checkProse(text).claims.find((c) => c.text === '2,5 triệu đồng')?.verdict).toBe('mismatch');
  });

  it.each([
    ['a "tương ứng" list of levels after a level', 'Năm 2022 tỷ trọng nông nghiệp là 20,1%, tương ứng 2.100 tỷ đồng.'],
    ['an amount not joined by "tương ứng"', 'Thu nhập tăng 30,1%, đạt 6,7 triệu đồng.'],
    ['an amount in another sentence', 'Thu nhập tăng 30,1%. Tương ứng 1,6 triệu đồng.'],
    ['a rank after the rate', 'Thu nhập tăng 30,1%, tương ứng thứ 4 cả nước.'],
  ])('%s: no change in amount', (_why, text) => {
    const report = checkProse(text);
    expect(report.claims.filter((c) => c.kind === 'comparison' && c.claim !== null && !/%/u.test(c.claim))).toEqual([]);
    expect(report.checks).toEqual([]);
  });
});
