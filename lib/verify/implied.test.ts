import { describe, expect, it } from 'vitest';
import { impliedValue, type ImpliedQuestion } from './implied';

const ask = (q: Partial<ImpliedQuestion>): ImpliedQuestion => ({
  kind: 'percent',
  direction: 'up',
  unitSign: '%',
  qualifier: null,
  figure: 160,
  years: null,
  present: 1042100,
  missing: 'from',
  ...q,
});

describe('impliedValue', () => {
  it.each([
    ['percent up, base', ask({}), 1042100 / 2.6],
    ['percent up, later', ask({ figure: 20, present: 100, missing: 'to' }), 120],
    ['percent down, base', ask({ direction: 'down', figure: 20, present: 80 }), 100],
    ['per mille up, later', ask({ unitSign: '‰', figure: 4, present: 1000, missing: 'to' }), 1004],
    ['ratio, base', ask({ kind: 'ratio', unitSign: null, figure: 4.8, present: 547.6 }), 547.6 / 4.8],
    ['ratio without direction, later', ask({ kind: 'ratio', direction: null, unitSign: null, figure: 2, present: 3, missing: 'to' }), 6],
    ['ratio-down, base', ask({ kind: 'ratio-down', direction: 'down', unitSign: null, figure: 2, present: 5 }), 10],
    ['ratio-minus-one, later', ask({ kind: 'ratio-minus-one', unitSign: null, figure: 2, present: 10, missing: 'to' }), 30],
    ['points up, base', ask({ kind: 'points', figure: 6, present: 51.5 }), 45.5],
    ['absolute down, later', ask({ kind: 'absolute', direction: 'down', unitSign: null, figure: 785, present: 1200, missing: 'to' }), 415],
    ['average-annual up, base', ask({ kind: 'average-annual', figure: 10, years: 2, present: 121 }), 100],
    ['average-annual down, later', ask({ kind: 'average-annual', direction: 'down', figure: 10, years: 2, present: 100, missing: 'to' }), 81],
    ['plan, plan value', ask({ kind: 'plan', direction: null, figure: 110.6, present: 1106 }), 1000],
    ['plan, achieved value', ask({ kind: 'plan', direction: null, figure: 104, present: 1000, missing: 'to' }), 1040],
  ])('%s', (_name, question, expected) => {
    const result = impliedValue(question);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toBeCloseTo(expected, 9);
      expect(result.bound).toBe('about');
    }
  });

  it.each([
    ['trên, base', ask({ qualifier: 'lower' }), 'below'],
    ['trên, later', ask({ qualifier: 'lower', missing: 'to' }), 'above'],
    ['dưới, base', ask({ qualifier: 'upper' }), 'above'],
    ['giảm trên, base', ask({ qualifier: 'lower', direction: 'down', figure: 20 }), 'above'],
    ['giảm trên, later', ask({ qualifier: 'lower', direction: 'down', figure: 20, missing: 'to' }), 'below'],
    ['ratio-down trên, later', ask({ kind: 'ratio-down', direction: 'down', qualifier: 'lower', figure: 2, missing: 'to' }), 'below'],
    ['khoảng', ask({ qualifier: 'about' }), 'about'],
    // The present value a bound ("hơn 6.000 tỷ đồng, giảm 2,3%", Quảng Nam's October 2023 in our words): the missing
    // value grows with it, so it is the same kind of bound.
    ['present "hơn", base', ask({ presentBound: 'lower', direction: 'down', figure: 2.3, present: 6000 }), 'above'],
    ['present "dưới", later', ask({ presentBound: 'upper', missing: 'to' }), 'below'],
    ['present "hơn", claim "trên" that agrees', ask({ presentBound: 'lower', qualifier: 'lower', missing: 'to' }), 'above'],
    // Bà Rịa - Vũng Tàu's FDI to 20 May 2024 (Báo Gia Lai; our words, its figures): "1,52 tỉ USD, gấp hơn 12 lần cùng
    // kỳ" bounds the base from above (edge case: unchanged)
    ['claim "gấp hơn" alone', ask({ kind: 'ratio', unitSign: null, qualifier: 'lower', figure: 12, present: 1.52 }), 'below'],
    ['present "hơn", claim "khoảng"', ask({ presentBound: 'lower', qualifier: 'about' }), 'about'],
  ] as const)('a qualifier makes a bound: %s → %s', (_name, question, bound) => {
    const result = impliedValue(question);
    expect(result.ok && result.bound).toBe(bound);
  });
});

