import { describe, expect, it } from 'vitest';
import { readValueUnitSign } from './value-unit';

describe('readValueUnitSign', () => {
  it.each([
    ['%', '%'],
    ['Phần trăm', '%'],
    ['phan tram', '%'],
    ['‰', '‰'],
    ['Phần nghìn', '‰'],
    ['phần ngàn', '‰'],
    ['Tỷ đồng', null],
    ['Nghìn tấn', null],
    ['', null],
  ])('%s → %s', (unit, expected) => {
    expect(readValueUnitSign(unit)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('ignores brackets, case and repeated or no-break spaces', () => {
    expect(readValueUnitSign(' ( PHẦN \u00a0 TRĂM ) ')).toBe('%');
    expect(readValueUnitSign('(‰)')).toBe('‰');
  });

  it('reads NFD-decomposed text', () => {
    expect(readValueUnitSign('Phần trăm'.normalize('NFD'))).toBe('%');
  });

  it('does not read a unit that merely contains a percent sign', () => {
    expect(readValueUnitSign('% GDP')).toBeNull();
  });
});
