import { describe, expect, it } from 'vitest';
import { scaledUnit } from './unit-scale';

describe('scaledUnit', () => {
  it.each<[string | null, number, string]>([
    ['tỷ đồng', 1e9, 'dong'],
    ['triệu tỉ đồng', 1e15, 'dong'],
    ['nghìn tỷ đồng', 1e12, 'dong'],
    ['tỷ USD', 1e9, 'usd'],
    ['triệu người', 1e6, 'nguoi'],
    ['người/km2', 1, 'nguoi/km2'],
    ['%', 1, '%'],
  ])('%s', (unit, scale, base) => {
    expect(scaledUnit(unit)).toEqual({ scale, base });
  });
});

describe('edge cases', () => {
  it.each<[string | null, number, string]>([
    [null, 1, ''],
    ['', 1, ''],
    ['triệu', 1e6, ''],
    ['nghìn tỷ', 1e12, ''],
  ])('%s', (unit, scale, base) => {
    expect(scaledUnit(unit)).toEqual({ scale, base });
  });
});
