import { describe, expect, it } from 'vitest';
import { claimTextOf } from './read-claim-at';
import { readShareClaimAt } from './read-share-claim';

/**
 * The share form of spec §2b ("tỷ lệ … N%"), read where prose prints it. Figures from the Bắc Giang socio-economic
 * report (bacgiang-ktxh-db: poverty rates 10,44% in 2012 and 7,50% in 2014); the sentences are our own.
 */
const CASES: readonly (readonly [string, number, number, string | null, number])[] = [
  // [text, figure, decimals, qualifier, length taken]
  ['tỷ lệ hộ nghèo 10,44%', 10.44, 2, null, 21],
  ['tỉ lệ hộ nghèo 7,50%; năm sau', 7.5, 2, null, 20],
  ['tỷ lệ hộ nghèo là 7,50%', 7.5, 2, null, 23],
  ['tỷ lệ hộ nghèo chiếm khoảng 7,5%', 7.5, 1, 'about', 32],
  ['ty le ho ngheo 10,44%', 10.44, 2, null, 21],
  ['tỷ lệ hộ nghèo trên địa bàn 10,44%', 10.44, 2, null, 34],
  // a part's share after the part (the census of 2019: "dân số nam là 47.881.061 người, chiếm 49,8%")
  ['chiếm 49,8%', 49.8, 1, null, 11],
  ['chiếm tỷ trọng khoảng 27,9%', 27.9, 1, 'about', 27],
];

describe('readShareClaimAt', () => {
  it.each(CASES)('%s', (text, value, decimals, qualifier, length) => {
    const read = readShareClaimAt(claimTextOf(text), 0);
    expect(read?.claim.kind).toBe('share');
    expect(read?.claim.figure).toEqual({ value, decimals });
    expect(read?.claim.unitSign).toBe('%');
    expect(read?.claim.direction).toBeNull();
    expect(read?.claim.qualifier).toBe(qualifier);
    expect(read?.end).toBe(length);
  });

  it('reads from a position inside a clause', () => {
    const clause = claimTextOf('có 44.541 hộ nghèo trong tổng số 423.400 hộ, tỷ lệ hộ nghèo 10,44%');
    const at = clause.text.indexOf('tỷ lệ');
    expect(readShareClaimAt(clause, at)?.claim.text).toBe('tỷ lệ hộ nghèo 10,44%');
  });
});

describe('edge cases', () => {
  it.each([
    ['a change of the rate is a percent claim, not a share', 'tỷ lệ hộ nghèo giảm 2,5%'],
    ['a from–to of the rate', 'tỷ lệ hộ nghèo từ 10,44% xuống 7,50%'],
    ['a rate with its year in between (read by the year)', 'tỷ lệ hộ nghèo năm 2012 là 10,44%'],
    ['a rate in per mille', 'tỷ lệ sinh 15,2‰'],
    ['a rate in a unit word', 'tỷ lệ giường bệnh 30 giường'],
    ['no name after "tỷ lệ"', 'tỷ lệ 10,44%'],
    ['a figure glued to a slash', 'tỷ lệ tăng dân số 1,14%/năm'],
    ['a document number', 'tỷ lệ theo Quyết định 12/QĐ-UBND'],
    ['not at the start', 'dân số, tỷ lệ hộ nghèo 10,44%'],
  ])('%s: %s', (_why, text) => {
    expect(readShareClaimAt(claimTextOf(text), 0)).toBeNull();
  });
});
