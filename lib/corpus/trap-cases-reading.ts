import type { TrapCase } from './types';

/**
 * Traps of reading: real figures whose meaning a naive reader gets wrong (real against nominal growth, price bases,
 * signs, "lần lượt" pairings, parts of a year, measures of another good, parts of a total). Our wording, the
 * documents' figures.
 */
export const READING_TRAPS: readonly TrapCase[] = [
  {
    // Source: hcm-2020-draft. A real rate (8,3%/năm) beside nominal levels (10,15%/năm nominal): no average-total finding.
    id: 'trap-real-vs-nominal-average',
    doc: 'hcm-2020-draft',
    text:
      'Nhiệm kỳ 2015 - 2020, GRDP Thành phố tăng bình quân 8,3%/năm theo giá so sánh, còn quy mô GRDP theo giá hiện hành tăng từ ' +
      '919.000 tỉ đồng năm 2015 lên 1,49 triệu tỉ đồng năm 2020.',
    trap: 'real-vs-nominal',
    span: null,
    why: 'the real rate is measured at constant prices; (1,49e6 / 919.000)^(1/5) − 1 = 10,15% is nominal: no contradiction',
  },
  {
    // Source: gso-2022-retail. Same indicator and year, two growth rates: nominal and with prices removed.
    id: 'trap-real-vs-nominal-rate',
    doc: 'gso-2022-retail',
    text:
      'Năm 2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 5.679,9 nghìn tỷ đồng, tăng 19,8% so với năm trước; ' +
      'nếu loại trừ yếu tố giá thì tăng 15,6%.',
    trap: 'real-vs-nominal',
    span: null,
    why: '19,8% (current prices) and 15,6% (prices removed) are two series, not two values of one indicator',
  },
  {
    // Source: cities-2022. Current and constant-price GRDP of one year.
    id: 'trap-price-basis-levels',
    doc: 'cities-2022',
    text: 'Năm 2022, GRDP TP.HCM theo giá hiện hành hơn 1,4 triệu tỷ đồng, còn theo giá so sánh 2010 là 1.021.894 tỷ đồng.',
    trap: 'price-basis',
    span: null,
    why: 'two price bases: never a "two values" finding',
  },
  {
    // Source: gso-2022-annual (SGGP: CPI December 2022 −0,01%). The sign in brackets repeats "giảm" (our bracketing).
    id: 'trap-sign-repeats-direction',
    doc: 'gso-2022-annual',
    text: 'Chỉ số giá tiêu dùng tháng 12/2022 giảm (-0,01%) so với tháng trước.',
    trap: 'sign-repeats-direction',
    span: null,
    why: 'a fall of 0,01%, not a double negative (a rise)',
  },
  {
    // Source: gso-2023-annual. Two years, two rates, paired in order.
    id: 'trap-respectively-years',
    doc: 'gso-2023-annual',
    text: 'GDP năm 2023 tăng 5,05%, chỉ cao hơn tốc độ tăng 2,87% và 2,55% của các năm 2020 và 2021.',
    trap: 'respectively-pairing',
    span: null,
    why: '2,87 (2020) and 2,55 (2021) are not a change from 2,87 to 2,55, and 5,05 is above both',
  },
  {
    // Source: gso-2023-08 (August 515,4 and January–August 4.043,9 nghìn tỷ đồng). A month and the months to it.
    id: 'trap-month-and-months',
    doc: 'gso-2023-08',
    text:
      'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8/2023 ước đạt 515,4 nghìn tỷ đồng. Tính chung 8 tháng năm ' +
      '2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 4.043,9 nghìn tỷ đồng, tăng 10% so với cùng kỳ năm trước.',
    trap: 'part-of-year',
    span: null,
    why: 'August and the first eight months are two levels of 2023, not two values of one',
  },
  {
    // Source: gso-2023-08 (8 months of 2023) and gso-2022-retail (the whole of 2022: 5.679,9 nghìn tỷ đồng).
    id: 'trap-months-against-year',
    doc: 'gso-2023-08',
    text:
      'Năm 2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 5.679,9 nghìn tỷ đồng. Tính chung 8 tháng năm 2023, ' +
      'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 4.043,9 nghìn tỷ đồng, tăng 10% so với cùng kỳ năm 2022.',
    trap: 'part-of-year',
    span: null,
    why: '"cùng kỳ năm 2022" is January–August 2022, not the whole year: 4.043,9 below 5.679,9 is no fall',
  },
  {
    // Source: thainguyen-investment-9t (thainguyentv.vn, investment to the end of September): shares by field 2,5%
    // ("gần"), 46,5% and 51%. Our sentence.
    id: 'trap-approximate-share',
    doc: 'constructed',
    text:
      'Chia theo lĩnh vực, vốn đầu tư vào ngành nông, lâm nghiệp chiếm gần 2,5%; ngành công nghiệp - xây dựng chiếm 46,5%; ' +
      'thương mại, dịch vụ, vận tải và các ngành khác chiếm 51%.',
    trap: 'approximate-share',
    span: null,
    why: 'a share printed "gần 2,5%" has no rounding interval: without it the other two sum to 97,5%, which is no gap',
  },
  {
    // Source: vfa-2023-4t (rice exports to mid-April 2023: 2,4 triệu tấn, 1,251 tỷ USD, +33,70% in quantity, +44,55% in
    // value); the 2022 levels derived by us. Our sentences.
    id: 'trap-about-measure',
    doc: 'constructed',
    text:
      'Bốn tháng đầu năm 2022 xuất khẩu gạo đạt 1,8 triệu tấn, trị giá 0,865 tỷ USD. Bốn tháng đầu năm 2023 xuất khẩu gạo đạt 2,4 ' +
      'triệu tấn, trị giá 1,251 tỷ USD, tăng 33,70% về lượng và tăng 44,55% về trị giá so với cùng kỳ năm 2022.',
    trap: 'about-measure',
    span: null,
    why: '"tăng 33,70% về lượng" is the change of the tonnes, not of the value printed last: no mismatch',
  },
  {
    // Source: namdinh-2019-rice (baonamdinh.com.vn, Cục Thống kê Nam Định, November 2019): food grain 905.867 tấn, down
    // 0,58% (5.240 tấn); paddy 888.132 tấn, down 0,34% (3.042 tấn). Our sentence.
    id: 'trap-same-change-bracket',
    doc: 'constructed',
    text:
      'Cả năm 2019, tổng sản lượng lương thực có hạt toàn tỉnh là 905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018; trong đó ' +
      'thóc là 888.132 tấn, giảm 0,34% (3.042 tấn).',
    trap: 'same-change-bracket',
    span: null,
    why: 'the bracket is the same fall in tonnes, not the 2018 level: read as the base it turns a fall into a rise',
  },
  {
    // Source: caav-2023 (Cục Hàng không Việt Nam, via vneconomy.vn): 74 triệu khách, +34,5% on 2022, 93,6% of 2019;
    // 1,1 triệu tấn, −9,3%, 87,3% of 2019. Our sentence.
    id: 'trap-index-without-voi',
    doc: 'constructed',
    text:
      'Năm 2023 thị trường vận tải hàng không ước đạt 74 triệu khách, tăng 34,5% so năm 2022, bằng 93,6% so năm 2019 và 1,1 ' +
      'triệu tấn hàng hóa, giảm 9,3% so năm 2022, bằng 87,3% so năm 2019.',
    trap: 'index-without-voi',
    span: null,
    why: '"bằng 93,6% so năm 2019" is an index against 2019, not a level "bằng" of 2023 that 87,3% contradicts',
  },
  {
    // Source: gso-2023-exports (GSO's 2023 and 2022 releases: coffee 1,78 → 1,61 triệu tấn and 4,06 → 4,24 tỷ USD;
    // rice 7,1 triệu tấn and 3,45 tỷ USD in 2022, as the releases rounded them). Our sentences.
    id: 'trap-measure-of-another-good',
    doc: 'constructed',
    text:
      'Năm 2022, xuất khẩu cà phê đạt 1,78 triệu tấn, trị giá 4,06 tỷ USD; xuất khẩu gạo đạt 7,1 triệu tấn, trị giá 3,45 tỷ ' +
      'USD. Năm 2023, xuất khẩu cà phê đạt 1,61 triệu tấn, trị giá 4,24 tỷ USD, giảm 9,5% về lượng nhưng tăng 4,4% về trị giá ' +
      'so với năm 2022.',
    trap: 'measure-of-another-good',
    span: null,
    why: '"trị giá" is the value of the good before it: coffee is not checked against the value of rice, and 2022 has no two values',
  },
  {
    // Source: thanhhoa-2023-11t (vụ thu mùa 2023: maize 46,3 tạ/ha and 56,4 nghìn tấn,
    // groundnut 20,9 tạ/ha and 2,3 nghìn tấn, the changes as printed; the page had lost the spaces before figures).
    // Our sentence.
    id: 'trap-measure-of-another-crop',
    doc: 'thanhhoa-2023-11t',
    text:
      'Vụ thu mùa năm 2023, năng suất ngô đạt 46,3 tạ/ha, tăng0,6% so cùng kỳ, sản lượng 56,4 nghìn tấn, giảm3,2%; năng suất ' +
      'lạc đạt 20,9 tạ/ha, tăng 1,5%, sản lượng 2,3 nghìn tấn, tăng 9,4% so cùng kỳ.',
    trap: 'measure-of-another-crop',
    span: null,
    why: 'each "sản lượng" is the output of the crop named before it: 2023 has one output of maize and one of groundnut, not two values of one indicator',
  },
  {
    // Source: hanam-2024-h1 (shares of the growth 81; of it industry 79,3; 15,2; 0,9; 2,9, as printed). Our sentence.
    id: 'trap-part-of-a-contribution',
    doc: 'hanam-2024-h1',
    text:
      'Sáu tháng đầu năm 2024, khu vực công nghiệp, xây dựng ước đạt 17.443,9 tỷ đồng, tăng 13,26% so với cùng kỳ và đóng góp 81% ' +
      'vào mức tăng chung, riêng công nghiệp đạt 15.491,2 tỷ đồng, tăng 14,82% (đóng góp 79,3%); khu vực dịch vụ tăng 7,22% ' +
      '(đóng góp 15,2%); nông, lâm nghiệp và thủy sản tăng 1,06% (đóng góp 0,9%); thuế sản phẩm trừ trợ cấp sản phẩm tăng 4,75% ' +
      '(đóng góp 2,9%).',
    trap: 'part-of-a-contribution',
    span: null,
    why: 'industry ("riêng công nghiệp") is within industry and construction: the shares of the growth are 81 + 15,2 + 0,9 + 2,9 = 100, not 179,3',
  },
  {
    // Source: gso-2023-05-trade (5 months of 2023: exports and imports together 196,84 tỷ USD, −2,8%; exports 99,36,
    // −1,7%; a surplus of 1,9). Our sentences.
    id: 'trap-total-of-exports-and-imports',
    doc: 'gso-2023-05-trade',
    text:
      'Năm tháng đầu năm, tổng kim ngạch xuất, nhập khẩu hàng hóa ước tính đạt 196,84 tỷ USD, giảm 2,8% so với cùng kỳ; kim ' +
      'ngạch xuất khẩu hàng hóa đạt 99,36 tỷ USD, giảm 1,7%. Dù vậy, cán cân thương mại hàng hóa 5 tháng ước tính có mức xuất ' +
      'siêu 1,9 tỷ USD.',
    trap: 'total-of-exports-and-imports',
    span: null,
    why: '"xuất, nhập khẩu" is the total of both, not the imports: the surplus is not exports minus 196,84',
  },
  {
    // Source: moit-2024-9m-outlook (ADB's 2024 forecasts: Indonesia 5,0%, Malaysia 4,5%, as printed). Our sentence.
    id: 'trap-values-one-after-the-other',
    doc: 'moit-2024-9m-outlook',
    text: 'Theo ADB, tăng trưởng năm 2024 của Việt Nam được dự báo đạt 6,0%, tiếp đến là In-đô-nê-xi-a và Ma-lai-xi-a ở mức 5,0% và 4,5%.',
    trap: 'values-one-after-the-other',
    span: null,
    why: '"5,0% và 4,5%" are the rates of the two countries named before them, in order: not two values of one indicator for 2024',
  },
  {
    // Source: camau-2023-poverty (end of 2023: 9.604 poor households, 3,14%; 6.943 near-poor households, 2,27%). Our
    // sentence.
    id: 'trap-near-poor-and-poor',
    doc: 'camau-2023-poverty',
    text: 'Cuối năm 2023, toàn tỉnh còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%. Cũng theo kết quả rà soát, hộ cận nghèo năm 2023 là 6.943 hộ, chiếm tỷ lệ 2,27%.',
    trap: 'near-poor-and-poor',
    span: null,
    why: 'the near-poor ("hộ cận nghèo") are not the poor ("hộ nghèo"): 9.604 and 6.943 are two indicators of 2023, not two values of one',
  },
  {
    // Source: tourism-2023-q1 (TP.HCM, quý I/2023: 36.112 tỷ đồng, "hơn 1,5 tỷ USD", +77,2%); the base 20.379 tỷ đồng is
    // worked back by us (36.112 / 1,772). Our sentence.
    id: 'trap-amount-in-another-currency',
    doc: 'tourism-2023-q1',
    text: 'Quý I/2023, tổng thu du lịch của Thành phố đạt 36.112 tỷ đồng (tương đương hơn 1,5 tỷ USD), tăng 77,2% so với cùng kỳ năm 2022 (20.379 tỷ đồng).',
    trap: 'amount-in-another-currency',
    span: null,
    why: '1,5 tỷ USD is the same 36.112 tỷ đồng in dollars: the rise is 36.112 against 20.379 tỷ đồng, never 1,5 tỷ USD against 20.379 tỷ đồng',
  },
  {
    // Source: ninhthuan-2023-9m (9 months of 2023: exports 81,5 triệu USD, −17,3%; imports 50,1 triệu USD, −12,5%); the
    // levels of 2022 are worked back by us from the rates (81,5 / 0,827 = 98,5; 50,1 / 0,875 = 57,3). Our sentences.
    id: 'trap-exports-and-imports',
    doc: 'ninhthuan-2023-9m',
    text:
      'Chín tháng năm 2023, kim ngạch xuất khẩu của tỉnh đạt 81,5 triệu USD, giảm 17,3% so với cùng kỳ năm 2022. Kim ngạch ' +
      'nhập khẩu đạt 50,1 triệu USD, giảm 12,5% so với cùng kỳ năm 2022. Cùng kỳ năm 2022, kim ngạch xuất khẩu đạt 98,5 ' +
      'triệu USD và kim ngạch nhập khẩu đạt 57,3 triệu USD.',
    trap: 'exports-and-imports',
    span: null,
    why: 'the imports fell from 57,3 to 50,1 (12,6%, within rounding of 12,5%): the exports\' 98,5 is no base of the imports',
  },
  {
    // Source: tourism-2023-q1 (quý I/2023: TP.HCM 8,6 triệu lượt khách, +79,17%; Hà Nội 5,88 triệu lượt, gấp 2 lần). Our
    // sentences.
    id: 'trap-counts-of-two-places',
    doc: 'tourism-2023-q1',
    text:
      'Trong quý I/2023, TP.HCM đón 8,6 triệu lượt khách du lịch, tăng 79,17% so với cùng kỳ. Quý I/2023, Hà Nội đón 5,88 ' +
      'triệu lượt khách du lịch, gấp đôi cùng kỳ năm 2022.',
    trap: 'counts-of-two-places',
    span: null,
    why: '8,6 and 5,88 triệu lượt khách are the visitors of two cities in one quarter, not two values of one indicator',
  },
  {
    // Source: dailoc-2023-q1 (quý 1/2023: tổng thu NSNN trên địa bàn huyện 401.279, thu ngân sách địa phương 389.963,
    // tổng chi ngân sách địa phương 257.343 triệu đồng). Our sentences.
    id: 'trap-revenue-and-spending',
    doc: 'dailoc-2023-q1',
    text:
      'Quý 1/2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 401.279 triệu đồng. Trong đó, thu ngân sách địa ' +
      'phương là 389.963 triệu đồng. Cũng trong quý, tổng chi ngân sách địa phương ước đạt 257.343 triệu đồng.',
    trap: 'revenue-and-spending',
    span: null,
    why: 'the state budget collected in the district, the local budget\'s revenue and its spending are three series, not three values of one',
  },
];
