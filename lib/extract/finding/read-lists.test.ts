import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { extractClaims } from './extract-claims';

/**
 * Lists spread over one sentence, in our own words with the real figures of the issue-12 corpus documents.
 * Each row: the source, the sentence, and for every claim read its kind, figure and indicator.
 */
const CASES: readonly (readonly [string, string, readonly (readonly [string, number, string | null])[]])[] = [
  [
    // hungyen-2022-resolution: an economic structure after "Cơ cấu kinh tế:"
    'hungyen-2022',
    'Cơ cấu kinh tế năm 2022: công nghiệp, xây dựng 63,91%; thương mại, dịch vụ 28,60%; nông nghiệp, thủy sản 7,49%.',
    [['share', 63.91, 'công nghiệp, xây dựng'], ['share', 28.6, 'thương mại, dịch vụ'], ['share', 7.49, 'nông nghiệp, thủy sản']],
  ],
  [
    // bacgiang-2013: two years of one structure; the second list pairs with the first by "tương ứng"
    'bacgiang-2013',
    'Năm 2013 nông, lâm nghiệp và thủy sản chiếm 26,00%, công nghiệp - xây dựng 39,31%, dịch vụ 34,72%; năm 2010 các tỷ trọng tương ứng là 28,27%, 31,48% và 40,25%.',
    [
      ['share', 26, null], ['share', 39.31, 'công nghiệp - xây dựng'], ['share', 34.72, 'dịch vụ'],
      ['share', 28.27, null], ['share', 31.48, 'công nghiệp - xây dựng'], ['share', 40.25, 'dịch vụ'],
    ],
  ],
  [
    // hungyen-2022 population: a percentage in brackets after a count
    'hungyen-2022',
    'Dân số năm 2022 là 1.302.000 người, trong đó thành thị 218.736 người (16,8%).',
    [['value', 1302000, null], ['value', 218736, null], ['share', 16.8, null]],
  ],
  [
    // vhlss-2018: a breakdown after "có" that sums to 100
    'vhlss-2018',
    'Năm 2018 dân số từ 15 tuổi có 16,9% chưa có bằng cấp, 20,2% tốt nghiệp tiểu học, 28,3% tốt nghiệp trung học cơ sở, 16,3% tốt nghiệp trung học phổ thông và 18,4% có bằng cao hơn.',
    [['share', 16.9, null], ['share', 20.2, null], ['share', 28.3, null], ['share', 16.3, null], ['share', 18.4, null]],
  ],
  [
    // langson-2022-q2: changes paired with the items named before "tăng tương ứng"
    'langson-2022-q2',
    'Lực lượng lao động quý II/2022 là 51,6 triệu người; nông thôn và thành thị tăng tương ứng 0,3 triệu người và 0,1 triệu người.',
    [['value', 51.6, null], ['comparison', 0.3, 'nông thôn'], ['comparison', 0.1, 'thành thị']],
  ],
  [
    // gso-2022-q4: two rates after one verb, one for each year named after them
    'gso-2022-q4',
    'GDP quý IV/2022 tăng 5,92%, cao hơn tốc độ tăng 4,7% và 5,17% của cùng kỳ năm 2020 và 2021.',
    [['comparison', 5.92, null], ['comparison', 4.7, null], ['comparison', 5.17, null]],
  ],
  [
    // gso-2005-h1: the plan of the first figure carries to the items after it
    'gso-2005-h1',
    'Thu ngân sách 6 tháng ước đạt 53,8% dự toán cả năm; riêng thu nội địa đạt 52,1% và thu dầu thô đạt 64%.',
    [['plan', 53.8, null], ['plan', 52.1, null], ['plan', 64, null]],
  ],
  [
    // caav-2022-11m (Cục Hàng không, via vietdata.vn): changes after "tăng lần lượt là" pair with the levels before it
    'caav-2022-11m',
    'Trong 11 tháng, các hãng hàng không đã vận chuyển 45 triệu lượt người và 259.000 tấn hàng hóa, tăng lần lượt là 217,1% và 2,4%.',
    [['value', 45, null], ['value', 259000, 'hàng hóa'], ['comparison', 217.1, 'các hãng hàng không đã vận chuyển'], ['comparison', 2.4, 'hàng hóa']],
  ],
];

describe('readLists (through extractClaims)', () => {
  it.each(CASES)('%s: %s', (_source, text, expected) => {
    const claims = extractClaims(text);
    expect(claims.map((c) => [c.kind, c.figures[0]?.value])).toEqual(expected.map(([kind, value]) => [kind, value]));
    expected.forEach(([, , indicator], i) => {
      if (indicator !== null) expect(claims[i]?.indicator).toBe(indicator);
    });
  });
});

describe('edge cases', () => {
  // Bà Rịa - Vũng Tàu's industry in October 2023 (our words; its rates, levels of ours that give them): the second rate
  // took the first one's base, the month before, and got a false mismatch ("nên ghi 'tăng 7,74%'").
  it('a rate listed after a change with its own base keeps that base', () => {
    const raw =
      'Tháng 10/2022, giá trị sản xuất công nghiệp đạt 33,2 nghìn tỷ đồng. Tháng 9/2023, giá trị sản xuất công nghiệp đạt 34,9 nghìn tỷ đồng. ' +
      'Tháng 10/2023, giá trị sản xuất công nghiệp đạt 37,6 nghìn tỷ đồng, tăng 7,74% so với tháng trước và 13,25% so với cùng kỳ năm trước.';
    const changes = checkProse(raw).claims.filter((c) => c.kind === 'comparison');
    expect(changes.map((c) => [c.text, c.verdict, c.from?.value])).toEqual([
      ['tăng 7,74% so với tháng trước', 'match', 34.9],
      ['13,25% so với cùng kỳ năm trước', 'match', 33.2],
    ]);
  });

  it('keeps rates of different wholes after "có" as values (they do not sum to 100)', () => {
    // the seed's culture figures, in our words: households, villages and offices each with their own whole
    const kinds = extractClaims('Năm 2022 toàn tỉnh có 88% hộ gia đình, 85% làng, 94,5% cơ quan đạt chuẩn văn hóa.').map((c) => c.kind);
    expect(kinds).toEqual(['value', 'value', 'value']);
  });

  it('gives a respectively list no second value of one indicator', () => {
    const claims = extractClaims('Nông nghiệp chiếm 11,66%; công nghiệp 35,47% (cùng kỳ năm 2022 tương ứng là 11,57%; 37,08%).');
    const indicators = claims.filter((c) => c.kind === 'share').map((c) => `${c.indicator}|${JSON.stringify(c.years)}`);
    expect(new Set(indicators).size).toBe(indicators.length);
  });
});
