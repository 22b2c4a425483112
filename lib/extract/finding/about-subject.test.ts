import { describe, expect, it } from 'vitest';
import { checkProse } from '../check-prose';
import { readAbout } from './about-subject';

/*
 * Changes that name what they measure ("tăng … về số doanh nghiệp và tăng … về vốn đăng ký", "tăng … về lượng và
 * … về trị giá"). The sentences are ours; the figures are real:
 * - gso-2016-01: enterprises founded in January 2016, 8.320, registered capital 59.283 tỷ đồng, up 21,2% in number
 *   and 87,01% in capital on the same month of 2015 (GSO / Cục Quản lý đăng ký kinh doanh, as reported by
 *   kinhtevadubao.vn);
 * - gso-2016-9t: nine months of 2016, 81.451 enterprises, 629.094 tỷ đồng, up 19,2% and 49,5% on 2015;
 * - vfa-2023-4t: rice exports to mid-April 2023, 2,4 million tonnes worth 1,251 tỷ USD, up 33,70% in quantity and
 *   44,55% in value on the same period of 2022 (Hiệp hội Lương thực Việt Nam). The 2022 levels (1,8 triệu tấn,
 *   0,865 tỷ USD) are derived by us from those figures;
 * - mard-2018-4t: rice exports to the end of April 2018, 2,2 million tonnes, 1,1 tỷ USD, up 22% in volume and 38% in
 *   value on 2017 (Bộ NN-PTNT, as reported by thanhnien.vn).
 */

function changes(text: string) {
  return checkProse(text, []).claims.filter((c) => c.kind === 'comparison');
}

describe('readAbout', () => {
  it.each([
    [' về số doanh nghiệp và tăng 87,01% về số vốn đăng ký', 'số doanh nghiệp'],
    [' về số vốn đăng ký so với cùng kỳ.', 'số vốn đăng ký'],
    [' về lượng và 38% về giá trị', 'lượng'],
    [' về trị giá, cao nhất từ trước đến nay', 'trị giá'],
    [' về khối lượng nhưng tăng 11% về giá trị', 'khối lượng'],
    [' về giá trị', 'giá trị'],
    [' về tấn.km so với cùng kỳ năm 2017', 'tấn.km'],
    // Bắc Kạn, 2010 (our words): the object right after the verb's figure, no "về"
    [' số hộ nghèo so với năm 2009.', 'số hộ nghèo'],
    [' tỷ lệ che phủ rừng, đạt 73%', 'tỷ lệ che phủ rừng'],
    // Long An, first half of 2020 (qdnd.vn): seven words
    [' về số lượng doanh nghiệp mới thành lập, giảm 24,1%', 'số lượng doanh nghiệp mới thành lập'],
  ])('"%s" names %s', (text, words) => {
    expect(readAbout(text)?.words).toBe(words);
  });

  describe('edge cases', () => {
    it.each([
      [', so với năm 2022', 'no "về"'],
      [' về đích sớm 2 năm so với kế hoạch', 'a figure before any stop'],
      [' so với năm 2009', '"so", not "số"'],
      [' về trước một bước khá xa trong cả khu vực phía Bắc', 'more than eight words before any stop'],
      [' so với năm trước về số lượng', '"về" not right after the figure'],
    ])('"%s" names nothing (%s)', (text) => {
      expect(readAbout(text)).toBeNull();
    });
  });
});

