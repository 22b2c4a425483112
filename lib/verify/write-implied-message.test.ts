import { describe, expect, it } from 'vitest';
import { makeClaim, m } from './test-claims';
import type { ImpliedBound } from './implied';
import { impliedMessage } from './write-implied-message';

/** The Vietnamese message of a plan claim whose plan is implied from the achieved level `present` (0 decimals). */
function impliedPlan(text: string, figure: number, planVerb: 'bang' | 'dat', present: number, value: number, bound: ImpliedBound): string {
  const claim = makeClaim(text, 'plan', null, [figure, 0], { unitSign: '%', planVerb });
  return impliedMessage({ worded: { kind: 'plan', claim }, present: m(present, 0), missing: 'from', value, bound, valueSign: null, lang: 'vi' });
}

describe('verdict messages', () => {
  it('implied', () => {
    const claim = makeClaim('tăng 160%', 'percent', 'up', [160, 0], { unitSign: '%' });
    expect(
      impliedMessage({ worded: { kind: 'percent', claim }, present: m(1042100, 0), missing: 'from', value: 400807.69, bound: 'about', valueSign: null, lang: 'vi' }),
    ).toBe('tăng 160% đến 1.042.100 ⇒ giá trị năm gốc khoảng 400.808');
  });

  // Cần Thơ's retail of January 2023 (our words): the base of "so với tháng trước" is a month, not a year.
  it('implied on a base that is a part of a year says "kỳ gốc"', () => {
    const claim = makeClaim('tăng 2,68%', 'percent', 'up', [2.68, 2], { unitSign: '%' });
    const facts = { worded: { kind: 'percent' as const, claim }, present: m(8642.53, 2), missing: 'from' as const, value: 8416.96, bound: 'about' as const, valueSign: null, period: true };
    expect(impliedMessage({ ...facts, lang: 'vi' })).toBe('tăng 2,68% đến 8.642,53 ⇒ giá trị kỳ gốc khoảng 8.416,96');
    expect(impliedMessage({ ...facts, lang: 'en' })).toContain('the base-period value about 8.416,96');
  });

  it('implied for a plan names the plan', () => {
    const claim = makeClaim('bằng 104% kế hoạch', 'plan', null, [104, 0], { unitSign: '%', planVerb: 'bang' });
    const facts = { worded: { kind: 'plan' as const, claim }, present: m(1000, 0), missing: 'to' as const, value: 1040, bound: 'about' as const, valueSign: null };
    expect(impliedMessage({ ...facts, lang: 'vi' })).toBe('bằng 104% kế hoạch, kế hoạch 1.000 ⇒ giá trị thực hiện khoảng 1.040');
    expect(impliedMessage({ ...facts, lang: 'en' })).toBe('equal to 104% of plan, plan 1.000 ⇒ the achieved value about 1.040');
  });

  // Kon Rẫy's budget, first half of 2024 (our words, its figures): a bound is cut toward what it allows.
  it.each([
    ['above', 154.62, 'trên 154'],
    ['below', 154.38, 'dưới 155'],
    ['about', 154.62, 'khoảng 155'],
  ] as const)('an implied value %s %s is said "%s"', (bound, value, said) => {
    expect(impliedPlan('đạt 50% dự toán', 50, 'dat', 78, value, bound).endsWith(said)).toBe(true);
  });
});

describe('edge cases', () => {
  // Cà Mau's seafood exports, 2022 (our words, its figures): "hơn 1 tỷ USD, bằng 101% kế hoạch" allows a plan above
  // 1 / 1,015 = 0,985; at the level's precision that was "trên 0". Two significant digits at least.
  it.each([
    ['above', 0.98522, 'trên 0,98'],
    ['about', 4.1667, 'khoảng 4,2'],
    ['about', 0, 'khoảng 0'],
  ] as const)('a small implied value %s %s keeps two significant digits: "%s"', (bound, value, said) => {
    expect(impliedPlan('bằng 101% kế hoạch', 101, 'bang', 1, value, bound).endsWith(said)).toBe(true);
  });

  // GSO's exports of July 2020 (our words, its figures): "23 tỷ USD, tăng 1,9% so với tháng trước" implies 23 / 1,019 =
  // 22,57, which at the level's precision was "khoảng 23", the level itself.
  it.each([
    [23, 0, 22.5711, 'khoảng 22,6'],
    [100, 0, 99.9951, 'khoảng 100'],
    [100, 0, 99.951, 'khoảng 99,95'],
    [2.5, 1, 2.4996, 'khoảng 2,5'],
    [23, 0, 23, 'khoảng 23'],
  ] as const)('an implied value near the printed %s (%s decimals), %s, is said "%s"', (present, decimals, value, said) => {
    const claim = makeClaim('tăng 1,9%', 'percent', 'up', [1.9, 1], { unitSign: '%' });
    const text = impliedMessage({ worded: { kind: 'percent', claim }, present: m(present, decimals), missing: 'from', value, bound: 'about', valueSign: null, lang: 'vi' });
    expect(text.endsWith(said)).toBe(true);
  });
});
