import { describe, expect, it } from 'vitest';
import type { ClaimKind, Direction } from '../claims/types';
import type { UnitSign } from '../numbers/types';
import { baseSideOf, computeFigure, effectiveKind, type FormulaOptions } from './compute';
import { m } from './test-claims';

const options = (kind: ClaimKind, direction: Direction | null = 'up', unitSign: UnitSign | null = null, years: number | null = null): FormulaOptions => ({
  kind,
  direction,
  unitSign,
  years,
});

describe('computeFigure', () => {
  it.each([
    ['ratio', options('ratio'), m(10.6, 1), m(39.8, 1), 3.7547, 39.75 / 10.65, 39.85 / 10.55],
    ['ratio-down', options('ratio-down', 'down'), m(10, 0), m(5, 0), 2, 9.5 / 5.5, 10.5 / 4.5],
    ['ratio-minus-one', options('ratio-minus-one'), m(10, 0), m(30, 0), 2, 29.5 / 10.5 - 1, 30.5 / 9.5 - 1],
    ['percent', options('percent', 'up', '%'), m(1382.08, 2), m(3957.9, 1), 186.3727, (3957.85 / 1382.085 - 1) * 100, (3957.95 / 1382.075 - 1) * 100],
    ['percent down is a magnitude', options('percent', 'down', '%'), m(200, 0), m(150, 0), 25, (1 - 150.5 / 199.5) * 100, (1 - 149.5 / 200.5) * 100],
    ['per mille', options('percent', 'up', '‰'), m(10000, 0), m(10004, 0), 0.4, (10003.5 / 10000.5 - 1) * 1000, (10004.5 / 9999.5 - 1) * 1000],
    ['points', options('points'), m(62.4, 1), m(33.65, 2), 28.75, 28.695, 28.805],
    ['absolute', options('absolute', 'down'), m(1200, 0), m(415, 0), 785, 784, 786],
    ['average-annual', options('average-annual', 'up', '%', 7), m(7600, 0), m(10607, 0), 4.8776, ((10606.5 / 7600.5) ** (1 / 7) - 1) * 100, ((10607.5 / 7599.5) ** (1 / 7) - 1) * 100],
    ['average-annual down is negated', options('average-annual', 'down', '%', 5), m(1000, 0), m(700, 0), 6.885, (1 - (700.5 / 999.5) ** 0.2) * 100, (1 - (699.5 / 1000.5) ** 0.2) * 100],
    ['plan', options('plan', null, '%'), m(1000, 0), m(1106, 0), 110.6, (1105.5 / 1000.5) * 100, (1106.5 / 999.5) * 100],
    ['direction is the signed change', options('direction'), m(54.06, 2), m(53.75, 2), -0.31, -0.32, -0.3],
  ])('%s', (_name, opts, from, to, point, lo, hi) => {
    const result = computeFigure(opts, from, to);
    expect(result).not.toBeNull();
    expect(result?.point).toBeCloseTo(point, 3);
    expect(result?.interval.lo).toBeCloseTo(lo, 9);
    expect(result?.interval.hi).toBeCloseTo(hi, 9);
  });
});

describe('effectiveKind and baseSideOf', () => {
  it.each([
    ['absolute', '‰', 'percent'],
    ['absolute', '%', 'percent'],
    ['absolute', null, 'absolute'],
    ['points', '%', 'points'],
    ['ratio', null, 'ratio'],
  ] as const)('%s with %s is checked as %s', (kind, unitSign, expected) => {
    expect(effectiveKind({ kind, unitSign })).toBe(expected);
  });

  it.each([
    ['ratio', 'from'],
    ['ratio-down', 'to'],
    ['percent', 'from'],
    ['average-annual', 'from'],
    ['plan', 'from'],
    ['points', null],
    ['absolute', null],
    ['direction', null],
  ] as const)('the base of %s is %s', (kind, side) => {
    expect(baseSideOf(kind)).toBe(side);
  });
});

describe('edge cases', () => {
  it('a magnitude whose interval straddles zero starts at 0', () => {
    const result = computeFigure(options('points'), m(50.0, 1), m(50.0, 1));
    expect(result?.point).toBe(0);
    expect(result?.interval.lo).toBe(0);
    expect(result?.interval.hi).toBeCloseTo(0.1, 12);
  });

  it('a base whose rounding interval reaches 0 gives an unbounded upper end, not NaN', () => {
    const result = computeFigure(options('ratio'), m(0.3, 0), m(2, 0));
    expect(result?.point).toBeCloseTo(6.6667, 4);
    expect(result?.interval.hi).toBe(Infinity);
    expect(result?.interval.lo).toBeCloseTo(1.5 / 0.8, 12);
  });

  it.each([
    ['zero base', options('ratio'), m(0, 0), m(5, 0)],
    ['negative base', options('percent', 'up', '%'), m(-1, 0), m(5, 0)],
    ['zero divisor for ratio-down', options('ratio-down', 'down'), m(5, 0), m(0, 0)],
    ['average-annual without years', options('average-annual', 'up', '%', null), m(5, 0), m(6, 0)],
    ['average-annual with zero years', options('average-annual', 'up', '%', 0), m(5, 0), m(6, 0)],
  ])('%s gives null', (_name, opts, from, to) => {
    expect(computeFigure(opts, from, to)).toBeNull();
  });

  it('average-annual to a value of 0 is a 100% fall', () => {
    expect(computeFigure(options('average-annual', 'down', '%', 3), m(10, 0), m(0, 0))?.point).toBe(100);
  });
});
