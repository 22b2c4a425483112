import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { readCompareTail } from './read-compare-tail';
import type { CompareTo } from '../types';

describe('readCompareTail', () => {
  it.each<[string, string, CompareTo]>([
    [' so với năm 2019, bình quân', ' so với năm 2019', { year: 2019 }],
    [', so với năm 2019.', ', so với năm 2019', { year: 2019 }],
    [' so với giai đoạn 2014 - 2018; tiếp', ' so với giai đoạn 2014 - 2018', { period: { from: 2014, to: 2018 } }],
    [' so với tổng doanh thu của ngành giai đoạn 2014 - 2018', ' so với tổng doanh thu của ngành giai đoạn 2014 - 2018', { period: { from: 2014, to: 2018 } }],
    [' so sánh với năm 2010', ' so sánh với năm 2010', { year: 2010 }],
    [' so với cùng kỳ năm trước, đạt', ' so với cùng kỳ năm trước', null],
    // gso-2023-q3 CPI: the next comparison starts after "và"; its decimal comma does not end the tail
    [' so với tháng 12/2022 và tăng 3,66% so với cùng kỳ', ' so với tháng 12/2022', { year: 2022, part: 'T12' }],
    // a base in another part of a year names it; one without its year names no base year
    [' so với quý II/2023 (11.800 tỷ đồng)', ' so với quý II/2023', { year: 2023, part: 'Q2' }],
    [' so với quý II, đạt', ' so với quý II', null],
    [' so với cùng kỳ năm 2022.', ' so với cùng kỳ năm 2022', { year: 2022 }],
    // Bình Dương's retail of May 2017 (Cục Thống kê; our words): a title with no full stop runs on into the next
    // paragraph, whose time is no base of "cùng kỳ"
    [' so với cùng kỳ Tổng mức bán lẻ hàng hóa tháng 5/2017 ước đạt', ' so với cùng kỳ', null],
    // Gia Lai's State Bank branch, May 2021 (our words): a stock against the end of a year is that year's last value
    [' so với cuối năm 2020.', ' so với cuối năm 2020', { year: 2020, part: '' }],
    [' so với thời điểm cuối năm 2020, dư nợ', ' so với thời điểm cuối năm 2020', { year: 2020, part: '' }],
    // gso-2022-retail: two comparisons of one level
    [' so với quý trước và tăng 17,1% so với cùng kỳ năm trước', ' so với quý trước', null],
    // thainguyen-2022-h1: a plan claim follows the comparison
    [' so với cùng kỳ và bằng 52,6% kế hoạch năm', ' so với cùng kỳ', null],
    [' so với cùng kỳ năm 2020; 70.200 doanh nghiệp', ' so với cùng kỳ năm 2020', { year: 2020 }],
    // Cục Hàng không 2023 (vneconomy.vn): "so" without "với" before a time word
    [' so năm 2022, bằng 93,6%', ' so năm 2022', { year: 2022 }],
    [' so cùng kỳ 2019.', ' so cùng kỳ 2019', { year: 2019 }],
    // Cần Thơ's plan for 2018 (our words): the base is the year's estimate
    [' so ước thực hiện năm 2017.', ' so ước thực hiện năm 2017', { year: 2017 }],
    // "CK", a provincial report's short "cùng kỳ" (Bắc Ninh's GRDP of 2023; our words)
    [' so CK.', ' so CK', null],
    [' so với CK; khu vực dịch vụ', ' so với CK', null],
    // GSO transport, 11 months of 2023 (our words): the next subject after "và" is not part of the base
    [' so với cùng kỳ năm trước và luân chuyển đạt 222,5 tỷ lượt khách.km', ' so với cùng kỳ năm trước', null],
    [' so với tháng trước và vận chuyển', ' so với tháng trước', null],
    // Bắc Ninh's credit, first quarter of 2023 (our words): the next signed change opens its bracket after "và"
    [' so với cùng tháng năm trước và (+1,3%) so với cuối năm 2022', ' so với cùng tháng năm trước', null],
  ])('%s', (text, covered, compareTo) => {
    const tail = readCompareTail(text);
    expect(tail?.compareTo).toEqual(compareTo);
    expect(text.slice(0, tail?.end)).toBe(covered);
  });
});

