import { describe, expect, it } from 'vitest';
import { extractClaims } from '../finding/extract-claims';
import { checkAssessmentShares } from './check-assessment-shares';

/** Each finding's severity and the sum it computed. */
function outcome(text: string): [string, number | null][] {
  return checkAssessmentShares(extractClaims(text), text).map((f) => [f.severity, f.computed === null ? null : Math.round(f.computed * 100) / 100]);
}

// Sentences written for these tests with the figures of Cao Bằng's business survey of the second quarter of 2024 (23,5 %
// better, 64,7 % stable, 11,7 % worse) and of GSO's survey of the third quarter of 2023 as the press printed it (output
// volume 31 % up, 34,6 % stable, 32,6 % down: 98,2 %, a slip of the reprint).
const CAO_BANG = (worse: string) =>
  `Quý II/2024 có 23,5% doanh nghiệp đánh giá tình hình sản xuất kinh doanh tốt hơn quý I/2024; 64,7% doanh nghiệp đánh giá tình hình sản xuất kinh doanh ổn định; ${worse}% doanh nghiệp đánh giá tình hình sản xuất kinh doanh khó khăn hơn.`;

describe('checkAssessmentShares', () => {
  it.each<[string, string, [string, number | null][]]>([
    ['better, stable, worse as printed', CAO_BANG('11,7'), []],
    ['the worse share printed 21,7', CAO_BANG('21,7'), [['error', 109.9]]],
    ['output volume up, stable, down, as the press printed it', 'Quý III/2023 có 31% số doanh nghiệp đánh giá khối lượng sản xuất tăng so với quý II/2023; 34,6% số doanh nghiệp cho rằng ổn định và 32,6% số doanh nghiệp đánh giá khối lượng sản xuất giảm.', [['error', 98.2]]],
    ['constructed: a forecast in another order', 'Dự kiến quý IV/2023, có 39,1% số doanh nghiệp đánh giá xu hướng sẽ tốt lên; 13,7% số doanh nghiệp dự báo khó khăn hơn và 37,2% số doanh nghiệp cho rằng tình hình sẽ ổn định.', [['error', 90]]],
  ])('%s', (_name, text, findings) => {
    expect(outcome(text)).toEqual(findings);
  });
});

describe('edge cases', () => {
  it.each([
    ['a forecast that adds up, worse printed "gặp khó khăn"', 'Quý III/2023 có 30,1% số doanh nghiệp đánh giá tốt hơn quý II/2023; 37,5% số doanh nghiệp cho rằng tình hình ổn định và 32,4% số doanh nghiệp đánh giá gặp khó khăn.'],
    ['two answers together are no one of the three', 'Quý IV/2023, 77,3% số doanh nghiệp dự báo tốt hơn và giữ ổn định; 15,0% số doanh nghiệp dự báo ổn định; 10,2% số doanh nghiệp dự báo khó khăn hơn.'],
    ['two answers only', 'Quý II/2024 có 23,5% doanh nghiệp đánh giá tốt hơn quý I/2024; 64,7% doanh nghiệp đánh giá ổn định.'],
    ['no enterprises judging', 'Năm 2023 có 23,5% hộ tốt hơn; 64,7% hộ ổn định; 21,7% hộ khó khăn hơn.'],
  ])('%s: no finding', (_name, text) => {
    expect(outcome(text)).toEqual([]);
  });
});
