import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { leadingCompare, yearsBesideBase } from './read-leading-compare';

/**
 * A base named before the subject of a change. Figures from the 2009 census results (census-2009: the population grew
 * by 9,47 million since 1999) and the GSO labour force release for Q3/2022 (lfs-2022-q3); sentences in our own words.
 */
const CASES: readonly (readonly [string, number | null])[] = [
  ['; so với năm 1999 dân số ', 1999],
  ['So với cùng kỳ năm 2021, thu nhập ', 2021],
  ['so sánh với năm 2015 ', 2015],
  ['năm 2021 thu nhập ', null],
  ['so với cùng kỳ ', null],
  // a part of a year, with or without its year (GSO 2023 Q3 release: CPI against December of the year before)
  ['; so với tháng 12 năm trước ', null],
  ['So với quý II/2023, doanh thu ', 2023],
  // the press's CPI of September 2013 (plo.vn): "so" without "với", a month written "9.2012"; our words
  ['; và so tháng 9.2012, ', 2012],
  // the base alone between a level and its change (Bắc Ninh's GRDP of 2023; our words)
  [', so với CK ', null],
  [' so cùng kỳ 2019 ', 2019],
  // a base that closes the predicate before "và" is that predicate's (lfs-2023-q1; our words)
];

describe('leadingCompare', () => {
  it.each(CASES)('%s', (before, year) => {
    expect(leadingCompare(before)?.year ?? null).toBe(year);
  });

  it.each([
    // Bắc Ninh's GRDP of 2023 (our words): the base alone between a level and its change, "CK" its short form
    'Năm 2023, GRDP của tỉnh ước đạt 126.484 tỷ đồng, so với cùng kỳ giảm 9,28%.',
    'Năm 2023, GRDP của tỉnh ước đạt 126.484 tỷ đồng, so với CK giảm nhiều (-9,28%).',
    'Năm 2023, GRDP của tỉnh ước đạt 126.484 tỷ đồng, giảm 9,28% so CK.',
    // Hà Tĩnh's rice of August 2021 says what was done a year before: "so với thực hiện cùng kỳ" (our words)
    'Năm 2023, GRDP của tỉnh ước đạt 126.484 tỷ đồng, so với thực hiện cùng kỳ năm trước giảm 9,28%.',
  ])('the change after a bare "cùng kỳ" keeps the level\'s subject: %s', (text) => {
    const change = extractClaims(text).find((c) => c.kind === 'comparison');
    expect(change?.indicator).toBe('GRDP của tỉnh');
    expect(change?.claim).toMatchObject({ ok: true, direction: 'down', figure: { value: 9.28, decimals: 2 } });
    expect(change?.compareTo).toBeNull();
  });

  it.each([
    // GSO's CPI (our words): the subject before the base, the time before both
    ['Tháng 9/2023, chỉ số giá tiêu dùng so với tháng trước tăng 0,5%.', 'comparison', 'chỉ số giá tiêu dùng', 'T9', { year: 2023, part: 'T8' }],
    // Hậu Giang's passengers (our words): an index after the base, "bằng 95,42%"
    ['Ước 2 tháng đầu năm 2024, vận tải hành khách so với cùng kỳ năm trước bằng 95,42%.', 'index', 'vận tải hành khách', 'L2', null],
    // Quảng Bình's crops, August 2016 (our words, its figures): "so" with no "với" before the time word (it was a plain value)
    ['Tháng 8/2016, diện tích lúa bị sâu bệnh gây hại 1.137 ha, so cùng kỳ năm trước bằng 80,8%.', 'index', 'diện tích lúa bị sâu bệnh gây hại', 'T8', null],
  ])('a subject before the base: %s', (text, kind, indicator, part, compareTo) => {
    const claim = extractClaims(text).find((c) => c.kind === kind);
    expect(claim?.indicator).toBe(indicator);
    expect(claim?.part).toBe(part);
    expect(claim?.compareTo).toEqual(compareTo);
  });

  it.each([', không đổi so với quý trước và ', ', không đổi so với năm 2022 và ', ' giảm so với tháng trước nhưng ', ''])(
    'no leading base in "%s": a base before "và" closes the predicate before it (lfs-2023-q1; our words)',
    (before) => expect(leadingCompare(before)).toBeNull(),
  );

  it('a change after "không đổi so với quý trước và" keeps its own base and the sentence’s subject (lfs-2023-q1)', () => {
    const claims = extractClaims('Tỷ lệ thất nghiệp quý I/2023 là 2,25%, không đổi so với quý trước và cao hơn 0,3 điểm phần trăm so với cùng kỳ năm trước.');
    const change = claims.find((c) => c.kind === 'comparison');
    expect(change?.indicator).toBe(claims[0]?.indicator);
    expect(change?.compareTo).toBeNull();
  });

  it('an index names its base right after it without "so với" (the Ministry of Finance, 2023; our words)', () => {
    const index = extractClaims('Năm 2023, số thu của ba khu vực này chỉ bằng 89,7% cùng kỳ năm 2022.').find((c) => c.kind === 'index');
    expect(index?.claim).toMatchObject({ ok: true, kind: 'index', figure: { value: 89.7, decimals: 1 } });
    expect(index?.compareTo).toEqual({ year: 2022 });
    expect(index?.years).toEqual([2023]);
  });

  it('a change after a base named before its subject compares with it (census-2009)', () => {
    const change = extractClaims('Dân số cả nước năm 2009 là 85,8 triệu người; so với năm 1999 dân số tăng 9,47 triệu người.').find((c) => c.kind === 'comparison');
    expect(change?.compareTo).toEqual({ year: 1999 });
    expect(change?.years).not.toEqual([1999]);
    expect(change?.indicator).toBe('dân số');
  });
});