describe('edge cases', () => {
  it.each([' và năm 2019', '', ' so sánh', 'so với', ' so le'])('no tail in "%s"', (text) => {
    expect(readCompareTail(text)).toBeNull();
  });

  it('does not reach a year past the clause', () => {
    expect(readCompareTail(' so với đầu kỳ, năm 2019 đạt')?.compareTo).toBeNull();
  });

  // Bình Dương's retail of May 2017 (Cục Thống kê; our words, its figure): the title's rise compared May 2017 with itself
  // ("nên ghi 'tăng 0%'") when the next paragraph's time was read as its base.
  it('a title with no full stop leaves its "cùng kỳ" to the year before, not to the next paragraph\'s time', () => {
    const report = checkProse('Bán lẻ hàng hóa tháng 05/2017 tăng 20% so với cùng kỳ\n\nBán lẻ hàng hóa tháng 5/2017 ước đạt 13.642,5 tỷ đồng.');
    expect(report.claims.map((c) => [c.text, c.verdict])).toEqual([
      ['tăng 20% so với cùng kỳ', 'implied'],
      ['ước đạt 13.642,5 tỷ đồng', 'none'],
    ]);
  });

  // Bà Rịa - Vũng Tàu's review of 2015–2020 (our words, its shares): the base "2015" swallowed the next item of the list,
  // so the farm share went missing and the shares summed to 88,02% — a false shares-not-100 warning.
  it('stops before the next item of a list, named before its verb', () => {
    expect(readCompareTail(' so với 2015 và nông nghiệp chiếm 11,98%, giảm 0,85%')?.end).toBe(' so với 2015'.length);
    const report = checkProse(
      'Cơ cấu kinh tế năm 2020: công nghiệp - xây dựng chiếm 58,66%, tăng 3,73% so với 2015; dịch vụ chiếm 29,36%, giảm 2,88% so với 2015 và nông nghiệp chiếm 11,98%, giảm 0,85% so với 2015.',
    );
    expect(report.claims.filter((c) => c.kind === 'share').map((c) => c.text)).toEqual(['chiếm 58,66%', 'chiếm 29,36%', 'chiếm 11,98%']);
    expect(report.checks.filter((c) => c.kind === 'shares-not-100')).toEqual([]);
  });
});

describe('readCompareTail: a base right after "gấp N lần"', () => {
  // hcm-2020 per capita: 6.799 USD, "gấp 1,3 lần năm 2015 (5.104 USD)"
  it.each<[string, string, CompareTo]>([
    [' năm 2015 (5.104 USD)', ' năm 2015', { year: 2015 }],
    [' quy mô năm 2015, thấp hơn', ' quy mô năm 2015', { year: 2015 }],
    [' lao động nữ (8 triệu đồng', ' lao động nữ', null],
  ])('%s', (text, covered, compareTo) => {
    const tail = readCompareTail(text, true);
    expect(tail?.compareTo).toEqual(compareTo);
    expect(text.slice(0, tail?.end)).toBe(covered);
  });

  it('needs "so với" without direct', () => {
    expect(readCompareTail(' năm 2015 (5.104 USD)')).toBeNull();
  });
});

describe('a base at the end of a year (through checkProse)', () => {
  // Gia Lai's State Bank branch (our words; the year-end stock is derived from its 1,4 % fall to 93.100 tỷ đồng)
  it('checks a stock against the year-end stock printed before it, not against five months of that year', () => {
    const report = checkProse(
      'Đến cuối năm 2020, tổng dư nợ cho vay đạt 94.422 tỷ đồng. Đến cuối tháng 5/2021, tổng dư nợ cho vay ước đạt 93.100 tỷ đồng, giảm 1,4% so với cuối năm 2020.',
    );
    const change = report.claims.find((c) => c.kind === 'comparison');
    expect([change?.verdict, change?.from?.value]).toEqual(['match', 94422]);
  });
});
