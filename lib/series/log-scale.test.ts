import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logAxis } from './log-scale';

describe('logAxis', () => {
  it.each<[string, number[], [number, number], number[]]>([
    ['grain (one decade)', [147.21, 236.625, 228.59, 262.6, 296.3], [100, 1000], [100, 200, 500, 1000]],
    ['GRDP per capita (two decades)', [10.6, 21.7, 39.8], [10, 100], [10, 20, 50, 100]],
    ['trade, 1,307 → 845,5 (three decades: powers only)', [1.307, 133.6, 163.9, 556.94, 845.5], [1, 1000], [1, 10, 100, 1000]],
    ['budget revenue 9,4 → 3.957,9', [9.4, 361.828, 393.6, 1382.08, 3957.9], [1, 10000], [1, 10, 100, 1000, 10000]],
    ['small rates', [0.7, 0.3, 0.15], [0.1, 1], [0.1, 0.2, 0.5, 1]],
    ['two decades across 1', [0.5, 20], [0.1, 100], [0.1, 1, 10, 100]],
  ])('%s', (_name, values, domain, ticks) => {
    expect(logAxis(values)).toEqual({ ok: true, domain, ticks });
  });

  it.each<[string, number[], string]>([
    ['no values', [], 'empty'],
    ['a zero', [0, 5], 'non-positive'],
    ['a negative', [-1, 5], 'non-positive'],
    ['NaN', [Number.NaN], 'non-positive'],
    ['Infinity', [Number.POSITIVE_INFINITY], 'non-positive'],
  ])('fails: %s', (_name, values, reason) => {
    expect(logAxis(values)).toEqual({ ok: false, reason });
  });
});

describe('edge cases', () => {
  it.each<[number[], [number, number]]>([
    [[100], [100, 1000]],
    [[100, 1000], [100, 1000]],
    [[57, 57], [10, 100]],
  ])('a power of ten or a single value still gets a non-empty decade: %j', (values, domain) => {
    const result = logAxis(values);
    expect(result.ok && result.domain).toEqual(domain);
  });

  it('property: the domain holds every value and the ticks stay in the domain, increasing', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 10 }), (values) => {
        const result = logAxis(values);
        if (!result.ok) return false;
        const [lo, hi] = result.domain;
        const inDomain = values.every((v) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9));
        const increasing = result.ticks.every((t, i) => i === 0 || t > (result.ticks[i - 1] ?? Infinity));
        return inDomain && increasing && result.ticks[0] === lo && result.ticks[result.ticks.length - 1] === hi;
      }),
    );
  });
});
