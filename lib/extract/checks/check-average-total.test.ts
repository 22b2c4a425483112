import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAverageTotal } from './check-average-total';
import { extractClaims } from '../finding/extract-claims';

function averages(raw: string) {
  return checkAverageTotal(extractClaims(raw)).findings;
}

describe('checkAverageTotal', () => {
  it.each<[string, string, number]>([
    ['a rate well above what the total gives', 'Vốn đầu tư bình quân tăng trên 10%/năm; năm 2022 đạt 10.607 tỷ đồng, tăng 39% so với năm 2015.', 1],
    ['a rate after the comparison it spans', 'Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39% so với năm 2015, bình quân tăng 10%/năm.', 1],
    ['a rate that the total gives', 'Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39% so với năm 2015, bình quân tăng 4,8%/năm.', 0],
    ['a ratio total', 'Năm 2022 doanh thu du lịch đạt 547,6 tỷ đồng, tăng gấp 4,8 lần so với năm 2015, bình quân tăng 25%/năm.', 0],
    ['a ratio total against a wrong rate', 'Năm 2022 doanh thu du lịch đạt 547,6 tỷ đồng, tăng gấp 4,8 lần so với năm 2015, bình quân tăng 35%/năm.', 1],
    ['a fall', 'Năm 2023 số hộ nghèo giảm 40% so với năm 2018, bình quân giảm 9,7%/năm.', 0],
    ['a fall against a rise', 'Năm 2023 số hộ nghèo giảm 40% so với năm 2018, bình quân tăng 9,7%/năm.', 1],
    ['"gần" widens the rate', 'Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39% so với năm 2015, bình quân tăng gần 5%/năm.', 0],
    ['a period comparison is not a total over the years', 'Giai đoạn 2016 - 2020 doanh thu đạt 1.200 tỷ đồng, tăng 192% so với giai đoạn 2011 - 2015; bình quân tăng 36%/năm.', 0],
    ['other years', 'Năm 2022 vốn đầu tư đạt 10.607 tỷ đồng, tăng 39% so với năm 2015. Giai đoạn 2016 - 2020 vốn đầu tư bình quân tăng 10%/năm.', 0],
  ])('%s', (_name, raw, count) => {
    expect(averages(raw)).toHaveLength(count);
  });

  it('writes both ways of the arithmetic', () => {
    const [finding] = averages('Vốn đầu tư bình quân tăng trên 10%/năm; năm 2022 đạt 10.607 tỷ đồng, tăng 39% so với năm 2015.');
    expect(finding).toMatchObject({ kind: 'average-contradicts-total', severity: 'error', claims: [0, 2], year: 2022, indicator: 'Vốn đầu tư' });
    expect(finding?.computed).toBeCloseTo(4.8167, 3);
    expect(finding?.message).toEqual({
      vi:
        '“Vốn đầu tư” 2015–2022: “tăng 39%” trong 7 năm tương đương bình quân (1 + 39%)^(1/7) − 1 = 4,82%/năm, ' +
        'không khớp “bình quân tăng trên 10%/năm”; ngược lại, 10%/năm trong 7 năm cho (1 + 10%)^7 − 1 = 94,87%',
      en:
        '“Vốn đầu tư” 2015–2022: “tăng 39%” over 7 years is an average of (1 + 39%)^(1/7) − 1 = 4,82% a year, ' +
        'not “bình quân tăng trên 10%/năm”; the other way round, 10% a year over 7 years gives (1 + 10%)^7 − 1 = 94,87%',
    });
  });
});

describe('checkAverageTotal against a from–to statement', () => {
  // Levels invented around a real budget figure (Nghệ An, 17.363 tỷ đồng in 2020): 10.200 → 17.363 in 5 years is 11,23%/năm.
  it.each<[string, string, number]>([
    ['a rate the two ends give', 'Thu ngân sách tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020, bình quân tăng 11,2%/năm.', 0],
    ['a rate the two ends do not give', 'Thu ngân sách tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020, bình quân tăng 15,8%/năm.', 1],
    // Cao Bằng report (seed, bảng 1): the poverty rate 62,4% (1991) → 33,65% (2008) is 1,69 points a year, 3,57%/năm compounded.
    ['a rate in % whose yearly figure is points (match_points, not a contradiction)', 'Tỷ lệ hộ nghèo giảm từ 62,4% năm 1991 xuống 33,65% năm 2008, bình quân mỗi năm giảm 1,69%.', 0],
    ['a rate in % that fits neither reading', 'Tỷ lệ hộ nghèo giảm từ 62,4% năm 1991 xuống 33,65% năm 2008, bình quân mỗi năm giảm 2,5%.', 1],
    ['points a year are not a compound rate', 'Tỷ lệ hộ nghèo giảm từ 62,4% năm 1991 xuống 33,65% năm 2008, bình quân mỗi năm giảm 1,69 điểm phần trăm.', 0],
  ])('%s', (_name, raw, count) => {
    expect(averages(raw)).toHaveLength(count);
  });

  it('writes the rate the ends give and the level the rate gives', () => {
    const [finding] = averages('Thu ngân sách tăng từ 10.200 tỷ đồng năm 2015 lên 17.363 tỷ đồng năm 2020, bình quân tăng 15,8%/năm.');
    expect(finding?.computed).toBeCloseTo(11.23, 2);
    expect(finding?.message.vi).toContain('(17.363 / 10.200)^(1/5) − 1 = 11,23%/năm');
    expect(finding?.message.vi).toContain('10.200 × 1,158^5 = 21.239 tỷ đồng');
  });
});

