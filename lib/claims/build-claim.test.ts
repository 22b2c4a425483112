import { describe, expect, it } from 'vitest';
import { claimOf } from './build-claim';

describe('claimOf', () => {
  it('fills absent parts with null and follows the qualifier word', () => {
    const claim = claimOf('tăng trên 5%', { kind: 'percent', direction: 'up', figure: { value: 5, decimals: 0 }, unitSign: '%', qualifierWord: 'tren' });
    expect(claim).toEqual({
      ok: true,
      kind: 'percent',
      direction: 'up',
      figure: { value: 5, decimals: 0 },
      unitSign: '%',
      unitWord: null,
      qualifier: 'lower',
      qualifierWord: 'tren',
      planVerb: null,
      fromTo: null,
      text: 'tăng trên 5%',
    });
  });

  it('keeps an upper bound and a scale other than 1, and leaves out a scale of 1', () => {
    const upper = { value: 8, decimals: 0 };
    expect(claimOf('tăng 7-8%', { kind: 'percent', direction: 'up', figure: { value: 7, decimals: 0 }, upper }).upper).toEqual(upper);
    expect(claimOf('tăng 2 triệu người', { kind: 'absolute', direction: 'up', scale: 1e6 }).scale).toBe(1e6);
    expect('scale' in claimOf('tăng 2 người', { kind: 'absolute', direction: 'up', scale: 1 })).toBe(false);
  });
});