// Kon Rẫy's budget, first half of 2024 (our words, its figures): "trên 78 tỉ đồng, đạt 50% … và bằng 73% so với cùng kỳ".
// A bound drawn from a present bound holds over the claimed figure's rounding interval: the plan is above 78 / 0,505 =
// 154,46 and the base above 78 / 0,735 = 106,12 (the point figure said 156 and 106,85, more than the text says).
describe('a bound over the figure\'s rounding interval', () => {
  it.each([
    ['a plan', ask({ kind: 'plan', direction: null, figure: 50, present: 78, presentBound: 'lower', decimals: 0 }), 78 / 0.505],
    ['an index', ask({ kind: 'index', direction: null, figure: 73, present: 78, presentBound: 'lower', decimals: 0 }), 78 / 0.735],
    ['a later value below a bound', ask({ figure: 10, present: 100, presentBound: 'upper', missing: 'to', decimals: 0 }), 110.5],
    // edge case: a claim's own bound is exact ("trên 10%"), no rounding to add
    ['a claim "trên"', ask({ qualifier: 'lower', figure: 10, present: 110, decimals: 0 }), 100],
    ['no decimals given', ask({ kind: 'plan', direction: null, figure: 50, present: 78, presentBound: 'lower' }), 156],
  ] as const)('%s', (_name, question, value) => {
    const result = impliedValue(question);
    expect(result.ok && result.value).toBeCloseTo(value, 9);
  });
});

describe('edge cases', () => {
  it.each([
    ['percent without direction', ask({ direction: null }), 'no-direction'],
    ['points without direction', ask({ kind: 'points', direction: null }), 'no-direction'],
    ['average-annual without years', ask({ kind: 'average-annual', years: null }), 'no-years'],
    ['a fall of 100% leaves no base', ask({ direction: 'down', figure: 100 }), 'not-positive'],
    ['a fall of more than 100%/year', ask({ kind: 'average-annual', direction: 'down', figure: 120, years: 3 }), 'not-implied'],
    ['a zero present value for a ratio', ask({ kind: 'ratio', present: 0 }), 'not-positive'],
    ['a ratio of 0', ask({ kind: 'ratio', figure: 0 }), 'not-positive'],
    ['ratio-down by 0', ask({ kind: 'ratio-down', figure: 0 }), 'not-positive'],
    ['direction-only', ask({ kind: 'direction' }), 'not-implied'],
    // A present bound and a claim bound that pull opposite ways bound nothing (it was read as about the point value):
    // "hơn 1,52 tỉ USD, gấp hơn 12 lần cùng kỳ" (Bà Rịa - Vũng Tàu's FDI to 20 May 2024, our words) allows any base.
    ['present "hơn", claim "gấp hơn"', ask({ kind: 'ratio', unitSign: null, presentBound: 'lower', qualifier: 'lower', figure: 12, present: 1.52 }), 'unbounded'],
    ['present "hơn", claim "trên" that pulls the other way', ask({ presentBound: 'lower', qualifier: 'lower' }), 'unbounded'],
    ['present "dưới", claim "tăng dưới"', ask({ presentBound: 'upper', qualifier: 'upper' }), 'unbounded'],
  ] as const)('%s → %s', (_name, question, reason) => {
    const result = impliedValue(question);
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
  });

  it('an additive claim may imply a negative value', () => {
    const result = impliedValue(ask({ kind: 'absolute', direction: 'down', figure: 10, present: 5, missing: 'to' }));
    expect(result.ok && result.value).toBe(-5);
  });
});