describe('a change belongs to the level its "về …" names', () => {
  it.each([
    [
      'gso-2016-01',
      'Tháng 01/2016 cả nước có 8.320 doanh nghiệp thành lập mới với số vốn đăng ký là 59.283 tỷ đồng, tăng 21,2% về số doanh nghiệp và tăng 87,01% về số vốn đăng ký so với cùng kỳ.',
      [['doanh nghiệp thành lập mới', 8320], ['số vốn đăng ký', 59283]],
    ],
    [
      'gso-2016-9t',
      'Chín tháng năm 2016 có 81.451 doanh nghiệp thành lập mới, vốn đăng ký 629.094 tỷ đồng, tăng 19,2% về số doanh nghiệp và tăng 49,5% về vốn đăng ký so với cùng kỳ năm 2015.',
      [['doanh nghiệp thành lập mới', 81451], ['vốn đăng ký', 629094]],
    ],
    [
      'mard-2018-4t',
      'Bốn tháng đầu năm 2018 xuất khẩu gạo đạt 2,2 triệu tấn, kim ngạch 1,1 tỷ USD, tăng 22% về khối lượng và 38% về giá trị so với cùng kỳ năm 2017.',
      [['xuất khẩu gạo', 2.2], ['xuất khẩu gạo (kim ngạch)', 1.1]],
    ],
    [
      // Long An, first half of 2020 (qdnd.vn, our words): the "về …" after the base, in the bracket after both levels
      'longan-2020-h1',
      'Sáu tháng có hơn 590 doanh nghiệp thành lập mới với tổng số vốn hơn 8.000 tỷ đồng (giảm 15,8% so với cùng kỳ về số lượng doanh nghiệp mới thành lập, giảm 24,1% về vốn đăng ký).',
      [['doanh nghiệp thành lập mới', 590], ['tổng số vốn', 8000]],
    ],
    [
      // Vĩnh Phúc, goods transport in seven months of 2018 (dangcongsan.vn): carried in tonnes, moved in tonne-km
      'vinhphuc-2018-7t',
      'Tính chung 7 tháng năm 2018, vận chuyển đạt 17.861 ngàn tấn, luân chuyển đạt 1.307 triệu tấn.km, tăng 9,06% về tấn và tăng 11,35% về tấn.km so với cùng kỳ năm 2017.',
      [['vận chuyển', 17861], ['luân chuyển', 1307]],
    ],
    [
      // Gia Lai's coffee exports, four months of 2024 (baogialai.com.vn, our words): the value printed "tương ứng", the
      // pair in brackets after it
      'gialai-2024-4t',
      'Bốn tháng đầu năm, cà phê xuất khẩu đạt 135.714 tấn, tương ứng giá trị kim ngạch 424 triệu USD (tăng 15% về lượng, tăng 61% về giá trị).',
      [['cà phê xuất khẩu', 135714], ['cà phê xuất khẩu (giá trị kim ngạch)', 424]],
    ],
  ])('%s: each change takes its own level', (_source, text, expected) => {
    const found = changes(text);
    expect(found.map((c) => [c.indicator, c.to?.value ?? null])).toEqual(expected);
    expect(found.map((c) => c.verdict)).toEqual(['implied', 'implied']);
  });

  it('shares the base named after the last change of the pair (mard-2018-4t)', () => {
    const found = changes('Bốn tháng đầu năm 2018 xuất khẩu gạo đạt 2,2 triệu tấn, kim ngạch 1,1 tỷ USD, tăng 22% về khối lượng và 38% về giá trị so với cùng kỳ năm 2017.');
    expect(found.map((c) => c.compareTo)).toEqual([{ year: 2017 }, { year: 2017 }]);
  });

  it.each([
    ['tăng 33,70% về số lượng và tăng 44,55% về trị giá', ['match', 'match']],
    // Planted: the value's change printed 54,55.
    ['tăng 33,70% về số lượng và tăng 54,55% về trị giá', ['match', 'mismatch']],
    // Planted: the quantity's change printed 23,70.
    ['tăng 23,70% về lượng, tăng 44,55% về trị giá', ['mismatch', 'match']],
  ])('vfa-2023-4t: "%s" is checked against each level', (pair, verdicts) => {
    const text =
      'Bốn tháng đầu năm 2022 xuất khẩu gạo đạt 1,8 triệu tấn, trị giá 0,865 tỷ USD. ' +
      `Bốn tháng đầu năm 2023 xuất khẩu gạo đạt 2,4 triệu tấn, trị giá 1,251 tỷ USD, ${pair} so với cùng kỳ năm 2022.`;
    const found = changes(text);
    expect(found.map((c) => c.verdict)).toEqual(verdicts);
    expect(found.map((c) => c.to?.value)).toEqual([2.4, 1.251]);
  });

  // GSO 2023 and 2022 exports of coffee and rice (tonnes and USD as the releases rounded them); our sentences.
  it('keeps the value of one good apart from the value of another printed in the same paragraph', () => {
    const text =
      'Năm 2022, xuất khẩu cà phê đạt 1,78 triệu tấn, trị giá 4,06 tỷ USD; xuất khẩu gạo đạt 7,1 triệu tấn, trị giá 3,45 tỷ USD. ' +
      'Năm 2023, xuất khẩu cà phê đạt 1,61 triệu tấn, trị giá 4,24 tỷ USD, giảm 9,5% về lượng nhưng tăng 4,4% về trị giá so với năm 2022.';
    const report = checkProse(text, []);
    const found = report.claims.filter((c) => c.kind === 'comparison');
    expect(found.map((c) => [c.indicator, c.from?.value, c.verdict])).toEqual([
      ['xuất khẩu cà phê', 1.78, 'match'],
      ['xuất khẩu cà phê (trị giá)', 4.06, 'match'],
    ]);
    expect(report.checks).toEqual([]);
  });

  describe('edge cases', () => {
    it('gives a change whose words name no level those words, not the last level', () => {
      // gso-2021-4t (our sentence): no level of workers is printed before "về số lao động".
      const found = changes('Bốn tháng đầu năm 2021 có 44.200 doanh nghiệp thành lập mới với 6.277 tỷ đồng vốn, tăng 17,5% về số doanh nghiệp và tăng 7,8% về số lao động so với cùng kỳ năm trước.');
      expect(found.map((c) => c.indicator)).toEqual(['doanh nghiệp thành lập mới', 'lao động']);
      expect(found[1]?.verdict).toBe('not_computable');
    });

    it('takes "công ty" for "số doanh nghiệp"', () => {
      // gso-2021-4t (our sentence, the report's figures): the firms are counted as "công ty".
      const found = changes('Bốn tháng đầu năm 2021 cả nước có 44.200 công ty ra đời với 6.277 tỷ đồng vốn đăng ký, tăng 17,5% về số doanh nghiệp và tăng 41% về vốn đăng ký.');
      expect(found.map((c) => c.to?.value)).toEqual([44200, 6277]);
    });

    it('gives a change with its object right after it no base from the level before (Bắc Kạn 2010, our words)', () => {
      const found = changes('Năm 2010 tạo việc làm cho 6.200 lao động, đạt 103% kế hoạch, giảm 5% số hộ nghèo so với năm 2009.');
      expect(found.map((c) => [c.indicator, c.verdict])).toEqual([['hộ nghèo', 'not_computable']]);
    });

    it('leaves a change without "về" to the level before it', () => {
      const found = changes('Năm 2022 sản lượng lúa đạt 42,7 triệu tấn. Năm 2023 sản lượng lúa đạt 43,5 triệu tấn, tăng 1,9% so với năm 2022.');
      expect(found.map((c) => [c.indicator, c.verdict])).toEqual([['sản lượng lúa', 'match']]);
    });
  });
});
