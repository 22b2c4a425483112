import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../claims/parse-claim';
import { matchClaims } from './match-claims';
import type { CompareTo, ExtractedKind } from '../types';

interface Row {
  readonly text: string;
  readonly kind: ExtractedKind;
  readonly span: string;
  /** The claim lib/claims read where the pattern matched, as printed; `null` for figures that compare nothing. */
  readonly claimText: string | null;
  readonly values: readonly number[];
  readonly unit: string | null;
  readonly compareTo?: CompareTo;
}

const ROWS: readonly Row[] = [
  { text: 'đạt 64,2 triệu USD', kind: 'value', span: '64,2 triệu USD', claimText: null, values: [64.2], unit: 'triệu USD' },
  { text: 'tăng 12,4% so với năm 2019', kind: 'comparison', span: 'tăng 12,4% so với năm 2019', claimText: 'tăng 12,4%', values: [12.4], unit: '%', compareTo: { year: 2019 } },
  { text: 'tăng gấp 2,6 lần so với năm 2018', kind: 'comparison', span: 'tăng gấp 2,6 lần so với năm 2018', claimText: 'tăng gấp 2,6 lần', values: [2.6], unit: 'lần', compareTo: { year: 2018 } },
  { text: 'gấp 1,9 lần năm trước', kind: 'comparison', span: 'gấp 1,9 lần năm trước', claimText: 'gấp 1,9 lần', values: [1.9], unit: 'lần' },
  { text: 'tăng 88% so với giai đoạn 2014 - 2018', kind: 'comparison', span: 'tăng 88% so với giai đoạn 2014 - 2018', claimText: 'tăng 88%', values: [88], unit: '%', compareTo: { period: { from: 2014, to: 2018 } } },
  { text: 'tăng 46 hợp tác xã so với năm 2019', kind: 'comparison', span: 'tăng 46 hợp tác xã so với năm 2019', claimText: 'tăng 46 hợp tác xã', values: [46], unit: 'hợp tác xã', compareTo: { year: 2019 } },
  { text: 'giảm 0,3‰', kind: 'comparison', span: 'giảm 0,3‰', claimText: 'giảm 0,3‰', values: [0.3], unit: '‰' },
  { text: 'tăng thêm 2 lần', kind: 'comparison', span: 'tăng thêm 2 lần', claimText: 'tăng thêm 2 lần', values: [2], unit: 'lần' },
  { text: 'tăng từ 31,5% (năm 2017) lên 36,25% (năm 2023)', kind: 'from-to', span: 'tăng từ 31,5% (năm 2017) lên 36,25% (năm 2023)', claimText: 'tăng từ 31,5% (năm 2017) lên 36,25% (năm 2023)', values: [31.5, 36.25], unit: '%' },
  { text: 'giảm từ 12,1% năm 2017 xuống còn 8,7% năm 2023', kind: 'from-to', span: 'giảm từ 12,1% năm 2017 xuống còn 8,7% năm 2023', claimText: 'giảm từ 12,1% năm 2017 xuống còn 8,7% năm 2023', values: [12.1, 8.7], unit: '%' },
  { text: 'từ 61% (năm 2017) lên 74,5% (năm 2023)', kind: 'from-to', span: 'từ 61% (năm 2017) lên 74,5% (năm 2023)', claimText: 'từ 61% (năm 2017) lên 74,5% (năm 2023)', values: [61, 74.5], unit: '%' },
  { text: 'bằng 97,5% kế hoạch', kind: 'plan', span: 'bằng 97,5% kế hoạch', claimText: 'bằng 97,5% kế hoạch', values: [97.5], unit: '%' },
  { text: 'đạt 103% kế hoạch năm', kind: 'plan', span: 'đạt 103% kế hoạch năm', claimText: 'đạt 103% kế hoạch', values: [103], unit: '%' },
  { text: 'bình quân tăng 8%/năm', kind: 'average-annual', span: 'bình quân tăng 8%/năm', claimText: 'bình quân tăng 8%/năm', values: [8], unit: '%/năm' },
  { text: 'tăng bình quân 6,35%/năm', kind: 'average-annual', span: 'tăng bình quân 6,35%/năm', claimText: 'tăng bình quân 6,35%/năm', values: [6.35], unit: '%/năm' },
  { text: 'bình quân hằng năm giảm 1,8%', kind: 'average-annual', span: 'bình quân hằng năm giảm 1,8%', claimText: 'bình quân hằng năm giảm 1,8%', values: [1.8], unit: '%' },
  { text: 'giai đoạn 2018 - 2021 đạt 6,5%/năm', kind: 'average-annual', span: 'đạt 6,5%/năm', claimText: 'đạt 6,5%/năm', values: [6.5], unit: '%/năm' },
  { text: 'bình quân đạt trên 12%/năm', kind: 'average-annual', span: 'bình quân đạt trên 12%/năm', claimText: 'bình quân đạt trên 12%/năm', values: [12], unit: '%/năm' },
  { text: 'chiếm 38,4% tổng diện tích', kind: 'share', span: 'chiếm 38,4%', claimText: null, values: [38.4], unit: '%' },
  { text: 'chiếm tỷ trọng 21,5%', kind: 'share', span: 'chiếm tỷ trọng 21,5%', claimText: null, values: [21.5], unit: '%' },
  // Cần Thơ's plan for 2018 (HĐND resolution; our words, its figures): ranges of rates and of shares, one statement each
  { text: 'tăng từ 0,45% đến 0,54%', kind: 'plan', span: 'tăng từ 0,45% đến 0,54%', claimText: null, values: [0.45, 0.54], unit: '%' },
  { text: 'chiếm từ 8,07% đến 8,10%', kind: 'plan', span: 'chiếm từ 8,07% đến 8,10%', claimText: null, values: [8.07, 8.1], unit: '%' },
  { text: 'chiếm 32,77% đến 32,79%', kind: 'plan', span: 'chiếm 32,77% đến 32,79%', claimText: null, values: [32.77, 32.79], unit: '%' },
  { text: 'chiếm tỷ trọng 59,13 - 59,14%', kind: 'plan', span: 'chiếm tỷ trọng 59,13 - 59,14%', claimText: null, values: [59.13, 59.14], unit: '%' },
  { text: 'GRDP từ 7,5% đến 8%', kind: 'plan', span: 'từ 7,5% đến 8%', claimText: null, values: [7.5, 8], unit: '%' },
  { text: 'tổng vốn đầu tư 56.000 - 61.000 tỷ đồng', kind: 'plan', span: '56.000 - 61.000 tỷ đồng', claimText: null, values: [56000, 61000], unit: 'tỷ đồng' },
  // a year at an end, or "xuống", makes it a change again
  { text: 'giảm từ 7,19% năm 2015 đến 1,36% năm 2020', kind: 'from-to', span: 'giảm từ 7,19% năm 2015 đến 1,36% năm 2020', claimText: 'giảm từ 7,19% năm 2015 đến 1,36% năm 2020', values: [7.19, 1.36], unit: '%' },
  // Vĩnh Phúc, 6 months of 2018 (our words): vehicles counted by "xe"
  { text: 'sản lượng ô tô đạt 30.925 xe', kind: 'value', span: '30.925 xe', claimText: null, values: [30925], unit: 'xe' },
  { text: 'có 73/95 xã đạt chuẩn', kind: 'part-whole', span: '73/95', claimText: null, values: [73, 95], unit: 'xã' },
];

