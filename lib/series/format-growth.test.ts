import { describe, expect, it } from 'vitest';
import type { Lang } from '../verify/labels';
import { formatAnnualGrowth, formatChangeWords, formatPointChange, formatRatio } from './format-growth';

describe('formatAnnualGrowth', () => {
  it.each<[number, Lang, string]>([
    [4.8712, 'vi', '4,87%/năm'],
    [4.8712, 'en', '4,87%/year'],
    [10.69755, 'vi', '10,70%/năm'],
    [-3.565, 'vi', '-3,57%/năm'],
    [0, 'vi', '0,00%/năm'],
    [1234.5, 'vi', '1.234,50%/năm'],
  ])('%d (%s) → %s', (percent, lang, text) => {
    expect(formatAnnualGrowth(percent, lang)).toBe(text);
  });
});

describe('formatChangeWords', () => {
  it.each<[number, Lang, string]>([
    [39.6, 'vi', 'tăng 39,6%'],
    [39.6, 'en', 'up 39,6%'],
    [-46.07, 'vi', 'giảm 46,1%'],
    [-46.07, 'en', 'down 46,1%'],
    [275.4717, 'vi', 'tăng 275,5%'],
    [1500, 'vi', 'tăng 1.500,0%'],
  ])('%d (%s) → %s', (percent, lang, text) => {
    expect(formatChangeWords(percent, lang)).toBe(text);
  });
});

describe('formatRatio', () => {
  it.each<[number, string]>([
    [1.396, '×1,40'],
    [3.7547, '×3,75'],
    [0.5393, '×0,54'],
    [421.05, '×421,05'],
  ])('%d → %s', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });
});

describe('formatPointChange', () => {
  it.each<[number, number, number, string, Lang, string | null]>([
    [62.4, 28.94, 2, '%', 'vi', 'giảm 33,46 điểm %'],
    [62.4, 33.65, 2, '%', 'en', 'down 28,75 percentage points'],
    [51, 57, 0, '%', 'vi', 'tăng 6 điểm %'],
    [0.7, 0.3, 1, '‰', 'vi', 'giảm 0,4 điểm ‰'],
    [0.7, 0.3, 1, ' ‰ ', 'en', 'down 0,4 per-mille points'],
    [10.6, 39.8, 1, 'Triệu đồng', 'vi', null],
    [1, 2, 0, '', 'vi', null],
  ])('%d → %d (%s)', (from, to, decimals, unit, lang, text) => {
    expect(formatPointChange(from, to, decimals, unit, lang)).toBe(text);
  });
});

describe('edge cases', () => {
  it('a points change that rounds to zero is "không đổi"', () => {
    expect(formatPointChange(51.01, 51.02, 1, '%', 'vi')).toBe('không đổi');
  });

  it.each<[number, Lang, string]>([
    [0, 'vi', 'không đổi'],
    [0.04, 'vi', 'không đổi'],
    [-0.04, 'en', 'unchanged'],
    [0.05, 'vi', 'tăng 0,1%'],
  ])('a change that rounds to zero: %d → %s', (percent, lang, text) => {
    expect(formatChangeWords(percent, lang)).toBe(text);
  });

  it('a tiny negative rate is not shown as "-0,00"', () => {
    expect(formatAnnualGrowth(-0.0001, 'vi')).toBe('0,00%/năm');
  });
});
