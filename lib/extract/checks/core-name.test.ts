import { describe, expect, it } from 'vitest';
import { namesWithin, sameCoreName } from './core-name';

describe('sameCoreName', () => {
  it.each<[string, string, boolean]>([
    ['GRDP tỉnh Hưng Yên', 'quy mô GRDP của tỉnh', true],
    ['GRDP bình quân đầu người của tỉnh', 'GRDP bình quân đầu người', true],
    ['tổng vốn đầu tư công', 'vốn đầu tư công trên địa bàn', true],
    ['GRDP', 'GRDP bình quân đầu người', false],
    ['thu ngân sách', 'thu ngân sách nhà nước', false],
  ])('%s / %s', (a, b, expected) => {
    expect(sameCoreName(a, b)).toBe(expected);
  });
});

describe('edge cases', () => {
  it('never matches names made of filler only', () => {
    expect(sameCoreName('tổng giá trị', 'giá trị của tỉnh')).toBe(false);
  });

  it.each<[string, string, boolean]>([
    ['năng suất lao động', 'Năng suất lao động toàn nền kinh tế', true],
    ['GRDP Bình Dương', 'GRDP', true],
    ['thu ngân sách', 'GRDP', false],
    ['', 'GRDP', false],
  ])('namesWithin(%s, %s)', (a, b, expected) => {
    expect(namesWithin(a, b)).toBe(expected);
  });
});
