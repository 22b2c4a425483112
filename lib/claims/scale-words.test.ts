import { describe, expect, it } from 'vitest';
import { baseOfUnit, scaleOfUnit } from './scale-words';

describe('scaleOfUnit', () => {
  it.each<[string | null, number]>([
    ['Tỷ đồng', 1e9],
    ['triệu tỉ đồng', 1e15],
    ['nghìn tỷ đồng', 1e12],
    ['Ngàn tấn', 1e3],
    ['vạn người', 1e4],
    ['Người/km2', 1],
    ['%', 1],
  ])('%s', (unit, scale) => {
    expect(scaleOfUnit(unit)).toBe(scale);
  });
});

describe('baseOfUnit', () => {
  it.each([
    ['Tỷ đồng', 'dong'],
    ['triệu tỉ đồng', 'dong'],
    ['Nghìn tỷ đồng', 'dong'],
    ['tỷ USD', 'usd'],
    ['Triệu người', 'nguoi'],
    ['Người/km2', 'nguoi/km2'],
    ['USD/lao động', 'usd/lao dong'],
    ['%', '%'],
    ['triệu lượt khách', 'luot'],
    ['lượt người', 'luot'],
    ['nghìn lượt', 'luot'],
  ])('%s → %s', (unit, base) => {
    expect(baseOfUnit(unit)).toBe(base);
  });

  describe('edge cases', () => {
    it.each([
      ['outer brackets', '(Nghìn tấn)', 'tan'],
      ['spaces of every kind', ' nghìn\u00a0 tỷ   đồng ', 'dong'],
      ['decomposed letters', 'Tri\u1ec7u ng\u01b0\u01a1\u0300i'.normalize('NFD'), 'nguoi'],
      ['scale words only', 'triệu', ''],
      ['nothing', '', ''],
      ['a word that holds a scale word is not one', 'tiêu chuẩn', 'tieu chuan'],
    ])('%s', (_name, unit, base) => {
      expect(baseOfUnit(unit)).toBe(base);
    });

    it('two units that differ by scale only share their base; two currencies do not', () => {
      expect(baseOfUnit('tỉ USD')).toBe(baseOfUnit('triệu USD'));
      expect(baseOfUnit('tỷ đồng')).not.toBe(baseOfUnit('tỷ USD'));
    });
  });
});