describe('matchClaims', () => {
  it.each(ROWS.map((r) => [r.text, r] as const))('%s', (_text, row) => {
    const [match, ...rest] = matchClaims(row.text);
    expect(rest).toEqual([]);
    expect(match?.kind).toBe(row.kind);
    expect(row.text.slice(match?.start, match?.end)).toBe(row.span);
    expect(match?.claim?.text ?? null).toBe(row.claimText);
    // One grammar: the prose reader's claim is the one parseClaim reads from the same words.
    if (row.claimText !== null) expect(match?.claim).toEqual(parseClaim(row.claimText));
    expect(match?.figures.map((f) => f.value)).toEqual(row.values);
    expect(match?.figures[0]?.unit).toBe(row.unit);
    expect(match?.compareTo).toEqual(row.compareTo ?? null);
  });

  it.each<[string, 'up' | 'down' | null, 'lower' | 'upper' | 'about' | null]>([
    ['tăng trên 20%', 'up', 'lower'],
    ['giảm dưới 2%', 'down', 'upper'],
    ['tăng bình quân gần 9%/năm', 'up', 'about'],
    ['từ 40% xuống 35%', 'down', null],
    ['gấp 3 lần', null, null],
  ])('reads direction and qualifier of "%s"', (text, direction, qualifier) => {
    const [match] = matchClaims(text);
    expect(match?.direction).toBe(direction);
    expect(match?.qualifier).toBe(qualifier);
  });

  it('reads several claims of one clause, left to right', () => {
    const kinds = matchClaims('năm 2023 đạt 412,7 tỷ đồng, tăng 9,1% so với năm 2020, bằng 101% kế hoạch').map((m) => m.kind);
    expect(kinds).toEqual(['value', 'comparison', 'plan']);
  });

  // Bến Tre's year 2023 and Bắc Ninh's first quarter of 2023 (summary lists and brackets; our words, their figures)
  it.each<[string, string, 'up' | 'down', number]>([
    ['Thu ngân sách: 4.856 tỷ đồng, + 10,70%', '+ 10,70%', 'up', 10.7],
    ['Vốn đầu tư: 19.394,07 tỷ đồng, -13,78%', '-13,78%', 'down', 13.78],
    ['chi thường xuyên (-9,1%) so với cùng kỳ', '(-9,1%) so với cùng kỳ', 'down', 9.1],
    ['tổng dư nợ (+10%) so với cùng tháng năm trước', '(+10%) so với cùng tháng năm trước', 'up', 10],
    ['thu nội địa (bằng 23,8%; −15,6%)', '−15,6%', 'down', 15.6],
  ])('reads a change said by its sign alone: %s', (text, span, direction, value) => {
    const signed = matchClaims(text).find((m) => m.kind === 'comparison');
    expect(text.slice(signed?.start, signed?.end)).toBe(span);
    expect([signed?.direction, signed?.figures[0]?.value, signed?.claim?.ok && signed.claim.kind]).toEqual([direction, value, 'percent']);
  });

  // Bến Tre's CPI of 2023 (our words, its figures): each value is of the year printed after it
  it('reads "của năm …" after a value as its own year', () => {
    const text = 'cao hơn các năm 0,84% của năm 2020 và 2,64% của năm 2021';
    expect(matchClaims(text).map((m) => [text.slice(m.start, m.end), m.ownYears])).toEqual([
      ['0,84% của năm 2020', [2020]],
      ['2,64% của năm 2021', [2021]],
    ]);
    expect(matchClaims('đạt 3,2 tỷ USD, năm 2023 tăng 5%')[0]?.ownYears).toBeNull();
  });

  // Hà Nội's GDP growth of the first half of 2013 (Cục Thống kê, as a paper reported it; our words, its figures): the
  // rates compared with are of the years after them, and "mức tăng" after "hơn" is such a rate, no change
  it('reads "của cùng kỳ …" after a value as its own year, and the rate after "cao hơn mức tăng" as a level', () => {
    const text = 'cao hơn mức tăng 7,6% của cùng kỳ 2012 và thấp hơn mức tăng trưởng 9,3% của cùng kỳ 2011 và 10,1% của cùng kỳ 2010';
    expect(matchClaims(text).map((m) => [m.kind, text.slice(m.start, m.end), m.ownYears])).toEqual([
      ['value', '7,6% của cùng kỳ 2012', [2012]],
      ['value', '9,3% của cùng kỳ 2011', [2011]],
      ['value', '10,1% của cùng kỳ 2010', [2010]],
    ]);
  });

  it('keeps the years printed inside a from–to statement as its own', () => {
    const [m] = matchClaims('giảm từ 4,2% (năm 2018) xuống 3,1% (năm 2023)');
    expect(m?.ownYears).toEqual([2018, 2023]);
    expect(m?.endpoints?.from).toEqual({ value: 4.2, decimals: 1, unit: '%', year: 2018 });
    expect(m?.endpoints?.to).toEqual({ value: 3.1, decimals: 1, unit: '%', year: 2023 });
  });
});

