import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import { breaksDownSentenceBefore, cumulativePart, headingPeriod, opensWithSamePeriod, withTimeOutsideBrackets, yearBeforeOf } from './sentence-time';

describe('breaksDownSentenceBefore', () => {
  it.each<[string, boolean]>([
    // thanhhoa-2021-07-investment: the budget levels of July 2021, our words
    ['Trong đó, vốn ngân sách cấp tỉnh 372,6 tỷ đồng', true],
    ['Bao gồm, vốn ngân sách cấp tỉnh 2.417 tỷ đồng', true],
    ['Bao gồm: vốn cấp tỉnh 2.417 tỷ đồng', true],
    ['Cụ thể, khách quốc tế đạt 978,7 nghìn lượt', true],
    ['trong đó , vốn cấp xã 233,1 tỷ đồng', true],
    ['Vốn ngân sách cấp tỉnh 372,6 tỷ đồng', false],
    // without its comma (Nam Định's transport, first half of 2022; our words)
    ['Trong đó vận tải hành khách đạt 610 tỷ đồng', true],
    ['Trong đó vốn cấp tỉnh 372,6 tỷ đồng', true],
  ])('%s → %s', (sentence, expected) => {
    expect(breaksDownSentenceBefore(sentence)).toBe(expected);
  });

  describe('edge cases', () => {
    it.each(['', 'Trong đóng góp 81%, công nghiệp', 'Cụ thể hóa kế hoạch năm 2023', 'Trong đó 2023'])(
      '"%s" breaks nothing down',
      (sentence) => expect(breaksDownSentenceBefore(sentence)).toBe(false),
    );
  });
});

describe('opensWithSamePeriod', () => {
  it.each<[string, boolean]>([
    // ninhthuan-2023-9m: the same nine months of the year before, our words
    ['Cùng kỳ năm 2022, kim ngạch xuất khẩu đạt 98,5 triệu USD', true],
    ['cùng kỳ năm trước, doanh thu đạt 12 tỷ đồng', true],
    ['Cùng với đó, kim ngạch nhập khẩu tăng', false],
    ['Kim ngạch xuất khẩu cùng kỳ năm 2022 đạt 98,5 triệu USD', false],
  ])('%s → %s', (sentence, expected) => expect(opensWithSamePeriod(sentence)).toBe(expected));

  describe('edge cases', () => {
    it.each(['', 'Cùng kỳ', 'Cùng kỳvọng'])('"%s"', (sentence) => expect(opensWithSamePeriod(sentence)).toBe(sentence === 'Cùng kỳ'));
  });
});

describe('headingPeriod', () => {
  it.each<[string, { from: number; to: number } | null]>([
    ['Giai đoạn 2015 - 2020', { from: 2015, to: 2020 }],
    ['II. Thời kỳ 2011 – 2015:', { from: 2011, to: 2015 }],
    ['  Nhiệm kỳ 2020 - 2025  ', { from: 2020, to: 2025 }],
    ['Trải qua 525 năm (1499 - 2024), văn miếu vẫn còn', null],
  ])('%s → %j', (line, expected) => {
    expect(headingPeriod(line)).toEqual(expected);
  });

  describe('edge cases', () => {
    it.each(['', 'Giai đoạn', 'Giai đoạn 2015 - 2020 tăng trưởng bình quân 6%'])('"%s" is no heading', (line) => {
      expect(headingPeriod(line)).toBeNull();
    });
  });
});

describe('the time a sentence takes from the one before (through extractClaims)', () => {
  it('gives a sentence that breaks down the one before ("Trong đó, …") its time (thanhhoa-2021-07-investment, our words)', () => {
    const claims = extractClaims(
      'Tháng 7/2021, vốn đầu tư từ ngân sách đạt 882 tỷ đồng. Trong đó, vốn cấp tỉnh 372,6 tỷ đồng, giảm 11,9% so tháng trước.\n\nVốn cấp xã 233,1 tỷ đồng.',
    );
    expect(claims.map((c) => [c.figures[0]?.value, c.years, c.part])).toEqual([
      [882, [2021], 'T7'],
      [372.6, [2021], 'T7'],
      [11.9, [2021], 'T7'],
      [233.1, [], ''],
    ]);
    expect(claims[2]?.compareTo).toEqual({ year: 2021, part: 'T6' });
  });

  it('gives a sentence opening "Cùng kỳ năm …" the part of the year of the sentence before (ninhthuan-2023-9m, our words)', () => {
    const claims = extractClaims(
      'Chín tháng năm 2023, kim ngạch xuất khẩu đạt 81,5 triệu USD, giảm 17,3% so với cùng kỳ năm 2022. Cùng kỳ năm 2022, kim ngạch xuất khẩu đạt 98,5 triệu USD.',
    );
    expect(claims.map((c) => [c.figures[0]?.value, c.years, c.part])).toEqual([
      [81.5, [2023], 'L9'],
      [17.3, [2023], 'L9'],
      [98.5, [2022], 'L9'],
    ]);
  });

});

