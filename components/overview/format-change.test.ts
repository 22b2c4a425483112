import { describe, expect, it } from 'vitest';
import { formatChange } from './format-change';

describe('formatChange', () => {
  it.each([
    { change: { kind: 'ratio' as const, ratio: 3.7547, percent: 275.47 }, main: '×3,8', detail: '+275%' },
    { change: { kind: 'ratio' as const, ratio: 9.94, percent: 894 }, main: '×9,9', detail: '+894%' },
    { change: { kind: 'ratio' as const, ratio: 10.0556, percent: 905.56 }, main: '×10,1', detail: null },
    { change: { kind: 'ratio' as const, ratio: 421.06, percent: 42006 }, main: '×421,1', detail: null },
    { change: { kind: 'ratio' as const, ratio: 0.5, percent: -50 }, main: '×0,5', detail: '-50%' },
    { change: { kind: 'points' as const, points: -28.75, decimals: 2 }, main: '-28,75 điểm %', detail: null },
    { change: { kind: 'points' as const, points: 6, decimals: 0 }, main: '+6 điểm %', detail: null },
  ])('$main', ({ change, main, detail }) => {
    expect(formatChange(change, 'điểm %')).toEqual({ main, detail });
  });

  describe('edge cases', () => {
    it('puts no sign on a change that rounds to zero', () => {
      expect(formatChange({ kind: 'points', points: 0, decimals: 1 }, 'pp').main).toBe('0,0 pp');
      expect(formatChange({ kind: 'ratio', ratio: 1.001, percent: 0.1 }, 'pp').detail).toBe('0%');
    });
  });
});
