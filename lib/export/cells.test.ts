import { describe, expect, it } from 'vitest';
import { computedDecimals, numberCell, textCell, yearCell } from './cells';

describe('computedDecimals', () => {
  it.each([
    [3.7547, 4],
    [-0.31, 2],
    [160, 0],
    [2.5, 1],
    [0.123456, 4],
    [-12.5, 1],
  ])('%d → %d', (value, expected) => {
    expect(computedDecimals(value)).toBe(expected);
  });
});

describe('textCell and numberCell', () => {
  it.each([
    ['Tăng 3,8 lần', { kind: 'text', text: 'Tăng 3,8 lần' }],
    ['=1', { kind: 'text', text: '=1' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    [null, { kind: 'empty' }],
  ] as const)('textCell(%j)', (input, expected) => {
    expect(textCell(input)).toEqual(expected);
  });

  it.each([
    [3957.9, 1, { kind: 'number', value: 3957.9, decimals: 1 }],
    [-12.5, 1, { kind: 'number', value: -12.5, decimals: 1 }],
    [null, 1, { kind: 'empty' }],
    [Number.NaN, 1, { kind: 'empty' }],
  ] as const)('numberCell(%d, %d)', (value, decimals, expected) => {
    expect(numberCell(value, decimals)).toEqual(expected);
  });
});

describe('edge cases', () => {
  it('very small or large figures in exponent form keep 4 decimals at most', () => {
    expect(computedDecimals(1e-7)).toBe(4);
    expect(computedDecimals(1e21)).toBe(4);
  });

  it('non-finite figures need no decimals', () => {
    expect(computedDecimals(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('a year is an ungrouped number; a missing year is empty', () => {
    expect(yearCell(2015)).toEqual({ kind: 'number', value: 2015, decimals: 0, grouping: false });
    expect(yearCell(null)).toEqual({ kind: 'empty' });
  });

  it('undefined is an empty cell', () => {
    expect(numberCell(undefined, 0)).toEqual({ kind: 'empty' });
    expect(textCell(undefined)).toEqual({ kind: 'empty' });
  });
});