describe('edge cases', () => {
  it.each([
    ['growth as a noun is not a direction word', 'tốc độ tăng trưởng khá'],
    ['a bare number without a unit is no claim', 'lần thứ 5 và chương trình 135'],
    ['a year range is not a from–to statement', 'từ 2015 đến 2020'],
    ['a change without unit or base is not a claim', 'tăng 5 bậc'],
    ['a year with a count noun is not a value', 'Biên giới 1950 huyện'],
    ['a date is not a part–whole count', 'ngày 07/6/2012 của'],
    // Bắc Kạn's budget, first half of 2025 (our words): a day and month with no year ("4 / 6 = 66,7%" before)
    ['a day and month is not a part–whole count', 'Thu ngân sách đến ngày 04/6 được'],
    ['a day and month with its leading zero is not a part–whole count', 'đến 04/6 được'],
    ['a day and month after "Ngày" is not a part–whole count', 'Ngày 4/6 toàn tỉnh'],
    ['a part larger than its whole is not a part–whole count', '190/180 xã'],
    // Thừa Thiên Huế's 2011–2015 table, one cell a line: the row's unit, read as 1.000 tỷ đồng, met Cao Bằng's 7.600
    ['a power of ten in brackets ending a name is its unit', 'Tổng vốn đầu tư toàn xã hội (1000 tỷ đồng)'],
    ['empty text', ''],
  ])('%s', (_name, text) => {
    expect(matchClaims(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['a bullet at the clause start', '- 50% số xã đạt chuẩn nông thôn mới'],
    ['the dash of a range', 'đạt 15 - 20% dự toán'],
    ['a rate per year', 'dân số (-1,2%/năm)'],
    ['a bracket restating the change before it', 'tăng 164.112 con (+8,82%)'],
    // Hải Dương's first quarter of 2023 (our words): the bracket is the rate compared with
    ['the rate a comparative compares with', 'cao hơn khá nhiều so với quý IV năm trước (+5,8%)'],
  ])('a sign that is no change: %s', (_name, text) => {
    expect(matchClaims(text).some((m) => /^[(]?\s*[-−+]/u.test(text.slice(m.start, m.end)))).toBe(false);
  });

  it('a power of ten in brackets is a value where the line goes on', () => {
    expect(matchClaims('Thu ngân sách tăng 5% so với cùng kỳ (1.000 tỷ đồng), đạt 1.050 tỷ đồng').filter((m) => m.kind === 'value').map((m) => m.figures[0]?.value)).toEqual([1000, 1050]);
    expect(matchClaims('Diện tích (1.000 ha)\n45,2').map((m) => m.kind)).toEqual([]);
  });

  // Vĩnh Phúc's retail, July 2018 (our words, its figure): an amount printed without its thousands dot, in a unit with a
  // scale word, is no year
  it.each([
    ['a year-like amount in tỷ đồng', 'kinh tế cá thể đạt 1991 tỷ đồng', [1991]],
    ['a year-like amount in triệu USD', 'xuất khẩu đạt 2024 triệu USD', [2024]],
    ['a year before a count noun is still a year', 'Năm 2019 người dân được hỗ trợ', []],
  ])('%s', (_name, text, values) => {
    expect(matchClaims(text).filter((m) => m.kind === 'value').map((m) => m.figures[0]?.value)).toEqual(values);
  });

  it('a ratio word needs "lần": "gấp 3%" leaves only the level', () => {
    expect(matchClaims('gấp 3% so với').map((m) => m.kind)).toEqual(['value']);
  });

  it('a change followed only by "so với" and a base is a claim even without a unit', () => {
    const [m] = matchClaims('tăng 5 so với năm 2020');
    expect(m?.kind).toBe('comparison');
    expect(m?.figures[0]?.unit).toBeNull();
  });
});