describe('leading bases in a part of a year', () => {
  it.each([
    ['; so với tháng 12 năm trước ', 'T12'],
    ['So với quý II/2023, doanh thu ', 'Q2'],
    ['So với cùng kỳ năm 2021, thu nhập ', ''],
    // "năm ngoái" is "năm trước" (last year)
    ['; còn so với tháng 12 năm ngoái, CPI ', 'T12'],
    ['; và so tháng 9.2012, ', 'T9'],
  ])('%s → %s', (before, part) => {
    expect(leadingCompare(before)?.part).toBe(part);
  });

  it('a change after "so với cùng kỳ năm trước" keeps the subject of the sentence (GSO, CPI of October 2024)', () => {
    const claims = extractClaims('Chỉ số giá tiêu dùng tháng 10/2024 tăng 0,33% so với tháng trước và so với cùng kỳ năm trước tăng 2,89%.');
    expect(claims.map((c) => [c.indicator, c.claim?.ok === true ? (c.claim.figure?.value ?? null) : null])).toEqual([
      ['Chỉ số giá tiêu dùng', 0.33],
      ['Chỉ số giá tiêu dùng', 2.89],
    ]);
  });

  it('a change after "so với tháng 12 năm trước" keeps the subject of the sentence (GSO 2023 Q3, CPI)', () => {
    const claims = extractClaims('Chỉ số giá tiêu dùng tháng 9 năm 2023 tăng 1,08% so với tháng trước; so với tháng 12 năm trước tăng 3,12%.');
    expect(claims.map((c) => [c.indicator, c.part])).toEqual([
      ['Chỉ số giá tiêu dùng', 'T9'],
      ['Chỉ số giá tiêu dùng', 'T9'],
    ]);
  });
});

describe('edge cases', () => {
  it.each([
    ['a number between the base and the change', '; so với năm 1999 có 12 tỉnh, '],
    ['a date', 'so với ngày 15/3/2023 '],
    ['a document number', 'so với Nghị quyết số 12/NQ-TU '],
    ['a year range', 'so với giai đoạn 2011 - 2015 '],
    ['a number after a relative base', 'so với năm trước có 12 tỉnh, '],
  ])('%s: no base', (_why, before) => {
    expect(leadingCompare(before)).toBeNull();
  });

  it.each([
    [[1999], { year: 1999 }, null],
    [[2023], { year: 1999 }, [2023]],
    [{ from: 2016, to: 2020 }, { year: 2015 }, { from: 2016, to: 2020 }],
    [[1999], null, [1999]],
  ] as const)('yearsBesideBase(%j, %j)', (years, base, expected) => {
    expect(yearsBesideBase(years, base)).toEqual(expected);
  });
});