describe('checkAverageTotal against an absolute change of a level', () => {
  // Lương Sơn district's review of 2016–2020 (our words, its figures): 380 tỷ đồng in 2020, up 249,9 tỷ đồng on 2015,
  // printed "bình quân tăng 20,1%/năm"; 130,1 → 380 in 5 years is 23,91 %/năm
  it.each<[string, string, number]>([
    ['the real text: a rate the change does not give', 'Thu ngân sách năm 2020 đạt 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, bình quân tăng 20,1%/năm.', 1],
    ['a rate the change gives', 'Thu ngân sách năm 2020 đạt 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, bình quân tăng 23,9%/năm.', 0],
    ['a fall', 'Số hộ nghèo năm 2020 là 4.000 hộ, giảm 2.000 hộ so với năm 2015, bình quân giảm 7,8%/năm.', 0],
    ['a fall against a wrong rate', 'Số hộ nghèo năm 2020 là 4.000 hộ, giảm 2.000 hộ so với năm 2015, bình quân giảm 12%/năm.', 1],
    ['a change in another unit is no total', 'Thu ngân sách năm 2020 đạt 380 tỷ đồng, tăng 249,9 triệu USD so với năm 2015, bình quân tăng 20,1%/năm.', 0],
    ['"hơn" leaves the base open', 'Thu ngân sách năm 2020 đạt 380 tỷ đồng, tăng hơn 249,9 tỷ đồng so với năm 2015, bình quân tăng 20,1%/năm.', 0],
  ])('%s', (_name, raw, count) => {
    expect(averages(raw)).toHaveLength(count);
  });

  it('writes the rate the two levels give and the level the rate gives', () => {
    const [finding] = averages('Thu ngân sách năm 2020 đạt 380 tỷ đồng, tăng 249,9 tỷ đồng so với năm 2015, bình quân tăng 20,1%/năm.');
    expect(finding?.computed).toBeCloseTo(23.91, 2);
    expect(finding?.message.vi).toContain('“tăng 249,9 tỷ đồng” trong 5 năm tương đương bình quân (380 / 130,1)^(1/5) − 1 = 23,91%/năm');
    expect(finding?.message.vi).toContain('130,1 × 1,201^5 = 325,1 tỷ đồng');
  });
});

describe('explanations', () => {
  // Tourism 2016–2020 against 2011–2015 in the seed report's figures (Cao Bằng), in our own words.
  it('explains each average rate by the period comparison right before it, and no other', () => {
    const raw =
      'Giai đoạn 2016 - 2020 khách quốc tế đạt trên 420 nghìn lượt người, tăng 213% so với giai đoạn 2011 - 2015, bình quân tăng 42%/năm; ' +
      'doanh thu đạt trên 1.200 tỷ đồng, tăng 192% so với giai đoạn 2011 - 2015, bình quân tăng 36%/năm; cả ngành bình quân tăng 25,8%/năm.';
    const { findings, explanations } = checkAverageTotal(extractClaims(raw));
    expect(findings).toEqual([]);
    expect(explanations.map((e) => e.message.vi.slice(0, 12))).toEqual(['“tăng 213%” ', '“tăng 192%” ']);
    expect(explanations[0]?.message.en).toContain('compares the totals of two periods');
  });
});

describe('edge cases', () => {
  it('ignores growth rates, which are not levels', () => {
    expect(averages('Năm 2022 tốc độ tăng trưởng kinh tế tăng 39% so với năm 2015, bình quân tăng 10%/năm.')).toEqual([]);
  });

  it('never reports a rate that is exactly the compounded total (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: -80, max: 400 }), (years, total) => {
        const rate = ((1 + total / 100) ** (1 / years) - 1) * 100;
        const word = (n: number) => (n < 0 ? 'giảm' : 'tăng');
        const fmt = (n: number, d: number) => Math.abs(n).toFixed(d).replace('.', ',');
        const raw = `Năm ${2015 + years} vốn đầu tư ${word(total)} ${fmt(total, 0)}% so với năm 2015, bình quân ${word(rate)} ${fmt(rate, 2)}%/năm.`;
        return averages(raw).length === 0;
      }),
      { numRuns: 200 },
    );
  });
});
