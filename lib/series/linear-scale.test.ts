import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearAxis } from './linear-scale';

describe('linearAxis', () => {
  it.each<[string, number[], [number, number], number[]]>([
    ['grain index: 100 is a tick', [100, 160.74, 155.28, 178.38, 201.28], [0, 250], [0, 50, 100, 150, 200, 250]],
    ['grain values', [147.21, 236.625, 228.59, 262.6, 296.3], [0, 300], [0, 100, 200, 300]],
    ['budget revenue', [9.4, 361.828, 393.6, 1382.08, 3957.9], [0, 4000], [0, 1000, 2000, 3000, 4000]],
    ['poverty index, falling', [100, 53.93], [0, 100], [0, 20, 40, 60, 80, 100]],
    ['GRDP per capita', [10.6, 21.7, 39.8], [0, 40], [0, 10, 20, 30, 40]],
    ['small rates', [0.7, 0.3, 0.15], [0, 0.8], [0, 0.2, 0.4, 0.6, 0.8]],
    ['a step of 2,5', [0, 11], [0, 12.5], [0, 2.5, 5, 7.5, 10, 12.5]],
    ['negative values', [-12, 30], [-20, 30], [-20, -10, 0, 10, 20, 30]],
  ])('%s', (_name, values, domain, ticks) => {
    expect(linearAxis(values)).toEqual({ ok: true, domain, ticks });
  });

  it.each<[string, number[], string]>([
    ['no values', [], 'empty'],
    ['NaN', [1, Number.NaN], 'not-finite'],
    ['Infinity', [Number.POSITIVE_INFINITY], 'not-finite'],
  ])('fails: %s', (_name, values, reason) => {
    expect(linearAxis(values)).toEqual({ ok: false, reason });
  });
});

describe('edge cases', () => {
  it('all zero gives a unit axis', () => {
    expect(linearAxis([0, 0])).toEqual({ ok: true, domain: [0, 1], ticks: [0, 1] });
  });

  it('a single positive value still starts at 0', () => {
    expect(linearAxis([60911])).toEqual({ ok: true, domain: [0, 80000], ticks: [0, 20000, 40000, 60000, 80000] });
  });

  it('a range too small for any round step is reported, not looped over', () => {
    expect(linearAxis([-5e-324, 0])).toEqual({ ok: false, reason: 'degenerate' });
  });

  it('property: ticks include 0, hold every value, are evenly spaced and few', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: -1e-6, noNaN: true })), { minLength: 1, maxLength: 10 }), (values) => {
        const r = linearAxis(values);
        if (!r.ok) return false;
        const [lo, hi] = r.domain;
        const step = (r.ticks[1] ?? 0) - (r.ticks[0] ?? 0);
        const even = r.ticks.every((t, i) => i === 0 || Math.abs(t - (r.ticks[i - 1] ?? 0) - step) <= 1e-9 * Math.max(1, Math.abs(hi - lo)));
        return r.ticks.includes(0) && values.every((v) => v >= lo && v <= hi) && even && r.ticks.length <= 12 && r.ticks.length >= 2;
      }),
    );
  });
});
