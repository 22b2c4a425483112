import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../claims/parse-claim';
import { extractClaims } from './extract-claims';

/**
 * One claim language: the same claim phrase, read as a table cell (parseClaim) and found in a sentence
 * of prose (extractClaims), gives equal `Claim` objects.
 */

const vi = (value: number, decimals: number): string =>
  new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);

const figureArb = fc
  .record({ units: fc.integer({ min: 1, max: 9_999_999 }), decimals: fc.integer({ min: 0, max: 2 }) })
  .map(({ units, decimals }) => vi(units / 10 ** decimals, decimals));
const verbArb = fc.constantFrom('tăng', 'giảm');
const qualifierArb = fc.constantFrom('', 'trên ', 'hơn ', 'dưới ', 'chưa đến ', 'gần ', 'khoảng ', 'xấp xỉ ');
const planVerbArb = fc.constantFrom('bằng', 'đạt', 'vượt', 'hoàn thành');
const planWordArb = fc.constantFrom('kế hoạch', 'dự toán', 'chỉ tiêu', 'mục tiêu');

const phraseArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(verbArb, qualifierArb, figureArb).map(([v, q, n]) => `${v} ${q}${n}%`),
  fc.tuple(verbArb, qualifierArb, figureArb).map(([v, q, n]) => `${v} ${q}${n} lần`),
  fc.tuple(qualifierArb, figureArb).map(([q, n]) => `tăng gấp ${q}${n} lần`),
  figureArb.map((n) => `tăng thêm ${n} lần`),
  fc.tuple(verbArb, figureArb).map(([v, n]) => `${v} ${n} điểm phần trăm`),
  fc.tuple(verbArb, qualifierArb, figureArb).map(([v, q, n]) => `${v} ${q}${n} doanh nghiệp`),
  fc.tuple(verbArb, qualifierArb, figureArb).map(([v, q, n]) => `bình quân ${v} ${q}${n}%/năm`),
  fc.tuple(verbArb, figureArb).map(([v, n]) => `${v} bình quân ${n}%/năm`),
  fc.tuple(planVerbArb, qualifierArb, figureArb, planWordArb).map(([v, q, n, w]) => `${v} ${q}${n}% ${w}`),
  fc.tuple(verbArb, figureArb, figureArb).map(([v, a, b]) => `${v} từ ${a}% lên ${b}%`),
);

/** The claim prose finds in a sentence that prints `phrase` between a subject and a comparison base. */
function readInProse(phrase: string): unknown {
  const found = extractClaims(`Doanh thu của tỉnh năm 2023 ${phrase} so với năm 2020.`).filter((c) => c.claim !== null);
  expect(found).toHaveLength(1);
  return found[0]?.claim;
}

describe('the table reader and the prose reader share one grammar', () => {
  it.each(['tăng chưa đến 5%', 'bằng 104% dự toán', 'vượt 4% kế hoạch', 'bình quân đạt 6,8%/năm', 'tăng 0.125 lần'])(
    '%j is the same claim in a table cell and in prose',
    (phrase) => {
      const cell = parseClaim(phrase);
      expect(cell.ok).toBe(true);
      expect(readInProse(phrase)).toEqual(cell);
    },
  );

  it('gives equal Claim objects for every generated claim phrase', () => {
    fc.assert(
      fc.property(phraseArb, (phrase) => {
        const cell = parseClaim(phrase);
        expect(cell.ok, phrase).toBe(true);
        expect(readInProse(phrase)).toEqual(cell);
      }),
      { numRuns: 400 },
    );
  });
});

describe('edge cases', () => {
  it('reads 0.125 as 0,125 in both (a "." before three digits after a leading 0 is a decimal point)', () => {
    const cell = parseClaim('tăng 0.125 lần');
    expect(cell.ok && cell.figure).toEqual({ value: 0.125, decimals: 3 });
  });
});
