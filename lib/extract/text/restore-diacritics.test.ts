import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { restoreDiacritics } from './restore-diacritics';

/**
 * Text typed without diacritics. Figures from the GSO labour force release for Q1/2023 (lfs-2023-q1: monthly income
 * 7 triệu đồng, up 640.000 đồng on a year earlier), in our own words; constructed cases say so.
 */
const CASES: readonly (readonly [string, string])[] = [
  ['la 7 trieu dong, tang 640.000 dong so voi cung ky nam truoc', 'là 7 triệu đồng, tăng 640.000 đồng so với cùng kỳ năm trước'],
  ['Tang 3,8 lan', 'Tăng 3,8 lần'],
  ['GIAM 2,5%', 'GIẢM 2,5%'],
  ['binh quan tang tren 10%/nam', 'bình quân tăng trên 10%/năm'],
  ['dat 102,5% ke hoach', 'đạt 102,5% kế hoạch'],
  ['tang 6 diem phan tram', 'tăng 6 điểm phần trăm'],
  ['nguoi lao dong tang', 'người lao dong tăng'],
];

describe('restoreDiacritics', () => {
  it.each(CASES)('%s', (typed, restored) => {
    expect(restoreDiacritics(typed)).toBe(restored);
    expect(restoreDiacritics(typed)).toHaveLength(typed.length);
  });

  it('reads a claim typed without diacritics, at the offsets typed (lfs-2023-q1)', () => {
    const typed = 'Thu nhap binh quan thang cua nguoi lao dong quy I/2023 la 7 trieu dong, tang 640.000 dong so voi cung ky nam truoc.';
    const change = checkProse(typed).claims.find((c) => c.kind === 'comparison');
    expect(change?.text).toBe('tang 640.000 dong so voi cung ky nam truoc');
    expect(typed.slice(change?.start, change?.end)).toBe(change?.text);
    expect(change?.verdict).toBe('implied');
    expect(change?.figure?.value).toBe(640000);
  });
});

describe('edge cases', () => {
  it.each([
    ['text with diacritics', 'Doanh thu tăng 5% nhưng lao dong giam'],
    ['no letters', '1.234,5 - 12/3/2023'],
    ['empty', ''],
    ['words glued to digits or letters', 'tangent 12tang gapped'],
  ])('%s is left as it is', (_why, text) => {
    expect(restoreDiacritics(text)).toBe(text);
  });

  it.each([
    ['a date', 'Ngay 15/3/2023 tinh to chuc hoi nghi.'],
    ['a document number', 'Theo Nghi quyet so 12/NQ-TU cua Tinh uy.'],
    ['a rank', 'Tinh dung thu 4 ca nuoc.'],
    ['a year range', 'Giai doan 2016 - 2020 tinh phat trien on dinh.'],
  ])('%s typed without diacritics gives no finding', (_why, text) => {
    const report = checkProse(text);
    expect(report.checks).toEqual([]);
    expect(report.claims.filter((c) => c.kind !== 'value')).toEqual([]);
  });
});
