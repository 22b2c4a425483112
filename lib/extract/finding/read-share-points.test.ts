import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

/** The changes of a text and how each is read. */
function changes(text: string): [string, string | undefined, boolean][] {
  return extractClaims(text)
    .filter((c) => c.kind === 'comparison')
    .map((c) => [c.text, c.claim?.ok === true ? c.claim.kind : undefined, c.readAsPoints === 'shares']);
}

// brvt-2020 (Bà Rịa - Vũng Tàu, nhiệm kỳ 2015 - 2020): the structure of 2020 and its changes on 2015; our sentence.
const BRVT =
  'Cơ cấu kinh tế năm 2020 của tỉnh: công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với năm 2015; dịch vụ chiếm ' +
  '29,36%, giảm 2,88% so với năm 2015; nông nghiệp chiếm 11,98%, giảm 0,85% so với năm 2015.';

describe('readSharePoints (through extractClaims)', () => {
  it('reads the changes of a structure as points when only so the base shares add up to 100', () => {
    expect(changes(BRVT)).toEqual([
      ['tăng 3,73% so với năm 2015', 'points', true],
      ['giảm 2,88% so với năm 2015', 'points', true],
      ['giảm 0,85% so với năm 2015', 'points', true],
    ]);
  });

  it('implies the base shares as points and says why (58,66 − 3,73 = 54,93)', () => {
    const claim = checkProse(BRVT).claims.find((c) => c.claim === 'tăng 3,73%');
    expect(claim?.verdict).toBe('implied');
    expect(claim?.implied?.value).toBeCloseTo(54.93, 9);
    expect(claim?.message).toContain('điểm phần trăm');
    expect(claim?.messageEn).toContain('percentage points');
  });

  it('reads them so when the list names its base once, at its end (Thanh Hóa, Q1 2016, Cục Thống kê; our words)', () => {
    const text =
      'Cơ cấu GRDP quý I/2016: nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm 1,19%; công nghiệp, xây dựng chiếm 44,93%, ' +
      'tăng 1,29%; dịch vụ chiếm 32,21%, tăng 0,01%; thuế sản phẩm trừ trợ cấp chiếm 5,50%, giảm 0,11% so với cùng kỳ năm trước.';
    expect(changes(text).map(([, kind, points]) => [kind, points])).toEqual(Array.from({ length: 4 }, () => ['points', true]));
    // 17,36 + 1,19 = 18,55 (as a relative fall, 17,57: the base shares would add up to 99,64).
    expect(checkProse(text).claims.find((c) => c.claim === 'giảm 1,19%')?.implied?.value).toBeCloseTo(18.55, 9);
  });

  it('keeps relative changes that make the base shares add up to 100 (constructed: 55/45 in 2015, 60/40 in 2020)', () => {
    expect(changes('Năm 2020 khu vực I chiếm 60%, tăng 9,09% so với năm 2015; khu vực II chiếm 40%, giảm 11,11% so với năm 2015.')).toEqual([
      ['tăng 9,09% so với năm 2015', 'percent', false],
      ['giảm 11,11% so với năm 2015', 'percent', false],
    ]);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['one share only', 'Năm 2020 công nghiệp chiếm 58,66%, tăng 3,73% so với năm 2015.'],
      ['shares that do not add up to 100', 'Năm 2020 công nghiệp chiếm 58,66%, tăng 3,73% so với năm 2015; dịch vụ chiếm 29,36%, giảm 2,88% so với năm 2015.'],
      [
        'changes on different years',
        'Năm 2020 công nghiệp chiếm 58,66%, tăng 3,73% so với năm 2015; dịch vụ chiếm 29,36%, giảm 2,88% so với năm 2016; nông nghiệp chiếm 11,98%, giảm 0,85% so với năm 2015.',
      ],
    ])('%s: read as printed', (_name, text) => {
      expect(changes(text).every(([, kind, points]) => kind === 'percent' && !points)).toBe(true);
    });
  });
});