describe('yearBeforeOf (through extractClaims)', () => {
  // GSO's transport, first half of 2024 (our words): the bracket is the rise of the first half of 2023
  const claims = extractClaims(
    'Tính chung 6 tháng đầu năm 2024, luân chuyển hành khách đạt 132,5 tỷ lượt khách.km, tăng 11,0% (cùng kỳ năm trước tăng 33,5%).',
  );

  it('dates a bracket whose subject is "cùng kỳ năm trước" a year before the claim it follows', () => {
    const last = claims[claims.length - 1];
    expect(last?.text).toContain('33,5%');
    expect(last?.indicator).toBe(claims[0]?.indicator);
    expect(last?.years).toEqual([2023]);
    expect(last?.part).toBe('L6');
  });

  describe('edge cases', () => {
    it.each<[string | null, number[] | null]>([
      ['cùng kỳ năm trước', [2023]],
      ['Cùng kỳ', [2023]],
      ['năm ngoái', [2023]],
      ['cùng kỳ đạt', [2023]],
      ['cùng kỳ năm trước là', [2023]],
      ['cùng kỳ đạt mức', null],
      ['cùng kỳ năm 2022', null],
      ['luân chuyển', null],
      [null, null],
    ])('%s → %j', (subject, years) => {
      expect(yearBeforeOf(subject, claims[1] ?? null)).toEqual(years);
    });

    it('a bracket after a claim of no year is that claim\'s subject, of no year (GSO, 6 months of 2005; our words)', () => {
      const undated = extractClaims('Khách sạn, nhà hàng tăng 15% (cùng kỳ năm trước tăng 5,9%).');
      expect(undated.map((c) => [c.indicator, c.years])).toEqual([
        ['Khách sạn, nhà hàng', []],
        ['Khách sạn, nhà hàng', []],
      ]);
    });
  });
});

describe('withTimeOutsideBrackets', () => {
  it('dates a claim right after brackets by the time its clause opened with (Bà Rịa - Vũng Tàu, 9 months of 2022; our words)', () => {
    const claims = extractClaims('Chín tháng năm 2022, châu Á (chiếm tỷ trọng 67,2% trong tổng kim ngạch xuất khẩu toàn tỉnh) tăng 12,09% so với cùng kỳ.');
    const change = claims.find((c) => c.kind === 'comparison');
    expect(change?.years).toEqual([2022]);
    expect(change?.part).toBe('L9');
  });

  describe('edge cases', () => {
    it.each<[string, { years: number[] | null; part: string }]>([
      ['Chín tháng năm 2022, châu Á (chiếm 67,2%) ', { years: [2022], part: 'L9' }],
      // a time inside brackets is the bracket's own
      ['Châu Á (cùng kỳ năm 2021 chiếm 60%) ', { years: null, part: '' }],
      ['', { years: null, part: '' }],
    ])('%j', (before, expected) => {
      expect(withTimeOutsideBrackets({ indicator: null, years: null, part: '' }, before)).toEqual({ indicator: null, ...expected });
    });

    it('keeps a time the subject names itself', () => {
      const own = { indicator: 'GRDP', years: [2023], part: '' };
      expect(withTimeOutsideBrackets(own, 'Năm 2022, (ước) ')).toBe(own);
    });
  });
});

describe('cumulativePart', () => {
  it.each<[string, string, string]>([
    ['lũy kế được ', 'T3', 'L3'],
    [', luỹ kế ', 'T10', 'L10'],
    ['cộng dồn ', 'Q2', 'L6'],
    ['lũy kế cả năm ', 'T12', ''],
  ])('%j after %s → %s', (before, part, expected) => {
    expect(cumulativePart(before, part)).toBe(expected);
  });

  describe('edge cases', () => {
    it.each<[string, string]>([
      ['thu nội địa ', 'T3'],
      ['lũy kế ', 'L9'],
      ['lũy kế ', ''],
      ['kế hoạch năm ', 'T3'],
    ])('%j keeps %s', (before, part) => {
      expect(cumulativePart(before, part)).toBe(part);
    });
  });

  it('reads through extractClaims (Hậu Giang, March 2023; our words, its figures)', () => {
    const claims = extractClaims('Tháng 3/2023, thu ngân sách nhà nước ước được 877,48 tỷ đồng, lũy kế được 3.289,63 tỷ đồng.');
    expect(claims.map((c) => [c.years, c.part])).toEqual([
      [[2023], 'T3'],
      [[2023], 'L3'],
    ]);
  });
});

describe('yearBeforeOf with a verb (through extractClaims)', () => {
  it('a share "(cùng kỳ đạt 53,5%)" is of the year before (Tiền Giang, nine months of 2020; our words, its figures)', () => {
    const claims = extractClaims('Hết tháng 9/2020, tỉnh có 106 xã đạt chuẩn nông thôn mới, đạt 74,1% số xã (cùng kỳ đạt 53,5%).');
    expect(claims.map((c) => [c.text, c.years])).toEqual([
      ['106 xã', [2020]],
      ['74,1% số xã', [2020]],
      ['53,5%', [2019]],
    ]);
    // The share's object runs on to the bracket: the words since it opened still date it.
    const share = extractClaims('Hết tháng 9/2020, tỉnh có 106 xã đạt chuẩn nông thôn mới, bằng 74,1% số xã (cùng kỳ đạt 53,5%).');
    expect(share.map((c) => c.years)).toEqual([[2020], [2020], [2019]]);
  });
});

describe('a list opened by a comparison (through extractClaims)', () => {
  // Kon Tum, 2018 (Cục Thống kê Kon Tum, December 2018; our words, its figures): the year of "so với năm 2017" is the
  // items' base, never their time.
  const items = (intro: string) =>
    extractClaims(`${intro}\n- Thu ngân sách nhà nước trên địa bàn ước đạt 2.530 tỷ đồng, tăng 2,51%.\n- Vốn đầu tư thực hiện ước đạt 12.224,72 tỷ đồng, tăng 21,01%.`);

  it.each<[string, string, number[]]>([
    ['a base year only', 'Kết quả đạt được trên một số lĩnh vực so với năm 2017 cụ thể như sau:', []],
    ['the year of the items, then the base', 'Kết quả năm 2018 so với năm 2017 cụ thể như sau:', [2018]],
    ['the year of the items only', 'Kết quả năm 2018 cụ thể như sau:', [2018]],
  ])('%s', (_name, intro, years) => {
    expect(items(intro).map((c) => c.years)).toEqual([years, years, years, years]);
  });
});
